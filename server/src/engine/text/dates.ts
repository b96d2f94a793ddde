/**
 * Dates as reports write them: 2026年10月31日, 2026年10月, 2025年底, 10月31日, 2026-10-31, 2026/10/31,
 * 2026.10.31, Oct 31, 2026, 31 October 2026, October 2026 — full-width digits too.
 */

import { valid } from './calendar';
import { digitValue, readChineseDates } from './cjk-dates';

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
/** Where `readDates` adds the dates it reads: a list, or a collector that keeps its slots between blocks. */
export interface DateSink<T> {
  push(item: T): unknown;
}

export function readDates<T>(line: string, chineseOnly: boolean, make: DateMaker<T>, out: DateSink<T>): void {
  if (chineseOnly) readChineseDates(line, make, out);
  else readAnyDates(line, make, out);
}

function readAnyDates<T>(line: string, make: DateMaker<T>, out: DateSink<T>): void {
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

