/**
 * Dates as reports write them: 2026年10月31日, 2026年10月, 2025年底, 10月31日, 2026-10-31, 2026/10/31,
 * 2026.10.31, Oct 31, 2026, 31 October 2026, October 2026 — full-width digits too.
 */
export interface DateMention {
  start: number;
  end: number;
  /** Undefined when written without a year (10月31日): the year is the report's (see `dateBounds`). */
  year?: number;
  month?: number;
  day?: number;
  /** 底/末: the end of the month or year named. */
  endOf: boolean;
  style: 'cn' | 'numeric' | 'en';
  /** Where the parts are written, for fixes. */
  yearSpan?: [number, number];
  monthSpan?: [number, number];
  daySpan?: [number, number];
}

/** Digits, ASCII and full-width: as a range list to put in a class (`DIGIT_RANGES`) and as a class (`CD`). */
const DIGIT_RANGES = '0-9０-９';
const CD = `[${DIGIT_RANGES}]`;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** `\b` before a month's first letter, written after it: the previous character is not a word character. */
const WORD_START = '(?<!\\w[a-z])';
/** Jan(?:uary)?|Feb(?:ruary)?|…|Dec(?:ember)? with the word boundary after each first letter (names with one first letter differ in the next). */
const MONTH_AT_WORD = `(?:J${WORD_START}(?:an(?:uary)?|une?|uly?)|F${WORD_START}eb(?:ruary)?|M${WORD_START}(?:ar(?:ch)?|ay)|A${WORD_START}(?:pr(?:il)?|ug(?:ust)?)|S${WORD_START}ep(?:t(?:ember)?)?|O${WORD_START}ct(?:ober)?|N${WORD_START}ov(?:ember)?|D${WORD_START}ec(?:ember)?)`;
// Groups by number (named groups and match indices made every match build two more objects):
// 1–4 cy cm cd ce · 5–7 mm md me · 8–11 ny sep nm nd · 12–14 em ed ey · 15–17 fd fm fy · 18–19 gm gy.
// Each alternative reads its first character before any look-behind or \b (`(?<!D)D…` is written
// `D(?<!DD)…`): a match can then start only at a digit or a month's first letter, and the engine skips
// other characters without trying each alternative there (the scan takes some 18% less time). The
// test holds it to the pattern with the look-behinds first (text-scanners.test.ts).
export const PATTERN = new RegExp(
  [
    `(${CD}(?<!${CD}{2})(?:${CD}{3}|${CD}))[ \\t]*年(?:[ \\t]*(${CD}{1,2})[ \\t]*月(?:[ \\t]*(${CD}{1,2})[ \\t]*[日号])?)?(底|末)?`,
    `(${CD}(?<![${DIGIT_RANGES}年]${CD})${CD}?)[ \\t]*月[ \\t]*(?:(${CD}{1,2})[ \\t]*[日号]|(底|末))`,
    `(${CD}(?<![${DIGIT_RANGES}.．]${CD})${CD}{3})([-/.．])(${CD}{1,2})\\9(${CD}{1,2})(?![${DIGIT_RANGES}])`,
    `(${MONTH_AT_WORD})\\.?[ \\t]+(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t]+(\\d{4})\\b`,
    `(\\d(?<!\\w\\d)\\d?)(?:st|nd|rd|th)?[ \\t]+(${MONTH_AT_WORD})\\.?,?[ \\t]+(\\d{4})\\b`,
    `(${MONTH_AT_WORD})[ \\t]+(\\d{4})\\b`,
  ].join('|'),
  'gi',
);

/** Every date mentioned on a line, left to right. Impossible dates (2026年13月, 2月30日) are left out. */
export function scanDates(line: string): readonly DateMention[] {
  // Most lines have no date: they share one empty list.
  if (!HAS_DIGIT.test(line)) return NO_MENTIONS;
  let out: DateMention[] | undefined;
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(line); m; m = PATTERN.exec(line)) {
    const mention = toMention(m);
    if (mention && valid(mention)) (out ??= []).push(mention);
  }
  return out ?? NO_MENTIONS;
}

const HAS_DIGIT = /[0-9０-９]/;
const NO_MENTIONS: readonly DateMention[] = Object.freeze([]);
/** A mention with every field set, in one order (one hidden class for all dates). */
function mention(
  start: number, end: number, year: number | undefined, month: number | undefined, day: number | undefined, endOf: boolean,
  style: DateMention['style'], yearSpan?: [number, number], monthSpan?: [number, number], daySpan?: [number, number],
): DateMention {
  return { start, end, year, month, day, endOf, style, yearSpan, monthSpan, daySpan };
}

/** The value of ASCII or full-width digits (what `Number(toHalfWidth(text))` gives, without the strings). */
function num(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    value = value * 10 + (c >= 0xff10 ? c - 0xff10 : c - 0x30);
  }
  return value;
}

/** The span of `digits`, the first digits at or after `from` past spaces and tabs. */
function spanAfter(line: string, from: number, digits: string | undefined): [number, number] | undefined {
  if (digits === undefined) return undefined;
  let i = from;
  while (line[i] === ' ' || line[i] === '\t') i++;
  return [i, i + digits.length];
}

