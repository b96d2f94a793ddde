/**
 * The periods a sentence names (2025年, 上半年, 一季度, Q1, 近三年来, 1-3月, this year…), as this pattern
 * finds them (flag `g`) in the text with full-width digits made ASCII:
 *
 *   (?:19|20)\d{2}年度?|[上下]半年|全年|前三季度|第?[一二三四1-4]季度|\b[Qq][1-4]\b|\b[Hh][12]\b|[本上当去今明前]年|[本上当]月|
 *   [本上]周|年初|同期|(?:近|过去)?[一二三两四五六七八九十\d]{1,6}年(?:来|以来|间)|\d{1,2}\s*[-—至到~～]\s*\d{1,2}月|\d{1,2}月份?|
 *   累计|\b(?:this|last|next) (?:week|month|quarter|year)\b|\byear to date\b|\bytd\b|\b(?:19|20)\d{2}\b
 *
 * (the English words in any case). They are read by hand, character by character (`periodAt`), where a
 * period can start: a regex call costs more than the few characters between periods, and the walk
 * over the line (`LinePeriods`) reads the clause marks of the same characters anyway. A test holds both
 * to the pattern.
 */

import { digitOf } from './digits';
import { isSpaceCode, skipWhiteSpace } from './numbers';
import { AFTER_DIGITS, CHAR_KIND, DIGIT, HAN_START, SECOND } from './walk-chars';
import { startsWithAnyCase } from './words';

/**
 * At a character that can start a period: the length of the period starting there, or minus the number
 * of characters to pass: 1; a whole run of digits when what follows it cannot continue a period (年,
 * 季度, 月, a numeral, a range) and it cannot be a year of its own (2025); else all but its last six
 * digits, as no period holds more than six digits in a row (nor, then, starts before them).
 */
export function periodOrPass(t: string, i: number): number {
  const kind = CHAR_KIND[t.charCodeAt(i)];
  if ((kind & HAN_START) !== 0 && (CHAR_KIND[t.charCodeAt(i + 1) | 0] & SECOND) === 0) return -1; // 一是, 上墙, 年底: most Han that can start a period do not
  if ((kind & DIGIT) !== 0) {
    const run = digitsFrom(t, i);
    const after = t.charCodeAt(i + run) | 0; // past the end: NaN | 0 is 0, a character of no kind (a typed array read with NaN leaves the fast path)
    if ((CHAR_KIND[after] & AFTER_DIGITS) === 0 && !isSpaceCode(after) && (run !== 4 || isWord(after))) return -run;
    if (run > 6) return 6 - run;
  }
  return periodAt(t, i) || -1;
}

/**
 * The length of the period starting at `i` (0 for none): of the pattern's alternatives, the first that
 * fits, as it fits (each is greedy and its parts can each be read one way only).
 */
function periodAt(t: string, i: number): number {
  const c = t.charCodeAt(i);
  const next = t.charCodeAt(i + 1);
  if (digitOf(c) >= 0) return periodAtDigit(t, i);
  switch (c) {
    case 0x4e0a: // 上
      return next === 0x534a && t.charCodeAt(i + 2) === YEAR ? 3 : next === YEAR || next === MONTH || next === 0x5468 ? 2 : 0; // 上半年 上年 上月 上周
    case 0x4e0b: // 下
      return next === 0x534a && t.charCodeAt(i + 2) === YEAR ? 3 : 0; // 下半年
    case 0x5168: // 全
      return next === YEAR ? 2 : 0;
    case 0x524d: // 前
      return next === 0x4e09 && isQuarter(t, i + 2) ? 4 : next === YEAR ? 2 : 0; // 前三季度 前年
    case 0x7b2c: // 第
      return isQuarterNumber(next) && isQuarter(t, i + 2) ? 4 : 0;
    case 0x672c: // 本
      return next === YEAR || next === MONTH || next === 0x5468 ? 2 : 0; // 本年 本月 本周
    case 0x5f53: // 当
      return next === YEAR || next === MONTH ? 2 : 0;
    case 0x53bb: // 去
    case 0x4eca: // 今
    case 0x660e: // 明
      return next === YEAR ? 2 : 0;
    case YEAR:
      return next === 0x521d ? 2 : 0; // 年初
    case 0x540c: // 同
      return next === 0x671f ? 2 : 0; // 同期
    case 0x7d2f: // 累
      return next === 0x8ba1 ? 2 : 0; // 累计
    case 0x8fd1: // 近
      return yearsSince(t, i + 1, 1);
    case 0x8fc7: // 过
      return next === 0x53bb ? yearsSince(t, i + 2, 2) : 0; // 过去
    case 0x4e00: case 0x4e8c: case 0x4e09: case 0x56db: // 一二三四
      return isQuarter(t, i + 1) ? 3 : yearsSince(t, i, 0);
    case 0x4e24: case 0x4e94: case 0x516d: case 0x4e03: case 0x516b: case 0x4e5d: case 0x5341: // 两五六七八九十
      return yearsSince(t, i, 0);
  }
  if (isWord(t.charCodeAt(i - 1))) return 0; // the English periods start at a word boundary
  switch (c | 0x20) {
    case 0x71: // q
      return digitOf(next) >= 1 && digitOf(next) <= 4 && !isWord(t.charCodeAt(i + 2)) ? 2 : 0;
    case 0x68: // h
      return (digitOf(next) === 1 || digitOf(next) === 2) && !isWord(t.charCodeAt(i + 2)) ? 2 : 0;
    case 0x74: // t
    case 0x6c: // l
    case 0x6e: // n
      return startsWithAnyCase(t, i, c === 0x74 || c === 0x54 ? 'this' : c === 0x6c || c === 0x4c ? 'last' : 'next') && t.charCodeAt(i + 4) === 0x20 ? unitOfTime(t, i + 5) : 0;
    case 0x79: // y
      return startsWithAnyCase(t, i, 'year to date') && !isWord(t.charCodeAt(i + 12)) ? 12 : startsWithAnyCase(t, i, 'ytd') && !isWord(t.charCodeAt(i + 3)) ? 3 : 0;
  }
  return 0;
}

