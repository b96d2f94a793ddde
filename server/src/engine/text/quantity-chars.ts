/**
 * What a character is to the quantity reader (`QuantityReader`), each in one lookup by its code unit:
 * its kinds, the unit forms that start with it, the magnitude written at it.
 */

import { isDigit } from './digits';
import { NOT_UNIT, UNITS } from './units';
import { startsWithAnyCase, Words } from './words';

/** A way of writing a unit: its form (lower case), canonical unit, and the words after it that make it another word. */
export interface UnitForm {
  form: string;
  unit: string;
  /** An English unit: any case, and not glued to a letter after it. */
  english: boolean;
  notBefore: Words | undefined;
}

/** What a character is to the reader, in one lookup: bits of these kinds. */
const CHAR_KIND = new Uint16Array(0x10000);
export const DIGIT = 1; // [0-9０-９]
export const POINT = 2; // [.．]
export const SEPARATOR = 4; // [,，]
const LETTER = 8; // [A-Za-z]
export const SPACE = 16; // \s
export const RANGE = 32; // 至 到 ~ ～ - － — –
export const MORE = 64; // 多 余
export const MAGNITUDE = 128; // 万 千 百 十 亿, the first characters of magnitudes
export const UNIT_START = 256; // the first characters of units, English ones in both cases
/** What a number may not be glued to before it. */
export const GLUED = DIGIT | POINT | LETTER;
/** What can follow a number in a quantity. */
export const AFTER_NUMBER = SPACE | RANGE | MORE | MAGNITUDE | UNIT_START;

/** The kind of the character at `i`; 0 past the text's ends (NaN | 0 is 0, the kind of NUL), where a typed array read with NaN would leave the fast path. */
export function kindAt(text: string, i: number): number {
  return CHAR_KIND[text.charCodeAt(i) | 0];
}

function mark(chars: string, kind: number): void {
  for (const c of chars) CHAR_KIND[c.charCodeAt(0)] |= kind;
}
mark('0123456789０１２３４５６７８９', DIGIT);
mark('.．', POINT);
mark(',，', SEPARATOR);
mark('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', LETTER);
mark('\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff', SPACE);
mark('至到~～-－—–', RANGE);
mark('多余', MORE);
mark('万千百十亿', MAGNITUDE);

/**
 * Unit forms by their first character (lower case, looked up from either case), longest first: the
 * first that fits is taken, as an alternation would. `UNIT_SLOT` holds 1 + the index of a character's
 * list in `UNIT_LISTS`, 0 for a character no unit starts with.
 */
const UNIT_SLOT = new Uint8Array(0x10000);
const UNIT_LISTS: UnitForm[][] = [];
for (const form of Object.keys(UNITS).sort((a, b) => b.length - a.length)) {
  const entry: UnitForm = { form, unit: UNITS[form], english: isAsciiLetter(form.charCodeAt(0)), notBefore: NOT_UNIT[form] && new Words(NOT_UNIT[form]) };
  const first = form.charCodeAt(0);
  if (!UNIT_SLOT[first]) UNIT_SLOT[first] = UNIT_LISTS.push([]);
  UNIT_LISTS[UNIT_SLOT[first] - 1].push(entry);
  if (entry.english) UNIT_SLOT[first - 0x20] = UNIT_SLOT[first];
  mark(entry.english ? form[0] + form[0].toUpperCase() : form[0], UNIT_START);
}

/** The unit form at `at` (English ones in any case), the longest that fits; undefined for none. */
export function unitAt(text: string, at: number): UnitForm | undefined {
  const slot = UNIT_SLOT[text.charCodeAt(at)];
  if (slot === 0) return undefined;
  const forms = UNIT_LISTS[slot - 1];
  for (let k = 0; k < forms.length; k++) {
    const f = forms[k]; // its first character is the one at `at`
    if (f.form.length === 1 || (f.english ? startsWithAnyCase(text, at, f.form) : text.startsWith(f.form, at))) return f;
  }
  return undefined;
}

/** The index in `MAGNITUDE_VALUES` of the magnitude written at `at` (万亿, 千万, 百万, 十万, 万, 亿, 千, 百), else 0. */
export function magnitudeAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  if (c === WAN) return d === YI ? 8 : 3;
  if (c === QIAN) return d === WAN ? 6 : 2;
  if (c === BAI) return d === WAN ? 5 : 1;
  if (c === SHI) return d === WAN ? 4 : 0;
  return c === YI ? 7 : 0;
}

const WAN = 0x4e07; // 万
const YI = 0x4ebf; // 亿
const QIAN = 0x5343; // 千
const BAI = 0x767e; // 百
const SHI = 0x5341; // 十

export function digitsEnd(text: string, from: number): number {
  let i = from;
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

export function skipSpaces(text: string, from: number): number {
  let i = from;
  while ((kindAt(text, i) & SPACE) !== 0) i++;
  return i;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
