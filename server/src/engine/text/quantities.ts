import type { ReportDocument } from '../document';
import { type Block, memo, memoKey } from '../markdown/blocks';
import { inlineFacts, isProse } from '../markdown/inline';
import { scanQuantities, toHalfWidth, type Quantity } from './numbers';

const FIGURES = memoKey('figures');

/** A number with a unit in the report, with what the sentence around it says about it. */
export interface TextFigure extends Quantity {
  /** Line relative to the block. */
  line: number;
  /** The metric named before the number (专题学习 in 开展专题学习16次), when there is one. */
  phrase?: string;
  /** `phrase` and unit as one map key, computed once with the block. */
  metric?: string;
  /** `metric` and `periods` as one map key (just `metric` when no period is named), computed once with the block. */
  periodKey?: string;
  /** Small integers standing for `metric` and `periodKey` (-1 when there is none), for array-indexed lookups. */
  metricId: number;
  periodId: number;
  /** What a rule last concluded about this figure (inconsistent-figure keeps its finding here). */
  verdict: unknown;
  /**
   * Periods named for it, normalised and joined (`2025年|h1`): those of its own clause, else those of
   * the clauses before it in the sentence; '' when there are none.
   */
  periods: string;
  /** The clause holding the number: between 。；，、：-like marks. */
  clauseStart: number;
  clauseEnd: number;
}

const SENTENCE_END = /[。！？；;!?]|\.(?=\s|$)/g;
const CLAUSE_END = /[。！？；;!?，,、：:]|\.(?=\s|$)/g;
const PERIOD = /(?:19|20)\d{2}年度?|[上下]半年|全年|前三季度|第?[一二三四1-4]季度|\bQ[1-4]\b|\bH[12]\b|[本上当去今明前]年|[本上当]月|[本上]周|年初|同期|(?:近|过去)?[一二三两四五六七八九十\d]{1,6}年(?:来|以来|间)|\d{1,2}\s*[-—至到~～]\s*\d{1,2}月|\d{1,2}月份?|累计|\b(?:this|last|next) (?:week|month|quarter|year)\b|\byear to date\b|\bYTD\b|\b(?:19|20)\d{2}\b/gi;
const PERIOD_ALIASES: Record<string, string> = {
  第一季度: 'q1', 一季度: 'q1', '1季度': 'q1', 第1季度: 'q1', 第二季度: 'q2', 二季度: 'q2', '2季度': 'q2', 第2季度: 'q2',
  第三季度: 'q3', 三季度: 'q3', '3季度': 'q3', 第3季度: 'q3', 第四季度: 'q4', 四季度: 'q4', '4季度': 'q4', 第4季度: 'q4',
  上半年: 'h1', 下半年: 'h2', 本年: '今年', 当年: '今年', 上年: '去年', 本月: '当月', 年度: '年', ytd: 'year to date',
};
/** Periods kept per clause or sentence: more is not a sentence but a list, and would make every key long. */
const MAX_PERIODS = 8;
const LEADING = /^(?:年度?|月份?|日|[上下]半年|全年|[本上当去今明前]年|[本上当]月|年初以来|以来|累计|共计|合计|总计|先后|共|已经|已)/;
const TRAILING = /(?:共计|合计|总计|累计|分别为|分别|达到|突破|超过|共|达|为|计|了|有|约|近|超|逾)$/;
const ENGLISH_STOP = new Set(['the', 'a', 'an', 'of', 'about', 'approximately', 'around', 'nearly', 'over', 'some', 'total', 'in', 'we', 'our', 'to']);

/** Numbers with units of a prose block and their sentences' facts, memoised on the block. */
export function blockFigures(block: Block, lines: readonly string[]): TextFigure[] {
  return memo(block, FIGURES, () => {
    if (!isProse(block)) return [];
    const out: TextFigure[] = [];
    inlineFacts(block, lines).text.forEach((text, line) => {
      const quantities = scanQuantities(text);
      if (!quantities.length) return;
      const clauseAt = clauseWalker(text);
      for (const q of quantities) {
        const { start: clauseStart, end: clauseEnd, periods } = clauseAt(q.start);
        const phrase = phraseBefore(text, q.start);
        out.push(figureOf(q, line, phrase, periods, clauseStart, clauseEnd));
      }
    });
    return out;
  });
}

/**
 * A figure with every field set in one order: all figures then share one hidden class, so the rules that
 * walk every figure of a 1 MB report on each keystroke read them at full speed (objects spread from
 * quantities of varying field representations ended up with hundreds of shapes, ~1 µs per read).
 */
