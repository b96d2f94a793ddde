import { type Block, memo, memoKey } from '../markdown/blocks';
import { isProse, maskedText } from '../markdown/inline';

const KINDS = memoKey('prose-kinds');

// Bits of `proseKinds`: what some line of a block's prose holds. A scan whose bit is not set has nothing
// to find in the block and skips it; one whose bit is set reads the lines as it always did. The first
// sixteen are kinds of character (those of the table below); the others are patterns read in the same pass.
/** `[XxＸｘ]`, of placeholders (XX, ×××, 20xx). */
export const HOLDS_X = 1;
/** `×`. */
export const HOLDS_TIMES = 2;
/** `[＊某{]` (＊＊, 某某, {{…}}). */
export const HOLDS_STAR_MOU_BRACE = 4;
/** `[【[]`, opening a bracketed placeholder. */
export const HOLDS_BRACKET = 8;
/** `[TF待]` (TODO, TBD, FIXME, 待补). */
export const HOLDS_TODO_START = 16;
/** A character every built-in placeholder holds: `[XxＸｘ×【[＊某{TF待]` (any of the five bits above). */
export const HOLDS_PLACEHOLDER_CHAR = HOLDS_X | HOLDS_TIMES | HOLDS_STAR_MOU_BRACE | HOLDS_BRACKET | HOLDS_TODO_START;
/** `[A-Za-z]`. */
export const HOLDS_LATIN = 32;
/** `[0-9０-９]`. */
export const HOLDS_DIGIT = 64;
/** 年 or 月. */
const HOLDS_YEAR_MONTH = 128;
/** `[-/.．]`, between the parts of 2026-10-31. */
const HOLDS_DATE_SEPARATOR = 256;
/** `[\u200B-\u200D\u2060\uFEFF\uFFFD]`: zero-width characters and the replacement character. */
export const HOLDS_INVISIBLE = 512;
/** `[\uD800-\uDFFF]`: half of a character beyond the BMP (or a lone half). */
export const HOLDS_SURROGATE = 1024;
/** `&`. */
export const HOLDS_AMPERSAND = 2048;
/** `#`. */
export const HOLDS_HASH = 4096;
/** 截 (of 截止). */
export const HOLDS_JIE = 8192;
/** `[国环农中银保劳信]`, the first characters of the built-in outdated terms (`BUILTIN_TERMS`; a test holds them to it). */
export const HOLDS_TERM_START = 16384;
/** `!` (of `![image]`). */
export const HOLDS_BANG = 32768;
/** Where a Chinese date of `dates.ts` may be: a digit before 年 or 月 (spaces or tabs between). */
export const MAY_HOLD_CHINESE_DATE = 65536;
/** Where another date of `dates.ts` may be: four digits before `[-/.．]`, or an ASCII letter (English month names) and a digit on one line. */
export const MAY_HOLD_OTHER_DATE = 131072;
/** Where any date may be. */
export const MAY_HOLD_DATE = MAY_HOLD_CHINESE_DATE | MAY_HOLD_OTHER_DATE;
/**
 * Two characters, the first from U+2E80 on, that recur right after 0, 1 or 2 others (`ABAB`, `ABCABC`,
 * `ABCDABCD` start so): what every Chinese word written twice (2–4 Han characters) holds.
 */
export const MAY_HOLD_REPEAT = 262144;

/** The kind bits of each UTF-16 code unit (0 for most: Han characters, punctuation, spaces). */
const KIND_OF = new Uint16Array(0x10000);
for (const c of 'XxＸｘ') KIND_OF[c.charCodeAt(0)] = HOLDS_X;
KIND_OF[0xd7] = HOLDS_TIMES;
for (const c of '＊某{') KIND_OF[c.charCodeAt(0)] = HOLDS_STAR_MOU_BRACE;
for (const c of '【[') KIND_OF[c.charCodeAt(0)] = HOLDS_BRACKET;
for (const c of 'TF待') KIND_OF[c.charCodeAt(0)] = HOLDS_TODO_START;
for (let c = 0x41; c <= 0x5a; c++) {
  KIND_OF[c] |= HOLDS_LATIN;
  KIND_OF[c + 0x20] |= HOLDS_LATIN;
}
for (let c = 0; c < 10; c++) KIND_OF[0x30 + c] = KIND_OF[0xff10 + c] = HOLDS_DIGIT;
KIND_OF[0x5e74] = KIND_OF[0x6708] = HOLDS_YEAR_MONTH;
for (const c of '-/.．') KIND_OF[c.charCodeAt(0)] = HOLDS_DATE_SEPARATOR;
for (const c of '\u200B\u200C\u200D\u2060\uFEFF\uFFFD') KIND_OF[c.charCodeAt(0)] = HOLDS_INVISIBLE;
for (let c = 0xd800; c <= 0xdfff; c++) KIND_OF[c] = HOLDS_SURROGATE;
KIND_OF[0x26] = HOLDS_AMPERSAND;
KIND_OF[0x23] = HOLDS_HASH;
KIND_OF[0x622a] = HOLDS_JIE;
for (const c of '国环农中银保劳信') KIND_OF[c.charCodeAt(0)] = HOLDS_TERM_START;
KIND_OF[0x21] = HOLDS_BANG;

