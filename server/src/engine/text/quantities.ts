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
  /**
   * Small integers (-1 when there is no phrase) standing for the metric — phrase and unit — and for the
   * metric with `periods` (the metric's own id when no period is named), for array-indexed lookups.
   */
  metricId: number;
  periodId: number;
  /** A hash of the figure as written (see `textHash`). */
  textHash: number;
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
  return memo(block, FIGURES, lines, computeBlockFigures);
}

function computeBlockFigures(block: Block, lines: readonly string[]): TextFigure[] {
  if (!isProse(block)) return [];
  const out: TextFigure[] = [];
  inlineFacts(block, lines).text.forEach((text, line) => {
    const quantities = scanQuantities(text);
    if (!quantities.length) return;
    const clauseAt = clauseWalker(text);
    for (const q of quantities) {
      const { start: clauseStart, end: clauseEnd, periods } = clauseAt(q.start);
      const phrase = phraseBefore(text, q.start);
      out.push(figureOf(q, line, phrase, periods, clauseStart, clauseEnd, textHash(text, q.start, q.end)));
    }
  });
  return out;
}

/**
 * A figure with every field set in one order: all figures then share one hidden class, so the rules that
 * walk every figure of a 1 MB report on each keystroke read them at full speed (objects spread from
 * quantities of varying field representations ended up with hundreds of shapes, ~1 µs per read).
 */
function figureOf(q: Quantity, line: number, phrase: string | undefined, periods: string, clauseStart: number, clauseEnd: number, hash: number): TextFigure {
  const metric = phrase && `${phrase}\u0000${q.unit}`;
  const periodKey = metric && (periods ? `${metric}\u0000${periods}` : metric);
  return {
    start: q.start, numberEnd: q.numberEnd, end: q.end, value: +q.value, high: q.high === undefined ? undefined : +q.high,
    magnitude: +q.magnitude, unit: q.unit, decimals: q.decimals, significant: q.significant, separators: q.separators,
    approximate: q.approximate, line, phrase, metricId: internKey(metric), periodId: internKey(periodKey),
    periods, clauseStart, clauseEnd, textHash: hash, verdict: undefined,
  };
}

/** A hash of a figure as written (19次 and １９次 differ), to tell cheaply whether a re-read figure reads the same. */
function textHash(text: string, start: number, end: number): number {
  let h = end - start;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
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

/** Whether a character ends a sentence (`。！？；;!?`, or `.` before a space or the line's end). */
function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x3b || c === 0x21 || c === 0x3f || (c === 0x2e && isDotEnd(text, i));
}

/** Whether a character ends a clause: a sentence end, or `，,、：:`. */
function isClauseEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0xff0c || c === 0x2c || c === 0x3001 || c === 0xff1a || c === 0x3a || isSentenceEnd(text, i);
}

const SPACE = /\s/;

/** `.` ends a sentence when a space (as `\s` means it) or the line's end follows. */
function isDotEnd(text: string, i: number): boolean {
  return i + 1 >= text.length || SPACE.test(text[i + 1]);
}

const WIDE_DIGIT = /[０-９]/;

/** A period named on a line: where it starts and its normalised token. */
interface PeriodToken {
  at: number;
  token: string;
}

/**
 * The periods a line names, left to right. No period contains a clause mark, so one pass over the line
 * finds what a pass over each clause would.
 */
function linePeriods(text: string): PeriodToken[] {
  const out: PeriodToken[] = [];
  // Only digits need converting: the other full-width forms (，．％) are, like their ASCII ones, no part of a period and no word character.
  const half = WIDE_DIGIT.test(text) ? toHalfWidth(text) : text;
  PERIOD.lastIndex = 0;
  for (let m = PERIOD.exec(half); m; m = PERIOD.exec(half)) out.push({ at: m.index, token: normalisePeriod(m[0]) });
  return out;
}

/** Normalised periods by their text as written (a few hundred distinct ones in any report). */
const normalised = new Map<string, string>();

function normalisePeriod(text: string): string {
  let token = normalised.get(text);
  if (token === undefined) {
    const t = text.replace(/\s+/g, '').toLowerCase();
    token = PERIOD_ALIASES[t] ?? t.replace(/年度$/, '年').replace(/^(\d{4})$/, '$1年').replace(/^(\d{1,2})月份$/, '$1月');
    if (normalised.size < 10_000) normalised.set(text, token);
  }
  return token;
}

/**
 * The clause holding an offset (offsets asked in increasing order) and the periods that apply to it:
 * its own, else those of the clauses before it in its sentence. Each clause is read once, so a line of
 * many clauses or many figures costs linear time.
 */
function clauseWalker(text: string): (offset: number) => { start: number; end: number; periods: string } {
  const tokens = linePeriods(text);
  const earlier = new Set<string>(); // periods of the sentence's clauses before the current one
  let joined: string | undefined;
  let next = 0; // first token not yet assigned to a clause
  let start = 0;
  let end = nextClauseEnd(text, 0);
  let own = clauseTokens(tokens, end);
  let ownJoined: string | undefined;
  function clauseTokens(list: PeriodToken[], before: number): Set<string> | undefined {
    let found: Set<string> | undefined;
    for (; next < list.length && list[next].at < before; next++) {
      if (found && found.size >= MAX_PERIODS) continue;
      (found ??= new Set()).add(list[next].token);
    }
    return found;
  }
  return (offset) => {
    while (offset >= end && end < text.length) {
      if (isSentenceEnd(text, end - 1)) earlier.clear();
      else if (own) for (const p of own) if (earlier.size < MAX_PERIODS) earlier.add(p);
      joined = ownJoined = undefined;
      start = end;
      end = nextClauseEnd(text, start);
      own = clauseTokens(tokens, end);
    }
    ownJoined ??= own ? joinPeriods(own) : '';
    joined ??= earlier.size ? joinPeriods(earlier) : '';
    return { start, end, periods: ownJoined || joined };
  };
}

/** Where the clause starting at `from` ends: after its clause mark, or at the line's end. */
function nextClauseEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (isClauseEnd(text, i)) return i + 1;
  return text.length;
}

/** The periods a sentence names, normalised, sorted and joined. */
export function periodsIn(sentence: string): string {
  const found = new Set<string>();
  for (const { token } of linePeriods(sentence)) if (found.size < MAX_PERIODS) found.add(token);
  return joinPeriods(found);
}

function joinPeriods(periods: ReadonlySet<string>): string {
  return [...periods].sort().join('|');
}

const HAN = /\p{Script=Han}/u;

/** Whether the UTF-16 unit at `i` is a Han character (`\p{Script=Han}` on that unit alone), the common block without a regex. */
export function isHan(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x2e80) return false;
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  return HAN.test(text[i]);
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
  const kept = words?.[1].trim().toLowerCase().split(/\s+/).filter((w) => !ENGLISH_STOP.has(w)) ?? [];
  return kept.length ? kept.join(' ') : undefined;
}