function toMention(m: RegExpExecArray): DateMention | undefined {
  const line = m.input;
  const start = m.index;
  const end = start + m[0].length;
  if (m[1] !== undefined) {
    const cy = m[1];
    const twoDigit = cy.length === 2;
    if (twoDigit && m[2] === undefined) return undefined; // 26年 alone is a duration, not a date
    const yearSpan: [number, number] = [start, start + cy.length];
    const monthSpan = m[2] === undefined ? undefined : spanAfter(line, line.indexOf('年', yearSpan[1]) + 1, m[2]);
    const daySpan = monthSpan && m[3] !== undefined ? spanAfter(line, line.indexOf('月', monthSpan[1]) + 1, m[3]) : undefined;
    return mention(start, end, num(cy), num(m[2]), num(m[3]), Boolean(m[4]) && m[3] === undefined, 'cn', yearSpan, monthSpan, daySpan);
  }
  if (m[5] !== undefined) {
    const monthSpan: [number, number] = [start, start + m[5].length];
    const daySpan = spanAfter(line, line.indexOf('月', monthSpan[1]) + 1, m[6]);
    return mention(start, end, undefined, num(m[5]), num(m[6]), Boolean(m[7]), 'cn', undefined, monthSpan, daySpan);
  }
  if (m[8] !== undefined) {
    const monthAt = start + 5;
    const dayAt = monthAt + m[10].length + 1;
    return mention(start, end, num(m[8]), num(m[10]), num(m[11]), false, 'numeric', [start, start + 4], [monthAt, monthAt + m[10].length], [dayAt, dayAt + m[11].length]);
  }
  if (m[12] !== undefined) return mention(start, end, num(m[14]), month(m[12]), num(m[13]), false, 'en');
  if (m[15] !== undefined) return mention(start, end, num(m[17]), month(m[16]), num(m[15]), false, 'en');
  return mention(start, end, num(m[19]), month(m[18]), undefined, false, 'en');
}

/** The number (1–12) of an English month name. */
function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function valid(d: DateMention): boolean {
  if (d.month !== undefined && (d.month < 1 || d.month > 12)) return false;
  if (d.day === undefined) return true;
  return d.day >= 1 && d.day <= daysIn(d.year ?? 2000, d.month!);
}

/** Days in a month (1–12), by arithmetic; years 0–99 are 1900–1999, as `Date.UTC` reads them. */
function daysIn(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  const y = year >= 0 && year <= 99 ? 1900 + year : year;
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
}

/** The full year of a mention: a two-digit year is the latest year ending so that is at most 10 years after the report's (26 → 2026, 99 → 1999). */
export function fullYear(d: DateMention, reportDate: string): number | undefined {
  if (d.year === undefined || d.year >= 100) return d.year;
  const reportYear = digitsAt(reportDate, 0, 4);
  const candidate = Math.floor(reportYear / 100) * 100 + d.year;
  return candidate > reportYear + 10 ? candidate - 100 : candidate;
}

/**
 * The first and last day (YYYY-MM-DD) a mention covers: a day, a month, or a year. A date written
 * without a year is in the report's year, or the year before when that would put it after the report.
 */
export function dateBounds(d: DateMention, reportDate: string): { first: string; last: string } {
  return { first: firstDay(d, reportDate), last: lastDay(d, reportDate) };
}

/** The first day a mention covers (see `dateBounds`): stale-date reads it only for a date that is not stale. */
export function firstDay(d: DateMention, reportDate: string): string {
  return iso(yearOf(d, reportDate), d.month ?? 1, d.day ?? 1);
}

/** The last day a mention covers (see `dateBounds`). */
export function lastDay(d: DateMention, reportDate: string): string {
  const year = yearOf(d, reportDate);
  const month = d.month ?? 12;
  return iso(year, month, d.day ?? daysIn(year, month));
}

/** The year a mention is in: its own, or for a date without one the report's, or the year before when the report's would put it after the report. */
function yearOf(d: DateMention, reportDate: string): number {
  const year = fullYear(d, reportDate) ?? digitsAt(reportDate, 0, 4);
  return d.year === undefined && iso(year, d.month ?? 1, d.day ?? 1) > reportDate ? year - 1 : year;
}

/** YYYY-MM-DD, with two-digit month and day written by hand: padStart made two strings per part, for every as-of date. */
function iso(y: number, m: number, d: number): string {
  return (y >= 1000 ? String(y) : String(y).padStart(4, '0')) + (m < 10 ? '-0' : '-') + m + (d < 10 ? '-0' : '-') + d;
}

/** Whole days from `a` to `b` (YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** `date` moved by `days` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  // The same question block after block: the last answer is at hand without building a key.
  if (date === last.date && days === last.days) return last.moved;
  const key = `${date}\u0000${days}`;
  let moved = movedDates.get(key);
  if (moved === undefined) {
    moved = new Date(Date.parse(date + 'T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);
    if (movedDates.size >= 1000) movedDates.clear();
    movedDates.set(key, moved);
  }
  last.date = date;
  last.days = days;
  last.moved = moved;
  return moved;
}

/** Recent `addDays` results: rules ask for the same limit (report date minus N days) block after block. */
const movedDates = new Map<string, string>();
const last = { date: '', days: NaN, moved: '' };

/** Days since 1970-01-01 of a YYYY-MM-DD date, by integer arithmetic (proleptic Gregorian calendar). */
function dayNumber(date: string): number {
  const y0 = digitsAt(date, 0, 4);
  const m = digitsAt(date, 5, 7);
  const d = digitsAt(date, 8, 10);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** `Number(text.slice(from, to))`, without the slice when those are ASCII digits (dates are read per finding). */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (!(digit >= 0 && digit <= 9)) return Number(text.slice(from, to));
    value = value * 10 + digit;
  }
  return value;
}