/**
 * The kinds (bits above) that some line of a prose block's text (`inlineFacts(...).text`) holds; 0 for
 * other blocks. Memoised on the block as a number. One character loop over the block replaces a regular
 * expression test per line and scan (placeholders, debris, repeats, dates each read every line for their
 * own characters), and most blocks then skip those scans.
 */
export function proseKinds(block: Block, lines: readonly string[]): number {
  return memo(block, KINDS, lines, computeProseKinds);
}

function computeProseKinds(block: Block, lines: readonly string[]): number {
  if (!isProse(block)) return 0;
  const masked = maskedText(block, lines); // most blocks: undefined, their text is the document's lines
  let kinds = 0;
  for (let line = 0; line < block.end - block.start; line++) kinds |= lineKinds(masked ? masked[line] : lines[block.start + line]);
  return kinds;
}

/** The kinds of one line. Exported for its test. */
export function lineKinds(text: string): number {
  const n = text.length;
  const u = codeUnits(text);
  let kinds = 0;
  // The five code units before `c`, kept in locals so each is read once (0 before the line's start).
  let p1 = 0;
  let p2 = 0;
  let p3 = 0;
  let p4 = 0;
  let p5 = 0;
  let repeat = false;
  for (let i = 0; i < n; i++) {
    const c = u[i];
    const kind = KIND_OF[c];
    kinds |= kind;
    if ((kind & (HOLDS_YEAR_MONTH | HOLDS_DATE_SEPARATOR)) !== 0) kinds |= dateEndingAt(text, i, kind, p1, p2, p3, p4);
    // A repeat ABAB at i-3 (c is its last B), ABCABC at i-4 (c is the second B), ABCDABCD at i-5. Each comparison
    // is one that ordinary text reaches (一A一, A is Han), and a repeat only sets a flag: an operation first
    // reached after the function was optimised (the last comparison of a whole ABAB) deoptimised it in each worker.
    if ((c === p2 && p3 >= 0x2e80 && p1 === p3) || (c === p3 && p4 >= 0x2e80 && p1 === p4) || (c === p4 && p5 >= 0x2e80 && p1 === p5)) repeat = true;
    p5 = p4;
    p4 = p3;
    p3 = p2;
    p2 = p1;
    p1 = c;
  }
  kinds |= repeat ? MAY_HOLD_REPEAT : 0;
  return (kinds & (HOLDS_LATIN | HOLDS_DIGIT)) === (HOLDS_LATIN | HOLDS_DIGIT) ? kinds | MAY_HOLD_OTHER_DATE : kinds;
}

/**
 * The date bit for a date's first part ending at `i`: 年 or 月 (`kind`) after a digit, or a separator after
 * four digits (`p1`–`p4`, the characters before `i`); 0 if it does not.
 */
function dateEndingAt(text: string, i: number, kind: number, p1: number, p2: number, p3: number, p4: number): number {
  if (kind === HOLDS_DATE_SEPARATOR) return fourDigits(p1, p2, p3, p4) ? MAY_HOLD_OTHER_DATE : 0;
  return KIND_OF[p1] === HOLDS_DIGIT || ((p1 === 0x20 || p1 === 0x09) && digitBefore(text, i)) ? MAY_HOLD_CHINESE_DATE : 0;
}

/** Whether a digit comes before `i` (spaces and tabs between). */
function digitBefore(text: string, i: number): boolean {
  while (i > 0) {
    const c = text.charCodeAt(--i);
    if (c !== 0x20 && c !== 0x09) return KIND_OF[c] === HOLDS_DIGIT;
  }
  return false;
}

function fourDigits(a: number, b: number, c: number, d: number): boolean {
  return KIND_OF[a] === HOLDS_DIGIT && KIND_OF[b] === HOLDS_DIGIT && KIND_OF[c] === HOLDS_DIGIT && KIND_OF[d] === HOLDS_DIGIT;
}

/**
 * The line's UTF-16 code units, copied by one native call into a typed array that is reused (its first
 * `text.length` entries): reading them there costs less than a `charCodeAt` per character on the line, a
 * slice of the file's text that each call unwraps (the pass takes some 12 % less time).
 */
function codeUnits(text: string): Uint16Array {
  if (text.length > units.length) {
    units = new Uint16Array(2 * text.length);
    bytes = Buffer.from(units.buffer);
  }
  bytes.write(text, 0, 'utf16le');
  if (BIG_ENDIAN) bytes.subarray(0, 2 * text.length).swap16();
  return units;
}

let units = new Uint16Array(4096);
let bytes = Buffer.from(units.buffer);
const BIG_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;
