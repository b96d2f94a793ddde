import * as assert from 'assert';
import * as fc from 'fast-check';
import { toHalfWidth } from '../../../server/src/engine/text/numbers';
import { scanQuantities } from '../../../server/src/engine/text/quantity-reader';
import { periodsIn } from '../../../server/src/engine/text/periods';
import { ReportDocument } from '../../../server/src/engine/document';
import { blockFigures, figuresOfLine, isHan, phraseBefore, type TextFigure } from '../../../server/src/engine/text/quantities';
import { fuzzParameters } from '../../support/arbitraries';

// What a figure's context means, written plainly (as it was before it was made fast): the fast code must agree on any text.

const PERIOD = /(?:19|20)\d{2}年度?|[上下]半年|全年|前三季度|第?[一二三四1-4]季度|\bQ[1-4]\b|\bH[12]\b|[本上当去今明前]年|[本上当]月|[本上]周|年初|同期|(?:近|过去)?[一二三两四五六七八九十\d]{1,6}年(?:来|以来|间)|\d{1,2}\s*[-—至到~～]\s*\d{1,2}月|\d{1,2}月份?|累计|\b(?:this|last|next) (?:week|month|quarter|year)\b|\byear to date\b|\bYTD\b|\b(?:19|20)\d{2}\b/gi;
const ALIASES: Record<string, string> = {
  第一季度: 'q1', 一季度: 'q1', '1季度': 'q1', 第1季度: 'q1', 第二季度: 'q2', 二季度: 'q2', '2季度': 'q2', 第2季度: 'q2',
  第三季度: 'q3', 三季度: 'q3', '3季度': 'q3', 第3季度: 'q3', 第四季度: 'q4', 四季度: 'q4', '4季度': 'q4', 第4季度: 'q4',
  上半年: 'h1', 下半年: 'h2', 本年: '今年', 当年: '今年', 上年: '去年', 本月: '当月', 年度: '年', ytd: 'year to date',
};
const LEADING = /^(?:年度?|月份?|日|[上下]半年|全年|[本上当去今明前]年|[本上当]月|年初以来|以来|累计|共计|合计|总计|先后|共|已经|已)/;
const TRAILING = /(?:共计|合计|总计|累计|分别为|分别|达到|突破|超过|共|达|为|计|了|有|约|近|超|逾)$/;
const STOP = new Set(['the', 'a', 'an', 'of', 'about', 'approximately', 'around', 'nearly', 'over', 'some', 'total', 'in', 'we', 'our', 'to']);

function normalise(text: string): string {
  const t = text.replace(/\s+/g, '').toLowerCase();
  return ALIASES[t] ?? t.replace(/年度$/, '年').replace(/^(\d{4})$/, '$1年').replace(/^(\d{1,2})月份$/, '$1月');
}

function periods(text: string): Array<{ at: number; token: string }> {
  const half = toHalfWidth(text);
  return [...half.matchAll(PERIOD)].map((m) => ({ at: m.index!, token: normalise(m[0]) }));
}

const join = (set: Set<string>) => [...set].sort().join('|');
const isSentenceEnd = (t: string, i: number) => /[。！？；;!?]/.test(t[i]) || (t[i] === '.' && (i + 1 >= t.length || /\s/.test(t[i + 1])));
const isClauseEnd = (t: string, i: number) => /[，,、：:]/.test(t[i]) || isSentenceEnd(t, i);

/** The clause holding each offset and its periods: its own (8 at most), else the sentence's before it (8 at most). */
function clauseOf(text: string, offset: number): { start: number; end: number; periods: string } {
  let start = 0;
  let end = text.length;
  for (let i = 0; i < text.length; i++) {
    if (!isClauseEnd(text, i)) continue;
    if (i < offset && i + 1 < text.length) start = i + 1;
    else {
      end = i + 1;
      break;
    }
  }
  let sentence = 0;
  for (let i = 0; i < start; i++) if (isSentenceEnd(text, i)) sentence = i + 1;
  const first8 = (from: number, to: number) => {
    const found = new Set<string>();
    for (const p of periods(text)) if (p.at >= from && p.at < to && found.size < 8) found.add(p.token);
    return found;
  };
  const own = first8(start, end);
  return { start, end, periods: join(own.size ? own : first8(sentence, start)) };
}

