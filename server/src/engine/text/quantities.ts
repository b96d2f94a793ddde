import type { ReportDocument } from '../document';
import { type Block, memo, memoKey, NO_FACTS } from '../markdown/blocks';
import { inlineFacts, isProse } from '../markdown/inline';
import { QuantityReader, type Quantity } from './numbers';
import { CHAR_KIND, DIGIT, endsClause, LinePeriods, PERIOD_START } from './periods';
import { Words } from './words';

export { periodsIn } from './periods';

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

/** The words a metric does not start with, by first character, in the order the first that fits is taken (年度 before 年). */
const LEADING = new Words(['年度', '年', '月份', '月', '日', '上半年', '下半年', '全年', '本年', '上年', '当年', '去年', '今年', '明年', '前年', '本月', '上月', '当月', '年初以来', '以来', '累计', '共计', '合计', '总计', '先后', '共', '已经', '已']);
/** The words a metric does not end with, by last character, longest first: the longest that fits is taken (分别为, not 为). */
const TRAILING = new Words(['分别为', '共计', '合计', '总计', '累计', '分别', '达到', '突破', '超过', '共', '达', '为', '计', '了', '有', '约', '近', '超', '逾'], true);
const ENGLISH_WORDS = /((?:[A-Za-z][A-Za-z-]*\s+){1,3})$/;
const SPACE_AT = /\s/y;
const ENGLISH_STOP = new Set(['the', 'a', 'an', 'of', 'about', 'approximately', 'around', 'nearly', 'over', 'some', 'total', 'in', 'we', 'our', 'to']);

/** Numbers with units of a prose block and their sentences' facts, memoised on the block. */
export function blockFigures(block: Block, lines: readonly string[]): readonly TextFigure[] {
  return memo(block, FIGURES, lines, computeBlockFigures);
}

/** Reused for every line: blocks are read one at a time. */
const reader = new QuantityReader();
const periods = new LinePeriods();
/**
 * A block's figures are gathered here and copied out at their size: a list per block grown by push took
 * 17 slots at its first figure, and most blocks have none or one or two.
 */
const scratch: TextFigure[] = [];

function computeBlockFigures(block: Block, lines: readonly string[]): readonly TextFigure[] {
  if (!isProse(block)) return NO_FACTS;
  const text = inlineFacts(block, lines).text;
  for (let line = 0; line < text.length; line++) readLine(text[line], line, scratch);
  reader.reset(''); // not to keep the document's text alive
  if (!scratch.length) return NO_FACTS;
  const figures = scratch.slice();
  scratch.length = 0;
  return figures;
}

/** The figures of one line of prose (its line number 0), for tests. */
export function figuresOfLine(text: string): TextFigure[] {
  const out: TextFigure[] = [];
  readLine(text, 0, out);
  reader.reset('');
  return out;
}

/**
 * Reads the figures of a line into `out` in one walk over its characters, which reads quantities where
 * digits are (`QuantityReader`), and periods and clause marks where they are (`LinePeriods`): a figure
 * gets its clause's end and the periods that apply to it when the walk passes that end. (Three walks,
 * one for each, read a line's characters 2.4 times over, at a few nanoseconds a character.)
 */
function readLine(t: string, line: number, out: TextFigure[]): void {
  reader.reset(t);
  periods.reset();
  let clauseStart = 0;
  /** The figures of the current clause start here in `out`. */
  let open = out.length;
  let quantityFrom = 0;
  const n = t.length;
  for (let i = 0; i < n; i++) {
    const kind = CHAR_KIND[t.charCodeAt(i)];
    if (kind === 0) continue;
    if ((kind & DIGIT) !== 0 && i >= quantityFrom) {
      if (reader.readAt(i)) out.push(figureOf(reader, line, phraseBefore(t, i), clauseStart, textHash(t, i, reader.end)));
      quantityFrom = reader.resume;
    }
    if ((kind & PERIOD_START) !== 0 && i >= periods.from) periods.readAt(t, i);
    if (endsClause(t, i, kind)) {
      if (open < out.length) endClause(out, open, i + 1);
      open = out.length;
      periods.endClause(kind);
      clauseStart = i + 1;
    }
  }
  if (open < out.length) endClause(out, open, n);
}

/** Sets the clause's end and periods of the figures `out[from…]`, now that their clause ends at `end`. */
function endClause(out: TextFigure[], from: number, end: number): void {
  const joined = periods.joined;
  for (let k = from; k < out.length; k++) {
    const figure = out[k];
    figure.clauseEnd = end;
    figure.periods = joined;
    if (figure.metricId >= 0) figure.periodId = periodIdOf(metricById[figure.metricId], joined);
  }
}

/**
 * A figure with every field set in one order: all figures then share one hidden class, so the rules that
 * walk every figure of a 1 MB report on each keystroke read them at full speed (objects spread from
 * quantities of varying field representations ended up with hundreds of shapes, ~1 µs per read). Its
 * clause's end and periods are set when the walk reaches that end.
 */