function figureOf(q: Quantity, line: number, phrase: string | undefined, periods: string, clauseStart: number, clauseEnd: number): TextFigure {
  const metric = phrase && `${phrase}\u0000${q.unit}`;
  const periodKey = metric && (periods ? `${metric}\u0000${periods}` : metric);
  return {
    start: q.start, numberEnd: q.numberEnd, end: q.end, value: +q.value, high: q.high === undefined ? undefined : +q.high,
    magnitude: +q.magnitude, unit: q.unit, decimals: q.decimals, significant: q.significant, separators: q.separators,
    approximate: q.approximate, line, phrase, metric, periodKey, metricId: internKey(metric), periodId: internKey(periodKey),
    periods, clauseStart, clauseEnd, verdict: undefined,
  };
}

const keyIds = new Map<string, number>();

/**
 * A small integer for a metric key, the same for equal keys across documents, so rules index arrays
 * instead of hashing strings for every figure on every keystroke. The table only grows (by distinct
 * "phrase + unit" keys ever seen, a few dozen bytes each); it is never cleared, as ids already handed
 * out live on memoised figures.
 */
function internKey(key: string | undefined): number {
  if (!key) return -1;
  let id = keyIds.get(key);
  if (id === undefined) keyIds.set(key, (id = keyIds.size));
  return id;
}

/** Every figure of the document, block by block, with absolute lines. */
export function documentFigures(doc: ReportDocument): Array<{ line: number; figure: TextFigure }> {
  const out: Array<{ line: number; figure: TextFigure }> = [];
  for (const block of doc.blocks) for (const figure of blockFigures(block, doc.lines)) out.push({ line: block.start + figure.line, figure });
  return out;
}

/** Offsets where pieces of a line end (after each separator), ending with the line's length. */
function bounds(text: string, separator: RegExp): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(separator)) ends.push(m.index! + m[0].length);
  ends.push(text.length);
  return ends;
}

/**
 * The clause holding an offset (offsets asked in increasing order) and the periods that apply to it:
 * its own, else those of the clauses before it in its sentence. Each clause is read once, so a line of
 * many clauses or many figures costs linear time.
 */
function clauseWalker(text: string): (offset: number) => { start: number; end: number; periods: string } {
  const sentenceEnds = new Set(bounds(text, SENTENCE_END));
  const clauseEnds = bounds(text, CLAUSE_END);
  const earlier = new Set<string>(); // periods of the sentence's clauses before the current one
  let joined: string | undefined;
  let i = 0;
  let start = 0;
  let own = periodTokens(text.slice(0, clauseEnds[0]));
  let ownJoined: string | undefined;
  return (offset) => {
    while (offset >= clauseEnds[i] && i < clauseEnds.length - 1) {
      if (sentenceEnds.has(clauseEnds[i])) earlier.clear();
      else for (const p of own) if (earlier.size < MAX_PERIODS) earlier.add(p);
      joined = ownJoined = undefined;
      start = clauseEnds[i++];
      own = periodTokens(text.slice(start, clauseEnds[i]));
    }
    ownJoined ??= joinPeriods(own);
    joined ??= joinPeriods(earlier);
    return { start, end: clauseEnds[i], periods: ownJoined || joined };
  };
}

/** The periods a sentence names, normalised, sorted and joined. */
export function periodsIn(sentence: string): string {
  return joinPeriods(periodTokens(sentence));
}

function periodTokens(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of toHalfWidth(text).matchAll(PERIOD)) {
    const token = m[0].replace(/\s+/g, '').toLowerCase();
    found.add(PERIOD_ALIASES[token] ?? token.replace(/年度$/, '年').replace(/^(\d{4})$/, '$1年').replace(/^(\d{1,2})月份$/, '$1月'));
    if (found.size >= MAX_PERIODS) break;
  }
  return found;
}

function joinPeriods(periods: ReadonlySet<string>): string {
  return [...periods].sort().join('|');
}

/**
 * The metric before a number: Chinese — the run of Han characters before it (at most 12), without
 * leading period words (全年, 上半年) and trailing function words (共, 达, 为); English — up to three
 * words, stop words left out.
 */
export function phraseBefore(text: string, numberStart: number): string | undefined {
  let start = numberStart;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\u3000')) start--;
  let i = start;
  while (i > 0 && start - i < 12 && /\p{Script=Han}/u.test(text[i - 1])) i--;
  if (i < start) {
    let phrase = text.slice(i, start);
    for (let prev = ''; prev !== phrase; ) {
      prev = phrase;
      phrase = phrase.replace(LEADING, '').replace(TRAILING, '');
    }
    return phrase.length >= 2 ? phrase : undefined;
  }
  const words = /((?:[A-Za-z][A-Za-z-]*\s+){1,3})$/.exec(text.slice(Math.max(0, numberStart - 60), numberStart));
  const kept = words?.[1].trim().toLowerCase().split(/\s+/).filter((w) => !ENGLISH_STOP.has(w)) ?? [];
  return kept.length ? kept.join(' ') : undefined;
}
