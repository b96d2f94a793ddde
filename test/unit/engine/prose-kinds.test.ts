import * as assert from 'assert';
import * as fc from 'fast-check';
import { ReportDocument } from '../../../server/src/engine/document';
import { inlineFacts } from '../../../server/src/engine/markdown/inline';
import { dateFacts } from '../../../server/src/engine/text/as-of';
import { PATTERN as DATE_PATTERN, readDates, scanDates, type DateMention } from '../../../server/src/engine/text/dates';
import { blockDebris } from '../../../server/src/engine/text/debris';
import { blockPlaceholders, PATTERN_KINDS, PATTERNS, type PlaceholderHit } from '../../../server/src/engine/text/placeholders';
import { blockImages } from '../../../server/src/engine/text/images';
import * as kinds from '../../../server/src/engine/text/prose-kinds';
import { blockTerms, BUILTIN_MATCHER, BUILTIN_TERMS } from '../../../server/src/engine/text/terms';
import { fuzzParameters, reportText } from '../../support/arbitraries';

// `lineKinds` reads a line once for what the scans' own tests would find; each bit is held here to the
// plain regular expression it stands for, and the scans that skip blocks by it to what they find without.

/** Text from `pieces`, with now and then arbitrary UTF-16 (lone surrogates included). */
function textOf(pieces: string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) }), { maxLength: 40 })
    .map((parts) => parts.join(''));
}

