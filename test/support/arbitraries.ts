import * as fc from 'fast-check';

/** Pieces real and broken reports are made of: headings of every kind, markers, CJK, emoji, odd bytes. */
const PIECES = [
  '# 标题', '## 一、主要做法', '### （二）加强建设', '一、', '（一）', '(三)', '1.', '1、', '１．', '（1）', '①', '1.1', '第一章', '第二节',
  '一是', '二是', '四是', '第一，', '第一时间', '首先，', '其次，', '截止2023年10月31日', '截至2026年10月31日', '20xx', '**局', '**加粗**',
  '19次', '175人次', '1.8亿元', '98%', '党员党员', '&t;', '##paidbegin##', '存在的不足', '下步工作打算', 'Summary', 'Risks', 'Next Steps',
  '正文内容。', '加强党建，使党旗“扬”起来。', '```', '~~~', '    code', '> quote', '- item', '* item', '| a | b |', '|---|---|', '---', '===',
  '<!--', '-->', '<div>', '![img](a.png)', '`代码\n跨行`', '<b\n>', '[link]: x', '\\', '`', '*', '_', '😀', '👨‍👩‍👧', '\u3000\u3000', '\t', ' ',
  '\n', '\n', '\n', '\n\n', '\r\n', '\r', '\uFEFF', '\u0000', '\uD800', '\uDC00', '\u200B', '\uFFFD', 'template: zh-model-agency', 'date: 2026-11-20',
];

/** Random text built from report pieces and arbitrary Unicode (lone surrogates included). */
export const reportText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) }), { maxLength: 80 })
  .map((parts) => parts.join(''));

/** Text that often starts with front matter. */
export const reportWithFrontMatter: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.constantFrom('template: zh-model-agency', 'template: en-status-report', 'date: 2026-11-20', 'template: [', 'date: 2026-13-45', ''), reportText)
  .map(([fm, key, body]) => (fm ? `---\n${key}\n---\n${body}` : body));

/** How many runs property tests make: small in `npm test`, more with FUZZ_RUNS for a release. */
export function runs(defaultRuns: number): number {
  return Number(process.env.FUZZ_RUNS) || defaultRuns;
}

/**
 * fast-check parameters: a fixed seed, so `npm test` is deterministic; `npm run test:fuzz` sets
 * FUZZ_SEED to a fresh one (and prints it with any failure, to replay with FUZZ_SEED=<seed>).
 */
export function fuzzParameters(defaultRuns: number): { numRuns: number; seed: number } {
  return { numRuns: runs(defaultRuns), seed: Number(process.env.FUZZ_SEED) || 20261128 };
}
