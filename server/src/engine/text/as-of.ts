import type { ReportDocument } from '../document';
import { type Block, memo, memoKey, NO_FACTS } from '../markdown/blocks';
import { maskedText } from '../markdown/inline';
import { isWhiteSpace } from '../outline/text';
import { readDates, type DateMention } from './dates';
import { Gathered } from './gathered';
import { PackedDate } from './line-date';
import { HOLDS_JIE, MAY_HOLD_DATE, MAY_HOLD_OTHER_DATE, proseKinds } from './prose-kinds';

const DATES = memoKey('dates');

/** The words that make a date an as-of date: 截至, 截止, 到……为止, as of. */
export interface AsOfPhrase {
  text: string;
  start: number;
  end: number;
}

/** A date on a line of a block (line relative to the block), with its as-of phrase if it has one. */
export interface LineDate extends DateMention {
  line: number;
  asOf?: AsOfPhrase;
}

/** Dates of a prose block and the 截止 written before 目前/今年-like words, memoised on the block. */
export interface DateFacts {
  dates: LineDate[];
  /** 截止 directly before 目前, 今年, 本月, 年底…: 截至 is meant. */
  jiezhiWords: Array<{ line: number; start: number; end: number }>;
}

/** What makes a date an as-of date, written before it (read by hand in `asOfPhrase`; the tests hold it to this). */
export const BEFORE = /(截至到|截至|截止到|截止至|截止|[Aa]s\s+(?:of|at)|到|至)[ \t]*$/;
export const UNTIL_AFTER = /^[ \t]*(?:为止|止)/;
const JIEZHI_WORD = /截止(?=目前|当前|今年|本年|本月|今日|今天|现在|年底|年末|月底|月末)/g;

/** The facts of a block without dates (most blocks): shared, never changed. */
const NO_DATES: DateFacts = Object.freeze({ dates: NO_FACTS as unknown as LineDate[], jiezhiWords: NO_FACTS as unknown as DateFacts['jiezhiWords'] });

/** Date facts of one block (code and HTML blocks have none). */
export function dateFacts(block: Block, lines: readonly string[]): DateFacts {
  return memo(block, DATES, lines, computeDateFacts);
}

function computeDateFacts(block: Block, lines: readonly string[]): DateFacts {
  // Most blocks can hold no date (no digit before 年 or 月…) and no 截止, and their kinds say so (those of
  // code and HTML blocks are 0).
  const kinds = proseKinds(block, lines);
  const mayHoldDate = (kinds & MAY_HOLD_DATE) !== 0;
  const chineseOnly = (kinds & MAY_HOLD_OTHER_DATE) === 0; // Chinese dates are read by hand, see readDates
  const holdsJie = (kinds & HOLDS_JIE) !== 0;
  if (!mayHoldDate && !holdsJie) return NO_DATES;
  // A plain loop into lists for all blocks: no closure or lists per block.
  const masked = maskedText(block, lines); // most blocks: undefined, their text is the document's lines
  for (let line = 0; line < block.end - block.start; line++) {
    const t = masked ? masked[line] : lines[block.start + line];
    if (mayHoldDate) {
      const first = dates.count;
      readDates(t, chineseOnly, lineDate, dates);
      for (let i = first; i < dates.count; i++) {
        const date = dates.items[i]!;
        date.line = line;
        date.asOf = asOfPhrase(t, date);
      }
    }
    if (!holdsJie || !t.includes('截止')) continue;
    JIEZHI_WORD.lastIndex = 0;
    for (let m = JIEZHI_WORD.exec(t); m; m = JIEZHI_WORD.exec(t)) jiezhiWords.push({ line, start: m.index, end: m.index + 2 });
  }
  if (!dates.count && !jiezhiWords.count) return NO_DATES;
  return { dates: dates.take(), jiezhiWords: jiezhiWords.take() };
}

/** The dates and 截止 of the block being read. */
const dates = new Gathered<LineDate>();
const jiezhiWords = new Gathered<DateFacts['jiezhiWords'][number]>();

/**
 * A date as `readDates` reads it (one class for all, see `PackedDate`), its line and as-of phrase set in place
 * once known: one object per date, not a mention and a copy.
 */
function lineDate(
  start: number, end: number, year: number | undefined, month: number | undefined, day: number | undefined, endOf: boolean,
  style: DateMention['style'], yearSpan: [number, number] | undefined, monthSpan: [number, number] | undefined, daySpan: [number, number] | undefined,
): LineDate {
  return new PackedDate(start, end, year, month, day, endOf, style, yearSpan, monthSpan, daySpan);
}