function plainPhraseBefore(text: string, numberStart: number): string | undefined {
  let start = numberStart;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\u3000')) start--;
  let i = start;
  while (i > 0 && start - i < 12 && isHan(text, i - 1)) i--;
  if (i < start) {
    let phrase = text.slice(i, start);
    for (let prev = ''; prev !== phrase; ) {
      prev = phrase;
      phrase = phrase.replace(LEADING, '').replace(TRAILING, '');
    }
    return phrase.length >= 2 ? phrase : undefined;
  }
  const words = /((?:[A-Za-z][A-Za-z-]*\s+){1,3})$/.exec(text.slice(Math.max(0, numberStart - 60), numberStart));
  const kept = words?.[1].trim().toLowerCase().split(/\s+/).filter((w) => !STOP.has(w)) ?? [];
  return kept.length ? kept.join(' ') : undefined;
}

/** Words of periods, metrics and sentences, in both cases and widths. */
const PIECES = [
  '2025年', '２０２５年', '2024年度', '1999', '上半年', '下半年', '全年', '前三季度', '第一季度', '二季度', '3季度', '第4季度', 'Q1', 'q2', 'H1', 'h2',
  '本年', '上年', '今年', '去年', '本月', '当月', '本周', '年初', '同期', '近三年来', '过去5年以来', '十年间', '1-3月', '１至３月', '12月份', '5月', '累计',
  'this week', 'Last Month', 'NEXT quarter', 'nExT wEeK', 'tHIS yEAR', 'year to date', 'Year To Date', 'yEAR tO dATE', 'YTD', 'ytd', 'yTd', 'this', 'year', 'quarter', 'to', 'Q5', 'xQ1', '年度', '月份', '日', '以来', '年初以来',
  '共计', '合计', '总计', '分别为', '分别', '达到', '突破', '超过', '共', '达', '为', '计', '了', '有', '约', '近', '超', '逾', '先后', '已经', '已',
  '开展', '专题学习', '完成投资', '培训', '党员', '人次', '16', '１６', '2.3', ' ', '\u3000', '，', ',', '、', '：', ':', '。', '！', '？', '；', ';', '!', '?',
  '.', '. ', 'v1.2', 'We trained', 'about the', 'over', 'people', '-', '\t', '\n', '\u00a0', '\uD800', '𠀀',
  // Pieces of periods, to be put together in ways the words above are not.
  '19', '20', '2', '0', '1', '4', '５', '２０', '十', '两', '七', '一', '四', '五', '年', '月', '季度', '季', '度', '第', '前三', '上', '下', '半', '本', '当', '周',
  '初', '期', '同', '累', '去', '今', '明', '前', '近', '过去', '过', '来', '以来', '间', '年来', '年间', '份', '至', '到', '~', '～', '—', '_', 'x', 'a',
  'Q', 'q', 'H', 'h', 'this ', 'last', ' week', 'month', 'year', 'ytd_', 'T', 'Y', '1234567年来', '一二三四五六七年来', '1 至 3月', '12-1月', '123月',
];
/** English periods with each letter in either case. */
const anyCase = fc
  .tuple(fc.constantFrom('this week', 'last month', 'next quarter', 'next year', 'year to date', 'ytd', 'q4', 'h1'), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }))
  .map(([w, upper]) => [...w].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''));
const text = fc
  .array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: anyCase }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) }), { maxLength: 40 })
  .map((parts) => parts.join(''));
/** Text with figures in it: the words above, and numbers with units and what may stand around them. */
const textWithFigures = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 3, arbitrary: fc.constantFrom('19次', '3', '１６', '1,200', '2.5', '8', '次', '人次', '个', '%', '万元', '亿', '多', '3至5名', '20余', '约', '第', '以上', ' people', 'PERSONS') },
      { weight: 1, arbitrary: anyCase },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));
