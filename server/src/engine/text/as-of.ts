import type { ReportDocument } from '../document';
import { type Block, memo, memoKey } from '../markdown/blocks';
import { inlineFacts, isProse } from '../markdown/inline';
import { scanDates, type DateMention } from './dates';

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

const BEFORE = /(截至到|截至|截止到|截止至|截止|[Aa]s\s+(?:of|at)|到|至)[ \t]*$/;
const UNTIL_AFTER = /^[ \t]*(?:为止|止)/;
const JIEZHI_WORD = /截止(?=目前|当前|今年|本年|本月|今日|今天|现在|年底|年末|月底|月末)/g;

/** The facts of a block without dates (most blocks): shared, never changed. */
const NO_DATES: DateFacts = Object.freeze({ dates: Object.freeze([]) as unknown as LineDate[], jiezhiWords: Object.freeze([]) as unknown as DateFacts['jiezhiWords'] });

/** Date facts of one block (code and HTML blocks have none). */
export function dateFacts(block: Block, lines: readonly string[]): DateFacts {
  return memo(block, DATES, lines, computeDateFacts);
}

function computeDateFacts(block: Block, lines: readonly string[]): DateFacts {
  if (!isProse(block)) return NO_DATES;
  // A plain loop, and the facts made only for a block with dates or 截止: no closure or lists per block.
  const text = inlineFacts(block, lines).text;
  let facts: DateFacts | undefined;
  for (let line = 0; line < text.length; line++) {
    const t = text[line];
    const dates = scanDates(t);
    for (let i = 0; i < dates.length; i++) (facts ??= { dates: [], jiezhiWords: [] }).dates.push(lineDate(dates[i], line, asOfPhrase(t, dates[i])));
    if (!t.includes('截止')) continue;
    JIEZHI_WORD.lastIndex = 0;
    for (let m = JIEZHI_WORD.exec(t); m; m = JIEZHI_WORD.exec(t)) (facts ??= { dates: [], jiezhiWords: [] }).jiezhiWords.push({ line, start: m.index, end: m.index + 2 });
  }
  return facts ?? NO_DATES;
}

/** A date with its line and as-of phrase, every field set in one order (one hidden class for all of them). */
function lineDate(d: DateMention, line: number, asOf: AsOfPhrase | undefined): LineDate {
  return {
    start: d.start, end: d.end, year: d.year, month: d.month, day: d.day, endOf: d.endOf, style: d.style,
    yearSpan: d.yearSpan, monthSpan: d.monthSpan, daySpan: d.daySpan, line, asOf,
  };
}

/** The as-of phrase right before a date; 到/至 count only when 为止/止 follows the date. */
function asOfPhrase(text: string, d: DateMention): AsOfPhrase | undefined {
  const from = Math.max(0, d.start - 12);
  const m = BEFORE.exec(text.slice(from, d.start));
  if (!m) return undefined;
  if ((m[1] === '到' || m[1] === '至') && !UNTIL_AFTER.test(text.slice(d.end))) return undefined;
  const start = from + m.index;
  return { text: m[1], start, end: start + m[1].length };
}

/** Every date of the document with absolute lines, block by block. */
export function documentDates(doc: ReportDocument): Array<{ line: number; date: LineDate }> {
  const out: Array<{ line: number; date: LineDate }> = [];
  for (const block of doc.blocks) for (const date of dateFacts(block, doc.lines).dates) out.push({ line: block.start + date.line, date });
  return out;
}