function figureOf(q: Quantity, line: number, phrase: string | undefined, clauseStart: number, hash: number): TextFigure {
  const metricId = phrase ? metricOf(phrase, q.unit).id : -1;
  return {
    start: q.start, numberEnd: q.numberEnd, end: q.end, value: +q.value, high: q.high === undefined ? undefined : +q.high,
    magnitude: +q.magnitude, unit: q.unit, decimals: q.decimals, significant: q.significant, separators: q.separators,
    approximate: q.approximate, line, phrase, metricId, periodId: metricId,
    periods: '', clauseStart, clauseEnd: -1, textHash: hash, verdict: undefined,
  };
}

/** A hash of a figure as written (19次 and １９次 differ), to tell cheaply whether a re-read figure reads the same. */
function textHash(text: string, start: number, end: number): number {
  let h = end - start;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

/** A metric's id, and the ids of the metric with each set of periods named for it. */
interface Metric {
  id: number;
  byPeriods?: Map<string, number>;
}

/** Metrics by phrase and unit: no key is built per figure. */
const metrics = new Map<string, Map<string, Metric>>();
/** Metrics by id (the ids between are those of metrics with periods). */
const metricById: Metric[] = [];
let nextId = 0;

/**
 * Small integers for metrics, the same for equal ones across documents, so rules index arrays instead of
 * hashing strings for every figure on every keystroke. The tables only grow (by distinct phrase, unit and
 * periods ever seen, a few dozen bytes each); they are never cleared, as ids already handed out live on
 * memoised figures.
 */
function metricOf(phrase: string, unit: string): Metric {
  let byUnit = metrics.get(phrase);
  if (!byUnit) metrics.set(phrase, (byUnit = new Map()));
  let metric = byUnit.get(unit);
  if (!metric) {
    byUnit.set(unit, (metric = { id: nextId++, byPeriods: undefined }));
    metricById[metric.id] = metric;
  }
  return metric;
}

/** The id of a metric with the periods named for it: the metric's own when there are none. */
function periodIdOf(metric: Metric, periods: string): number {
  if (!periods) return metric.id;
  const byPeriods = (metric.byPeriods ??= new Map());
  let id = byPeriods.get(periods);
  if (id === undefined) byPeriods.set(periods, (id = nextId++));
  return id;
}

/** Every figure of the document, block by block, with absolute lines. */
export function documentFigures(doc: ReportDocument): Array<{ line: number; figure: TextFigure }> {
  const out: Array<{ line: number; figure: TextFigure }> = [];
  for (const block of doc.blocks) for (const figure of blockFigures(block, doc.lines)) out.push({ line: block.start + figure.line, figure });
  return out;
}

const HAN = /\p{Script=Han}/u;

/**
 * Whether the UTF-16 unit at `i` is a Han character (`\p{Script=Han}` on that unit alone): the common
 * block, and the Chinese punctuation that ends most runs of Han (，。、：《》…), without a regex or a string.
 */
export function isHan(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x2e80) return false;
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  if (c >= 0xff00 && c <= 0xffef) return false; // full-width forms
  if (c >= 0x3000 && c <= 0x303f) return c === 0x3005 || c === 0x3007 || (c >= 0x3021 && c <= 0x3029) || (c >= 0x3038 && c <= 0x303b); // 々〇 and old numerals
  return HAN.test(text[i]);
}

/**
 * The metric before a number: Chinese — the run of Han characters before it (at most 12), without
 * leading period words (全年, 上半年) and trailing function words (共, 达, 为); English — up to three
 * words, stop words left out.
 */
export function phraseBefore(text: string, numberStart: number): string | undefined {
  let end = numberStart;
  for (let c = text.charCodeAt(end - 1); c === 0x20 || c === 0x3000; c = text.charCodeAt(end - 1)) end--;
  let start = end;
  while (start > 0 && end - start < 12 && isHan(text, start - 1)) start--;
  if (start === end) return englishPhrase(text, numberStart);
  // Words are taken off in place, start and end moving, until none is left to take: one string is made.
  for (let from = -1, to = -1; from !== start || to !== end; ) {
    from = start;
    to = end;
    start += LEADING.find(text, start, end);
    end -= TRAILING.find(text, start, end);
  }
  return end - start >= 2 ? text.slice(start, end) : undefined;
}

/** Up to three English words before a number (a space between), stop words left out. */
function englishPhrase(text: string, numberStart: number): string | undefined {
  SPACE_AT.lastIndex = numberStart - 1;
  if (numberStart === 0 || !SPACE_AT.test(text)) return undefined; // what ENGLISH_WORDS would find
  const words = ENGLISH_WORDS.exec(text.slice(Math.max(0, numberStart - 60), numberStart));
  const kept = words?.[1].trim().toLowerCase().split(/\s+/).filter((w) => !ENGLISH_STOP.has(w)) ?? [];
  return kept.length ? kept.join(' ') : undefined;
}