/** Each bit by definition. */
const DEFINITIONS: Array<[string, number, (line: string) => boolean]> = [
  ['placeholder character', kinds.HOLDS_PLACEHOLDER_CHAR, (l) => /[XxＸｘ×【[＊某{TF待]/.test(l)],
  ['Latin letter', kinds.HOLDS_LATIN, (l) => /[A-Za-z]/.test(l)],
  ['digit', kinds.HOLDS_DIGIT, (l) => /[0-9０-９]/.test(l)],
  ['invisible', kinds.HOLDS_INVISIBLE, (l) => /[\u200B-\u200D\u2060\uFEFF\uFFFD]/.test(l)],
  ['surrogate', kinds.HOLDS_SURROGATE, (l) => /[\uD800-\uDFFF]/.test(l)],
  ['ampersand', kinds.HOLDS_AMPERSAND, (l) => l.includes('&')],
  ['hash', kinds.HOLDS_HASH, (l) => l.includes('#')],
  ['截', kinds.HOLDS_JIE, (l) => l.includes('截')],
  ['first character of a built-in term', kinds.HOLDS_TERM_START, (l) => BUILTIN_TERMS.some((t) => l.includes(t.old[0]))],
  ['!', kinds.HOLDS_BANG, (l) => l.includes('!')],
  ['date', kinds.MAY_HOLD_DATE, (l) => /[0-9０-９][ \t]*[年月]|[0-9０-９]{4}[-/.．]/.test(l) || (/[A-Za-z]/.test(l) && /[0-9０-９]/.test(l))],
  ['repeat', kinds.MAY_HOLD_REPEAT, (l) => /([\u2e80-\uffff])([^])(?:\1\2|[^]\1\2|[^]{2}\1\2)/.test(l)],
];

/** `withoutOverlaps` as it was written first: sort, then keep each hit that starts after the last one kept. */
function plainWithoutOverlaps<T extends { line: number; start: number; end: number }>(hits: T[]): T[] {
  hits.sort((a, b) => a.line - b.line || a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && last.line === h.line && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}

/** Placeholders of a text, block by block: every pattern on every line, overlaps dropped. */
function placeholdersByDefinition(text: string): string[] {
  const doc = new ReportDocument(text);
  return doc.blocks.flatMap((block) => {
    const facts = inlineFacts(block, doc.lines);
    if (!['paragraph', 'heading', 'list', 'table', 'quote'].includes(block.kind)) return [];
    const hits: PlaceholderHit[] = facts.literalStars.map((s) => ({ line: s.line, start: s.start, end: s.end, kind: 'other' }));
    facts.text.forEach((l, i) => PATTERNS.forEach(([re, kind]) => { for (const m of l.matchAll(re)) if (m[0]) hits.push({ line: i, start: m.index!, end: m.index! + m[0].length, kind }); }));
    return plainWithoutOverlaps(hits).map((h) => `${block.start + h.line}:${h.start}:${h.end}:${h.kind}`);
  });
}

describe('prose kinds (fast-check)', () => {
  it('each bit of a line is what its regular expression says', () => {
    const pieces = ['X', 'x', 'Ｘ', '×', '【', '[', '＊', '某', '{', 'T', 'F', '待', 'a', 'Z', '1', '０', '９', '年', '月', ' ', '\t', '-', '/', '.', '．', '!', '国', '农', '信', '部',
      '\u200B', '\u2060', '\uFEFF', '\uFFFD', '\uD840', '\uDC00', '&', '#', '截', '止', '党员', '党', '员', '工作', '人大代表', '\uE000', '。'];
    fc.assert(
      fc.property(textOf(pieces), (line) => {
        const found = kinds.lineKinds(line);
        for (const [name, bit, holds] of DEFINITIONS) assert.strictEqual((found & bit) !== 0, holds(line), `${name} in ${JSON.stringify(line)}`);
        PATTERNS.forEach(([, , chars], p) => assert.strictEqual((found & PATTERN_KINDS[p]) !== 0, chars.test(line), `pattern ${p} in ${JSON.stringify(line)}`));
      }),
      fuzzParameters(600),
    );
  });

  it('reads a line longer than its reused buffer, and a short one after it, in full', () => {
    const long = '党'.repeat(10_000) + 'X党员党员';
    const found = kinds.lineKinds(long);
    assert.ok(found & kinds.HOLDS_X && found & kinds.MAY_HOLD_REPEAT && found & kinds.HOLDS_LATIN);
    assert.strictEqual(kinds.lineKinds('党'), 0, 'nothing left from the long line');
    assert.strictEqual(kinds.lineKinds(''), 0);
  });

  it('a line with a date or a doubled Chinese word has the bit that says it may', () => {
    const pieces = ['2026', '26', '1', '０', '年', '月', '日', '底', ' ', '.', '-', 'Oct', 'May', '31', '党员', '研究', '人大代表', '一', '𠀀'];
    fc.assert(
      fc.property(textOf(pieces), (line) => {
        const found = kinds.lineKinds(line);
        DATE_PATTERN.lastIndex = 0;
        if (DATE_PATTERN.test(line)) assert.ok(found & kinds.MAY_HOLD_DATE, JSON.stringify(line));
        if (/(\p{Script=Han}{2,4})\1/u.test(line) && !/[\uD800-\uDFFF]/.test(line)) assert.ok(found & kinds.MAY_HOLD_REPEAT, JSON.stringify(line));
      }),
      fuzzParameters(600),
    );
  });

  it('placeholders: found by the kinds of each line, what every pattern finds on every line', () => {
    const pieces = ['X', 'x', 'XX', 'ｘ', 'Ｘ', 'xxx', '×××', '×', '20', '２０', 'xx', '年', '人', '%', '【', '】', '[', ']', '(', '待补', '待定', 'TODO', 'aTBD', 'FIXME',
      '某某', '某', '＊＊', '{{', '}}', '姓名', '填写', ' ', '党', '𠀀', 'a', '1', '**', '*', '\n', '\n\n', '- ', '`', '| a | b |\n|---|---|\n'];
    fc.assert(
      fc.property(textOf(pieces), (text) => {
        const doc = new ReportDocument(text);
        const found = doc.blocks.flatMap((block) => blockPlaceholders(block, doc.lines).map((h) => `${block.start + h.line}:${h.start}:${h.end}:${h.kind}`));
        assert.deepStrictEqual(found, placeholdersByDefinition(text));
      }),
      fuzzParameters(400),
    );
  });

  it('dates: a line that can hold Chinese dates only is read by hand as PATTERN reads it', () => {
    const pieces = ['2026', '26', '1', '12', '123', '０', '１２', '9', '年', '月', '日', '号', '底', '末', ' ', '\t', '.', '．', '-', '/', '汉', '截至', '近', '年度',
      '2026年', '２０２６ 年', '26年', '10月', '1 月', '31日', '9号', '年底', '年末', '月底', '月末', ' \t'];
    const make = (...fields: unknown[]) => fields;
    fc.assert(
      fc.property(textOf(pieces), (line) => {
        fc.pre((kinds.lineKinds(line) & kinds.MAY_HOLD_OTHER_DATE) === 0);
        const byHand: unknown[][] = [];
        readDates(line, true, make, byHand);
        const byPattern: unknown[][] = [];
        readDates(line, false, make, byPattern);
        assert.deepStrictEqual(byHand, byPattern, JSON.stringify(line));
        const keys: Array<keyof DateMention> = ['start', 'end', 'year', 'month', 'day', 'endOf', 'style', 'yearSpan', 'monthSpan', 'daySpan'];
        assert.deepStrictEqual(byHand, scanDates(line).map((d) => keys.map((k) => d[k])));
      }),
      fuzzParameters(1000),
    );
  });

  it('outdated terms: a block is searched when it holds the first character of a built-in term, and found as on every line', () => {
    const pieces = ['农业部', '农业部门', '国家林业局', '银保监会', '保监会', '监会', '国', '中', '信息产业部', '劳动', 'x', ' ', '\n', '\n\n', '- ', '`农业部`', '# ', '```\n'];
    fc.assert(
      fc.property(textOf(pieces), (text) => {
        const doc = new ReportDocument(text);
        for (const block of doc.blocks) {
          const prose = ['paragraph', 'heading', 'list', 'table', 'quote'].includes(block.kind);
          const lines = inlineFacts(block, doc.lines).text;
          const terms = blockTerms(block, doc.lines, BUILTIN_MATCHER, '').map((h) => `${h.line}:${h.start}:${h.entry.old}`);
          const everyTerm = prose ? lines.flatMap((l, i) => [...l.matchAll(BUILTIN_MATCHER.pattern)].map((m) => `${i}:${m.index}:${m[0]}`)) : [];
          assert.deepStrictEqual(terms, everyTerm);
        }
      }),
      fuzzParameters(300),
    );
  });

  it('scans that skip blocks by their kinds find what they find reading every line', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        const doc = new ReportDocument(text);
        assert.deepStrictEqual(doc.blocks.flatMap((block) => blockPlaceholders(block, doc.lines).map((h) => `${block.start + h.line}:${h.start}:${h.end}:${h.kind}`)), placeholdersByDefinition(text));
        for (const block of doc.blocks) {
          const lines = inlineFacts(block, doc.lines).text;
          const prose = ['paragraph', 'heading', 'list', 'table', 'quote'].includes(block.kind);
          // dates: every date of every line (as-of phrases have their own test)
          const dates = dateFacts(block, doc.lines).dates.map((d) => `${d.line}:${d.start}:${d.end}`);
          const everyDate = prose ? lines.flatMap((l, i) => scanDates(l).map((d) => `${i}:${d.start}:${d.end}`)) : [];
          assert.deepStrictEqual(dates, everyDate);
          // outdated terms: the built-in matcher on every line
          const terms = blockTerms(block, doc.lines, BUILTIN_MATCHER, '').map((h) => `${h.line}:${h.start}:${h.end}`);
          const everyTerm = prose ? lines.flatMap((l, i) => [...l.matchAll(BUILTIN_MATCHER.pattern)].map((m) => `${i}:${m.index}:${m.index! + m[0].length}`)) : [];
          assert.deepStrictEqual(terms, everyTerm);
          // images: a block whose lines hold `![` is read (the images of a line are found as before)
          const facts = inlineFacts(block, doc.lines);
          if (prose && facts.lines.some((l) => l.includes('!['))) assert.ok(kinds.proseKinds(block, doc.lines) & kinds.HOLDS_BANG || facts.text !== facts.lines);
          if (prose && facts.lines.some((l) => /!\[[^\]\n]+\](?![(\[:])/.test(l))) assert.ok(blockImages(block, doc.lines).length > 0);
          // debris: every invisible character run of every raw line is found
          const raw = doc.lines.slice(block.start, block.end);
          const invisible = raw.flatMap((l, i) => [...l.matchAll(/[\u200B-\u200D\u2060\uFEFF]+|\uFFFD+/g)].filter((m) => !/^\u200D+$/.test(m[0])).map((m) => `${i}:${m.index}`));
          const found = blockDebris(block, doc.lines).filter((h) => h.kind === 'invisible' || h.kind === 'replacement').map((h) => `${h.line}:${h.start}`);
          for (const at of invisible) assert.ok(found.includes(at), `${at} in ${JSON.stringify(raw)}`);
          // debris: every ##marker## of every prose line
          const markers = prose ? lines.flatMap((l, i) => [...l.matchAll(/##[A-Za-z][A-Za-z0-9_-]{0,30}##/g)].map((m) => `${i}:${m.index}`)) : [];
          assert.deepStrictEqual(blockDebris(block, doc.lines).filter((h) => h.kind === 'marker').map((h) => `${h.line}:${h.start}`), markers);
        }
      }),
      fuzzParameters(300),
    );
  });
});
