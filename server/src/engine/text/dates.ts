/**
 * Dates as reports write them: 2026年10月31日, 2026年10月, 2025年底, 10月31日, 2026-10-31, 2026/10/31,
 * 2026.10.31, Oct 31, 2026, 31 October 2026, October 2026 — full-width digits too.
 */

import { isDigit } from './digits';

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
  if (scratch.length) scratch.length = 0;
  readDates(line, false, mention, scratch);
  // Most lines have no date: they share one empty list.
  return scratch.length ? scratch.slice() : NO_MENTIONS;
}

const scratch: DateMention[] = [];
const NO_MENTIONS: readonly DateMention[] = Object.freeze([]);

/** Makes the object for a date read by `readDates`, from its fields in the order of `DateMention`. */
export type DateMaker<T> = (
  start: number, end: number, year: number | undefined, month: number | undefined, day: number | undefined, endOf: boolean,
  style: DateMention['style'], yearSpan: [number, number] | undefined, monthSpan: [number, number] | undefined, daySpan: [number, number] | undefined,
) => T;

/**
 * What `scanDates` finds, each date made by `make` and added to `out`: its caller makes the objects it keeps
 * (the block's date facts), with no mention to copy. A line that can hold Chinese dates only — no four
 * digits before `[-/.．]`, no Latin letter beside a digit (`chineseOnly`; `proseKinds` says so of a block)
 * — is read by hand from its 年 and 月, not by PATTERN: no regular expression is run over it, and no match
 * array is made per date (the tests hold this to PATTERN).
 */
export function readDates<T>(line: string, chineseOnly: boolean, make: DateMaker<T>, out: T[]): void {
  if (chineseOnly) readChineseDates(line, make, out);
  else readAnyDates(line, make, out);
}

function readAnyDates<T>(line: string, make: DateMaker<T>, out: T[]): void {
  if (!HAS_DIGIT.test(line)) return;
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(line); m; m = PATTERN.exec(line)) {
    const date = toDate(m, make);
    if (date !== undefined) out.push(date);
  }
}

const HAS_DIGIT = /[0-9０-９]/;
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
  return digitValue(text, 0, text.length);
}

/** The value of the ASCII or full-width digits of `text` in [from, to). */
function digitValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
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

/** The date a match of PATTERN stands for, made by `make`; undefined for an impossible date or a year alone (26年). */
function toDate<T>(m: RegExpExecArray, make: DateMaker<T>): T | undefined {
  const line = m.input;
  const start = m.index;
  const end = start + m[0].length;
  if (m[1] !== undefined) {
    const cy = m[1];
    const twoDigit = cy.length === 2;
    if (twoDigit && m[2] === undefined) return undefined; // 26年 alone is a duration, not a date
    const year = num(cy);
    const month = num(m[2]);
    const day = num(m[3]);
    if (!valid(year, month, day)) return undefined;
    const yearSpan: [number, number] = [start, start + cy.length];
    const monthSpan = m[2] === undefined ? undefined : spanAfter(line, line.indexOf('年', yearSpan[1]) + 1, m[2]);
    const daySpan = monthSpan && m[3] !== undefined ? spanAfter(line, line.indexOf('月', monthSpan[1]) + 1, m[3]) : undefined;
    return make(start, end, year, month, day, Boolean(m[4]) && m[3] === undefined, 'cn', yearSpan, monthSpan, daySpan);
  }
  if (m[5] !== undefined) {
    const month = num(m[5]);
    const day = num(m[6]);
    if (!valid(undefined, month, day)) return undefined;
    const monthSpan: [number, number] = [start, start + m[5].length];
    const daySpan = spanAfter(line, line.indexOf('月', monthSpan[1]) + 1, m[6]);
    return make(start, end, undefined, month, day, Boolean(m[7]), 'cn', undefined, monthSpan, daySpan);
  }
  if (m[8] !== undefined) {
    const year = num(m[8]);
    const month = num(m[10]);
    const day = num(m[11]);
    if (!valid(year, month, day)) return undefined;
    const monthAt = start + 5;
    const dayAt = monthAt + m[10].length + 1;
    return make(start, end, year, month, day, false, 'numeric', [start, start + 4], [monthAt, monthAt + m[10].length], [dayAt, dayAt + m[11].length]);
  }
  const year = num(m[12] !== undefined ? m[14] : m[15] !== undefined ? m[17] : m[19]);
  const month = monthOf(m[12] ?? m[16] ?? m[18]);
  const day = num(m[12] !== undefined ? m[13] : m[15]);
  return valid(year, month, day) ? make(start, end, year, month, day, false, 'en', undefined, undefined, undefined) : undefined;
}

/** The number (1–12) of an English month name. */
function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function valid(year: number | undefined, month: number | undefined, day: number | undefined): boolean {
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= daysIn(year ?? 2000, month!);
}

const NIAN = 0x5e74; // 年
const YUE = 0x6708; // 月
const RI = 0x65e5; // 日
const HAO = 0x53f7; // 号
const DI = 0x5e95; // 底
const MO = 0x672b; // 末

/**
 * The Chinese dates of a line (PATTERN's first two alternatives; the line holds none of the others). Each
 * starts at the digits right before (spaces and tabs between) its first 年 or 月, so only those are read:
 * from each 年 and 月 in turn, the digits before it, and what follows as the pattern reads it.
 */
