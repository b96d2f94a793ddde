/**
 * What a character can be to the walk over a line's figures, clauses and periods (quantities.ts) and to
 * the period reader (period-reader.ts): one table lookup per character.
 */

import { isSpaceCode } from './numbers';

export const CLAUSE_MARK = 1; // ，,、：: and the sentence marks
export const SENTENCE_MARK = 2; // 。！？；;!? (`.` too, where it ends a clause: before a space or at the line's end)
export const DOT = 4;
export const PERIOD_START = 8;
export const DIGIT = 16;
/** What can follow digits in a period (besides spaces): 年, 季度, 月, a numeral, a range mark. */
export const AFTER_DIGITS = 32;
/** The Han characters that start a period, and the characters that can come second in one that does (上半年, 近三年来, 第1季度, 年初). */
export const HAN_START = 64;
export const SECOND = 128;
export const CHAR_KIND = new Uint8Array(0x10000);
for (const c of '，,、：:') CHAR_KIND[c.charCodeAt(0)] |= CLAUSE_MARK;
for (const c of '。！？；;!?') CHAR_KIND[c.charCodeAt(0)] |= CLAUSE_MARK | SENTENCE_MARK;
CHAR_KIND[0x2e] |= DOT;
for (const c of '0123456789０１２３４５６７８９') CHAR_KIND[c.charCodeAt(0)] |= DIGIT;
for (const c of '0123456789０１２３４５６７８９上下全前第一二三两四五六七八九十本当去今明年同近过累QqHhTtLlNnYy') CHAR_KIND[c.charCodeAt(0)] |= PERIOD_START;
for (const c of '年季月一二三两四五六七八九十-—至到~～') CHAR_KIND[c.charCodeAt(0)] |= AFTER_DIGITS;
for (const c of '上下全前第一二三两四五六七八九十本当去今明年同近过累') CHAR_KIND[c.charCodeAt(0)] |= HAN_START;
for (const c of '半年月周三初期计去季一二三两四五六七八九十0123456789０１２３４５６７８９') CHAR_KIND[c.charCodeAt(0)] |= SECOND;

/** Whether the character at `i` (of kind `kind`) ends a clause: a clause mark, or `.` before a space or at the line's end. */
export function endsClause(text: string, i: number, kind: number): boolean {
  return (kind & CLAUSE_MARK) !== 0 || ((kind & DOT) !== 0 && (i + 1 === text.length || isSpaceCode(text.charCodeAt(i + 1))));
}