/** The as-of phrase right before a date; 到/至 count only when 为止/止 follows the date. */
function asOfPhrase(text: string, d: DateMention): AsOfPhrase | undefined {
  // What BEFORE finds in the 12 characters before the date, read in place: no slice and match per date.
  const from = Math.max(0, d.start - 12);
  let end = d.start;
  while (end > from && isSpaceOrTab(text.charCodeAt(end - 1))) end--;
  const phrase = phraseEndingAt(text, from, end);
  if (phrase === undefined) return undefined;
  if ((phrase === '到' || phrase === '至') && !untilAfter(text, d.end)) return undefined;
  return sharedPhrase(phrase, end);
}

/** As-of phrases ending before this column are shared (frozen) by every date with the same one, by phrase and end. */
const SHARED_PHRASE_ENDS = 1024;
const sharedPhrases = new Map<string, Array<AsOfPhrase | undefined>>();

/**
 * The phrase `text` ending at `end`: nobody changes a date's phrase, and most dates of a report have one
 * (1,298 of the 1 MB report's 1,386), at a few columns. The Chinese phrases are a few constant strings; an
 * English one (As of, as at) is a slice of the line, with an object of its own.
 */
function sharedPhrase(text: string, end: number): AsOfPhrase {
  const start = end - text.length;
  if (end >= SHARED_PHRASE_ENDS || text.charCodeAt(0) < 0x80) return { text, start, end };
  let byEnd = sharedPhrases.get(text);
  if (!byEnd) sharedPhrases.set(text, (byEnd = new Array(SHARED_PHRASE_ENDS)));
  return (byEnd[end] ??= Object.freeze({ text, start, end }));
}

const JIE = 0x622a; // 截
const ZHI_TO = 0x81f3; // 至
const ZHI_STOP = 0x6b62; // 止
const DAO = 0x5230; // 到
const WEI = 0x4e3a; // 为

/**
 * The longest alternative of BEFORE that ends at `end` and starts at or after `from` (the leftmost
 * match of BEFORE in text[from, end) followed only by spaces and tabs), or undefined.
 */
function phraseEndingAt(text: string, from: number, end: number): string | undefined {
  const last = end > from ? text.charCodeAt(end - 1) : -1;
  if (last === DAO) return at(text, from, end - 3, JIE) ? (at(text, from, end - 2, ZHI_TO) ? '截至到' : at(text, from, end - 2, ZHI_STOP) ? '截止到' : '到') : '到';
  if (last === ZHI_TO) return at(text, from, end - 3, JIE) && at(text, from, end - 2, ZHI_STOP) ? '截止至' : at(text, from, end - 2, JIE) ? '截至' : '至';
  if (last === ZHI_STOP) return at(text, from, end - 2, JIE) ? '截止' : undefined;
  // [Aa]s\s+(?:of|at)
  if (!(at(text, from, end - 2, 0x6f) && at(text, from, end - 1, 0x66)) && !(at(text, from, end - 2, 0x61) && at(text, from, end - 1, 0x74))) return undefined;
  let s = end - 3;
  while (s >= from && isWhiteSpace(text.charCodeAt(s))) s--;
  if (s === end - 3 || !at(text, from, s, 0x73) || !(at(text, from, s - 1, 0x41) || at(text, from, s - 1, 0x61))) return undefined;
  return text.slice(s - 1, end);
}

/** Whether the character at `i`, at or after `from`, is `c` (a function, not a closure made per date). */
function at(text: string, from: number, i: number, c: number): boolean {
  return i >= from && text.charCodeAt(i) === c;
}

/** UNTIL_AFTER at `i`: spaces or tabs, then 为止 or 止. */
function untilAfter(text: string, i: number): boolean {
  while (isSpaceOrTab(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return c === ZHI_STOP || (c === WEI && text.charCodeAt(i + 1) === ZHI_STOP);
}

function isSpaceOrTab(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** Every date of the document with absolute lines, block by block. */
export function documentDates(doc: ReportDocument): Array<{ line: number; date: LineDate }> {
  const out: Array<{ line: number; date: LineDate }> = [];
  for (const block of doc.blocks) for (const date of dateFacts(block, doc.lines).dates) out.push({ line: block.start + date.line, date });
  return out;
}
