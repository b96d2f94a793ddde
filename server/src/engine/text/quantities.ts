import type { ReportDocument } from '../document';
import { type Block, memo, memoKey, NO_FACTS } from '../markdown/blocks';
import { maskedText } from '../markdown/inline';
import { HOLDS_DIGIT, proseKinds } from './prose-kinds';
import { endFigureClause, type Figure, newFigure, type TextFigure } from './figure';
import { LinePeriods } from './periods';
import { internedSlice } from './interned';
import { QuantityReader } from './quantity-reader';
import { CHAR_KIND, DIGIT, endsClause, PERIOD_START } from './walk-chars';
import { Words } from './words';

export { periodsIn } from './periods';
export type { TextFigure } from './figure';

const FIGURES = memoKey('figures');

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
 * A block's figures are gathered in `scratch[0…count)` and copied out at their size. The list keeps its
 * slots from block to block: setting an array's length to 0 lets go of them, so each block with a figure
 * grew a new one by push (17 slots at the first).
 */
const scratch: Array<Figure | undefined> = [];
let count = 0;

function computeBlockFigures(block: Block, lines: readonly string[]): readonly TextFigure[] {
  // A figure is a number with a unit: a block without a digit (headings, much of a report's prose; 0 for a
  // block that is not prose) has none, and its characters are not walked again.
  if ((proseKinds(block, lines) & HOLDS_DIGIT) === 0) return NO_FACTS;
  const masked = maskedText(block, lines); // most blocks: undefined, their text is the document's lines
  for (let line = 0; line < block.end - block.start; line++) readLine(masked ? masked[line] : lines[block.start + line], line);
  return takeScratch();
}

/** The figures of one line of prose (its line number 0), for tests. */
export function figuresOfLine(text: string): readonly TextFigure[] {
  readLine(text, 0);
  return takeScratch();
}

/** The figures gathered, as a list of their own; the scratch list emptied without dropping its slots. */
function takeScratch(): readonly TextFigure[] {
  reader.reset(''); // not to keep the document's text alive
  if (!count) return NO_FACTS;
  const figures = scratch.slice(0, count) as Figure[];
  for (let k = 0; k < count; k++) scratch[k] = undefined; // not to keep the figures alive (a loop: most blocks have one or two)
  count = 0;
  return figures;
}

/**
 * Reads the figures of a line into `scratch` in one walk over its characters, which reads quantities where
 * digits are (`QuantityReader`), and periods and clause marks where they are (`LinePeriods`): a figure
 * gets its clause's end and the periods that apply to it when the walk passes that end. (Three walks,
 * one for each, read a line's characters 2.4 times over, at a few nanoseconds a character.)
 */
function readLine(t: string, line: number): void {
  reader.reset(t);
  periods.reset();
  let clauseStart = 0;
  /** The figures of the current clause start here in `scratch`. */
  let open = count;
  let quantityFrom = 0;
  const n = t.length;
  const kinds = CHAR_KIND;
  for (let i = 0; i < n; i++) {
    const kind = kinds[t.charCodeAt(i)];
    if (kind === 0) continue;
    if ((kind & DIGIT) !== 0 && i >= quantityFrom) {
      if (reader.readAt(i)) scratch[count++] = newFigure(reader, line, phraseBefore(t, i), clauseStart, textHash(t, i, reader.end));
      quantityFrom = reader.resume;
    }
    if ((kind & PERIOD_START) !== 0 && i >= periods.from) periods.readAt(t, i);
    if (endsClause(t, i, kind)) {
      if (open < count) endClause(open, i + 1);
      open = count;
      periods.endClause(kind);
      clauseStart = i + 1;
    }
  }
  if (open < count) endClause(open, n);
}

/** Sets the clause's end and periods of the figures `scratch[from…count)`, now that their clause ends at `end`. */
function endClause(from: number, end: number): void {
  const joined = periods.joined;
  for (let k = from; k < count; k++) endFigureClause(scratch[k]!, end, joined);
}

/** A hash of a figure as written (19次 and １９次 differ), to tell cheaply whether a re-read figure reads the same. */
function textHash(text: string, start: number, end: number): number {
  let h = end - start;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
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
  return end - start >= 2 ? internedSlice(text, start, end) : undefined; // metrics recur: one string per phrase
}

/** Up to three English words before a number (a space between), stop words left out. */
function englishPhrase(text: string, numberStart: number): string | undefined {
  SPACE_AT.lastIndex = numberStart - 1;
  if (numberStart === 0 || !SPACE_AT.test(text)) return undefined; // what ENGLISH_WORDS would find
  const words = ENGLISH_WORDS.exec(text.slice(Math.max(0, numberStart - 60), numberStart));
  const kept = words?.[1].trim().toLowerCase().split(/\s+/).filter((w) => !ENGLISH_STOP.has(w)) ?? [];
  return kept.length ? kept.join(' ') : undefined;
}