/** The periods that start with a digit: 2025年(度), 1季度, 3年来, 1-3月, 12月(份), 2025 (in that order). */
function periodAtDigit(t: string, i: number): number {
  const run = digitsFrom(t, i);
  const century = run >= 4 ? digitOf(t.charCodeAt(i)) * 10 + digitOf(t.charCodeAt(i + 1)) : 0;
  const year = century === 19 || century === 20; // four digits from 19 or 20 at least
  if (year && t.charCodeAt(i + 4) === YEAR) return t.charCodeAt(i + 5) === 0x5ea6 ? 6 : 5; // 年度
  if (isQuarterNumber(t.charCodeAt(i)) && isQuarter(t, i + 1)) return 3;
  const since = yearsSince(t, i, 0);
  if (since) return since;
  if (run <= 2) {
    let j = skipWhiteSpace(t, i + run);
    if (isMonthRangeMark(t.charCodeAt(j))) {
      j = skipWhiteSpace(t, j + 1);
      const second = digitsFrom(t, j);
      if (second >= 1 && second <= 2 && t.charCodeAt(j + second) === MONTH) return j + second + 1 - i;
    }
    if (t.charCodeAt(i + run) === MONTH) return t.charCodeAt(i + run + 1) === 0x4efd ? run + 2 : run + 1; // 月份
  }
  if (year && !isWord(t.charCodeAt(i - 1)) && !isWord(t.charCodeAt(i + 4))) return 4;
  return 0;
}

/** `[一二三两四五六七八九十\d]{1,6}年(?:来|以来|间)` at `from`, after a prefix of `prefix` characters (近, 过去): the length with the prefix, or 0. */
function yearsSince(t: string, from: number, prefix: number): number {
  let j = from;
  while (j - from < 7 && isNumeral(t.charCodeAt(j))) j++;
  if (j === from || j - from > 6 || t.charCodeAt(j) !== YEAR) return 0;
  const c = t.charCodeAt(j + 1);
  const end = c === 0x6765 || c === 0x95f4 ? j + 2 : c === 0x4ee5 && t.charCodeAt(j + 2) === 0x6765 ? j + 3 : -1; // 来 间 以来
  return end < 0 ? 0 : end - from + prefix;
}

/** `week|month|quarter|year` at `at`, then a word boundary: the length of the whole period (this/last/next and a space before it), or 0. */
function unitOfTime(t: string, at: number): number {
  for (const word of ['week', 'month', 'quarter', 'year']) if (startsWithAnyCase(t, at, word) && !isWord(t.charCodeAt(at + word.length))) return 5 + word.length;
  return 0;
}

const YEAR = 0x5e74; // 年
const MONTH = 0x6708; // 月

/** 季度 at `at`. */
function isQuarter(t: string, at: number): boolean {
  return t.charCodeAt(at) === 0x5b63 && t.charCodeAt(at + 1) === 0x5ea6;
}

/** [一二三四1-4] (digits of either width). */
function isQuarterNumber(c: number): boolean {
  const d = digitOf(c);
  return (d >= 1 && d <= 4) || c === 0x4e00 || c === 0x4e8c || c === 0x4e09 || c === 0x56db;
}

/** [一二三两四五六七八九十] or a digit of either width. */
function isNumeral(c: number): boolean {
  return digitOf(c) >= 0 || c === 0x4e00 || c === 0x4e8c || c === 0x4e09 || c === 0x4e24 || c === 0x56db || c === 0x4e94 || c === 0x516d || c === 0x4e03 || c === 0x516b || c === 0x4e5d || c === 0x5341;
}

/** [-—至到~～] */
function isMonthRangeMark(c: number): boolean {
  return c === 0x2d || c === 0x2014 || c === 0x81f3 || c === 0x5230 || c === 0x7e || c === 0xff5e;
}

function digitsFrom(t: string, at: number): number {
  let j = at;
  while (digitOf(t.charCodeAt(j)) >= 0) j++;
  return j - at;
}

/** \w of the text with full-width digits made ASCII: [A-Za-z0-9_] and ０-９. */
function isWord(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || digitOf(c) >= 0;
}