function readChineseDates<T>(line: string, make: DateMaker<T>, out: T[]): void {
  let nian = line.indexOf('年');
  let yue = line.indexOf('月');
  // No date starts before `from`: inside the last one read, or (after a 年 or 月 that starts none) before the
  // digits of the next, which follow that character.
  let from = 0;
  while (nian >= 0 || yue >= 0) {
    const at = yue < 0 || (nian >= 0 && nian < yue) ? nian : yue;
    const end = at === nian ? yearDateAt(line, at, from, make, out) : monthDateAt(line, at, from, make, out);
    from = end >= 0 ? end : at + 1;
    if (nian >= 0 && nian < from) nian = line.indexOf('年', from);
    if (yue >= 0 && yue < from) yue = line.indexOf('月', from);
  }
}

/**
 * PATTERN's first alternative at the digits before the 年 at `at`: a year of four or two digits, then maybe
 * a month (1–2 digits and 月) and a day (1–2 digits and 日 or 号), then maybe 底 or 末. Returns the end of
 * what it reads (the date, if possible, is added to `out`), or -1 when it reads none there.
 */
function yearDateAt<T>(line: string, at: number, from: number, make: DateMaker<T>, out: T[]): number {
  const yearEnd = spacesBefore(line, at);
  const yearStart = digitsBefore(line, yearEnd);
  const length = yearEnd - yearStart;
  if (yearStart < from || (length !== 4 && length !== 2)) return -1;
  let end = at + 1;
  let monthStart = spacesAfter(line, end);
  let monthEnd = digitsAfter(line, monthStart);
  let dayStart = -1;
  let dayEnd = -1;
  if (oneOrTwo(monthEnd - monthStart) && line.charCodeAt(spacesAfter(line, monthEnd)) === YUE) {
    end = spacesAfter(line, monthEnd) + 1;
    dayStart = spacesAfter(line, end);
    dayEnd = digitsAfter(line, dayStart);
    const mark = line.charCodeAt(spacesAfter(line, dayEnd));
    if (oneOrTwo(dayEnd - dayStart) && (mark === RI || mark === HAO)) end = spacesAfter(line, dayEnd) + 1;
    else dayStart = -1;
  } else monthStart = -1;
  const last = line.charCodeAt(end);
  const endOf = last === DI || last === MO;
  if (endOf) end++;
  if (length === 2 && monthStart < 0) return end; // 26年 alone is a duration, not a date (but read: no date starts in it)
  const year = digitValue(line, yearStart, yearEnd);
  const month = monthStart < 0 ? undefined : digitValue(line, monthStart, monthEnd);
  const day = dayStart < 0 ? undefined : digitValue(line, dayStart, dayEnd);
  if (valid(year, month, day)) {
    out.push(make(yearStart, end, year, month, day, endOf && dayStart < 0, 'cn', [yearStart, yearEnd],
      monthStart < 0 ? undefined : [monthStart, monthEnd], dayStart < 0 ? undefined : [dayStart, dayEnd]));
  }
  return end;
}

/**
 * PATTERN's second alternative at the digits before the 月 at `at`: a month of one or two digits (not right
 * after 年), then a day (1–2 digits and 日 or 号) or 底 or 末. Returns the end of what it reads, or -1.
 */
function monthDateAt<T>(line: string, at: number, from: number, make: DateMaker<T>, out: T[]): number {
  const monthEnd = spacesBefore(line, at);
  const monthStart = digitsBefore(line, monthEnd);
  if (monthStart < from || !oneOrTwo(monthEnd - monthStart) || line.charCodeAt(monthStart - 1) === NIAN) return -1;
  let dayStart = spacesAfter(line, at + 1);
  const dayEnd = digitsAfter(line, dayStart);
  const mark = line.charCodeAt(spacesAfter(line, dayEnd));
  let end: number;
  if (oneOrTwo(dayEnd - dayStart) && (mark === RI || mark === HAO)) end = spacesAfter(line, dayEnd) + 1;
  else {
    const c = line.charCodeAt(dayStart);
    if (c !== DI && c !== MO) return -1;
    end = dayStart + 1;
    dayStart = -1;
  }
  const month = digitValue(line, monthStart, monthEnd);
  const day = dayStart < 0 ? undefined : digitValue(line, dayStart, dayEnd);
  if (valid(undefined, month, day)) {
    out.push(make(monthStart, end, undefined, month, day, dayStart < 0, 'cn', undefined, [monthStart, monthEnd], dayStart < 0 ? undefined : [dayStart, dayEnd]));
  }
  return end;
}

function oneOrTwo(n: number): boolean {
  return n === 1 || n === 2;
}

function isDigitAt(line: string, i: number): boolean {
  return isDigit(line.charCodeAt(i));
}

function isSpaceOrTabAt(line: string, i: number): boolean {
  const c = line.charCodeAt(i);
  return c === 0x20 || c === 0x09;
}

/** Where the spaces and tabs that end at `i` start. */
function spacesBefore(line: string, i: number): number {
  while (i > 0 && isSpaceOrTabAt(line, i - 1)) i--;
  return i;
}

/** Where the digits that end at `i` start. */
function digitsBefore(line: string, i: number): number {
  while (i > 0 && isDigitAt(line, i - 1)) i--;
  return i;
}

/** Where the spaces and tabs from `i` on end. */
function spacesAfter(line: string, i: number): number {
  while (isSpaceOrTabAt(line, i)) i++;
  return i;
}

/** Where the digits from `i` on end. */
function digitsAfter(line: string, i: number): number {
  while (isDigitAt(line, i)) i++;
  return i;
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
