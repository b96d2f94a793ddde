/**
 * Chinese dates read by hand (2026年10月31日, 2026年10月, 2025年底, 10月31日, 10月底), from each 年 and 月 and
 * the digits before it: for lines that can hold no other kind of date (`readDates` with `chineseOnly`).
 */

import { valid } from './calendar';
import type { DateMaker, DateSink } from './dates';
import { isDigit } from './digits';

/** The value of the ASCII or full-width digits of `text` in [from, to). */
export function digitValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    value = value * 10 + (c >= 0xff10 ? c - 0xff10 : c - 0x30);
  }
  return value;
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
export function readChineseDates<T>(line: string, make: DateMaker<T>, out: DateSink<T>): void {
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
function yearDateAt<T>(line: string, at: number, from: number, make: DateMaker<T>, out: DateSink<T>): number {
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
    out.push(make(yearStart, end, year, month, day, endOf && dayStart < 0, 'cn', sharedSpan(yearStart, yearEnd),
      monthStart < 0 ? undefined : sharedSpan(monthStart, monthEnd), dayStart < 0 ? undefined : sharedSpan(dayStart, dayEnd)));
  }
  return end;
}

/**
 * PATTERN's second alternative at the digits before the 月 at `at`: a month of one or two digits (not right
 * after 年), then a day (1–2 digits and 日 or 号) or 底 or 末. Returns the end of what it reads, or -1.
 */
function monthDateAt<T>(line: string, at: number, from: number, make: DateMaker<T>, out: DateSink<T>): number {
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
    out.push(make(monthStart, end, undefined, month, day, dayStart < 0, 'cn', undefined, sharedSpan(monthStart, monthEnd), dayStart < 0 ? undefined : sharedSpan(dayStart, dayEnd)));
  }
  return end;
}

/** Shared spans of one to four characters starting before this column, by start and length. */
const SHARED_SPAN_STARTS = 1024;
const sharedSpans: Array<[number, number] | undefined> = new Array(SHARED_SPAN_STARTS * 4);

/**
 * The span `[start, end)` of a year, month or day, frozen and shared by every date with the same one: the
 * spans are read only for fixes, and three arrays of their own per date were most of what reading a date
 * made (a pair is two objects, 64 bytes).
 */
export function sharedSpan(start: number, end: number): [number, number] {
  const length = end - start;
  if (start >= SHARED_SPAN_STARTS || length < 1 || length > 4) return [start, end];
  const key = start * 4 + length - 1;
  return (sharedSpans[key] ??= Object.freeze([start, end]) as [number, number]);
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