/** Sentences of clauses, each with or without a period, words and a figure: the shapes of report prose. */
const clauses = fc
  .array(
    fc.tuple(
      fc.constantFrom('', '', '2025年', '上半年', '一季度', 'Q2', '近三年来', '1-3月', '累计', '全年'),
      fc.constantFrom('', '开展学习', '培训党员', '完成投资', 'trained'),
      fc.constantFrom('', '', '19次', '1,200人', '2.5亿元', '３至５名', '20余人', ' 30 people'),
      fc.constantFrom('，', '，', '、', '：', '。', '；', '! ', '. ', '.', ''),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.map((p) => p.join('')).join(''));
const textAndOffsets = text.chain((t) => fc.tuple(fc.constant(t), fc.uniqueArray(fc.nat(Math.max(0, t.length - 1)), { maxLength: 8 }).map((o) => o.sort((a, b) => a - b))));

/** Asserts that the figures of line `t` are its quantities, each with its clause and periods as the plain definitions read them; gives them back. */
function sameAsPlainDefinitions(t: string): readonly TextFigure[] {
  const figures = figuresOfLine(t);
  const quantities = scanQuantities(t);
  assert.strictEqual(figures.length, quantities.length);
  figures.forEach((f, i) => {
    const { start, numberEnd, end, value, high, magnitude, decimals, significant, separators, approximate } = f;
    const unit = f.names.unit;
    assert.deepStrictEqual({ start, numberEnd, end, value, high, magnitude, unit, decimals, significant, separators, approximate }, quantities[i]);
    assert.deepStrictEqual({ start: f.clauseStart, end: f.clauseEnd, periods: f.names.periods }, clauseOf(t, f.start), `figure at ${f.start}`);
  });
  return figures;
}

describe('figure context (fast-check against the plain definitions)', () => {
  it('reads each figure of a line with its clause, the periods that apply to it and its metric', () => {
    fc.assert(
      fc.property(fc.oneof(textWithFigures, clauses), (t) => {
        for (const f of sameAsPlainDefinitions(t)) assert.strictEqual(f.names.phrase, phraseBefore(t, f.start));
      }),
      fuzzParameters(1000),
    );
  });

  it('keeps long clauses, numbers and blocks exactly (values that once did not fit a packed figure)', () => {
    const long = '学'.repeat(300);
    for (const t of [`${long}开展学习19次${long}。`, `开展学习19次${long}，培训党员20人`, `共${'1'.repeat(300)}.${'2'.repeat(200)}人`, `培训${'9'.repeat(260)}人`, '共3至5名，又19次']) {
      for (const f of sameAsPlainDefinitions(t)) assert.strictEqual(f.line, 0);
    }
    // Lines ending in ASCII, so that they are one block (a line ending in Chinese would be a block of its own).
    const doc = new ReportDocument(Array.from({ length: 300 }, (_, i) => `第${i}行开展学习${i}次,`).join('\n'));
    assert.strictEqual(doc.blocks.length, 1);
    const figures = blockFigures(doc.blocks[0], doc.lines);
    assert.deepStrictEqual(figures.map((f) => f.line), Array.from({ length: 300 }, (_, i) => i));
    assert.deepStrictEqual(figures.map((f) => f.value), Array.from({ length: 300 }, (_, i) => i));
  });

  it('names the periods of a sentence', () => {
    fc.assert(
      fc.property(text, (t) => {
        const found = new Set<string>();
        for (const p of periods(t)) if (found.size < 8) found.add(p.token);
        assert.strictEqual(periodsIn(t), join(found));
      }),
      fuzzParameters(1000),
    );
  });

  it('tells Han characters as \\p{Script=Han} does, for every UTF-16 unit', () => {
    const han = /\p{Script=Han}/u;
    for (let c = 0; c <= 0xffff; c++) {
      const unit = String.fromCharCode(c);
      if (isHan(unit, 0) !== han.test(unit)) assert.fail(`U+${c.toString(16)}`);
    }
  });

  it('takes the metric before a number', () => {
    fc.assert(
      fc.property(textAndOffsets, ([t, offsets]) => {
        for (const offset of [...offsets, t.length]) assert.strictEqual(phraseBefore(t, offset), plainPhraseBefore(t, offset), `offset ${offset}`);
      }),
      fuzzParameters(1000),
    );
  });
});
