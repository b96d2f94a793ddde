import type { EnumerationHit, EnumerationSeries } from './enumerations';
import { CJK_NUMERAL, parseCjkNumber } from './numerals';
import { WHITE_SPACE } from './text';

/**
 * 一是 / 第一， / 首先 at the start of a clause; 第一时间, 第一责任人 and 统一是 are not enumerations. This regex is
 * the definition; `lineHits` finds exactly its matches (a global scan, restarting after each one) by looking
 * only at the characters around 是, 第, 首先, 其次 and 再次, which is several times faster on long paragraphs.
 */
export const ENUMERATION_PATTERN = new RegExp(
  `(^|[\\s\\u3000。；;：:，,、！？!?“”"（）()—…])(?:(${CJK_NUMERAL}{1,3})是|第(${CJK_NUMERAL}{1,3})(?=[，,、：:])|(首先|其次|再次))`,
  'g',
);

/** What each UTF-16 code unit is to the scan, in one table (a load per character looked at, not a hash lookup). */
const CLASS = new Uint8Array(0x10000);
const NUMERAL = 1;
/** A character a clause may end with: the regex's `[\s…]` before a marker. */
const BEFORE = 2;
/** A character that may follow 第一: the regex's look-ahead. */
const AFTER_DI = 4;
for (const c of CJK_NUMERAL.slice(1, -1)) CLASS[c.charCodeAt(0)] |= NUMERAL;
for (const c of '。；;：:，,、！？!?“”"（）()—…') CLASS[c.charCodeAt(0)] |= BEFORE;
for (const c of WHITE_SPACE) CLASS[c.charCodeAt(0)] |= BEFORE;
for (const c of '，,、：:') CLASS[c.charCodeAt(0)] |= AFTER_DI;
const isNumeral = (c: number) => (CLASS[c] & NUMERAL) !== 0; // NaN (past the end) reads undefined: not a numeral

const TRIGGER = /[是第首其再]/g;
const SHI = 0x662f; // 是
const DI = 0x7b2c; // 第
const SHOU = 0x9996; // 首(先)
const XIAN = 0x5148;
const CI = 0x6b21; // (其|再)次
const QI = 0x5176; // 其(次)

/** Whether a clause may end right before this character: the regex's `(^|[…])` group. */
function opensClause(text: string, at: number, from: number): boolean {
  if (at === 0) return from === 0;
  if (at - 1 < from) return false;
  return (CLASS[text.charCodeAt(at - 1)] & BEFORE) !== 0;
}

/** Words of two characters (一是, 第二…) made once each: a report repeats them thousands of times. */
const WORDS = new Map<number, string>();

function word(text: string, start: number, end: number): string {
  if (end - start !== 2) return text.slice(start, end);
  const key = (text.charCodeAt(start) << 16) | text.charCodeAt(start + 1); // an int32: a small-integer key
  let known = WORDS.get(key);
  if (known === undefined) WORDS.set(key, (known = text.slice(start, end)));
  return known;
}

/** Series by their index in a packed hit (see `scanLine`). */
export const SERIES: readonly EnumerationSeries[] = ['shi', 'di', 'shouxian'];
/** Numbers per hit written by `scanLine`: line, start, end, and value × 4 + series index. */
export const HIT_SIZE = 4;

/** Enumeration markers of one line: the matches of ENUMERATION_PATTERN, in order. */
export function lineHits(text: string, line: number, hits: EnumerationHit[]): void {
  const n = scanLine(text, line, scratch, 0);
  for (let i = 0; i < n; i += HIT_SIZE) hits.push(unpack(scratch, i, text));
}

const scratch: number[] = [];

/** The hit packed at `i` of `packed` (see `scanLine`), read from its line's text. */
export function unpack(packed: readonly number[], i: number, text: string): EnumerationHit {
  const start = packed[i + 1];
  const end = packed[i + 2];
  return { series: SERIES[packed[i + 3] & 3], value: packed[i + 3] >> 2, text: word(text, start, end), line: packed[i], start, end };
}

/**
 * Writes the matches of ENUMERATION_PATTERN in one line into `out` from index `n`, HIT_SIZE numbers each (see
 * HIT_SIZE), and returns the index after the last: numbers in a reused array, not an object and a word per hit.
 */
export function scanLine(text: string, line: number, out: number[], n: number): number {
  let from = 0; // where the regex would resume
  TRIGGER.lastIndex = 0;
  // `test`, not `exec`: no match array for each of the many 是 of a report; the match is the one character before lastIndex.
  while (TRIGGER.test(text)) {
    const i = TRIGGER.lastIndex - 1;
    const c = text.charCodeAt(i);
    let start = -1;
    let end = -1;
    let series = 0; // shi
    if (c === SHI) {
      start = i;
      while (start > 0 && i - start < 4 && isNumeral(text.charCodeAt(start - 1))) start--;
      if (start === i || i - start > 3 || (start > 0 && isNumeral(text.charCodeAt(start - 1)))) continue;
      end = i + 1;
    } else if (c === DI) {
      end = i + 1;
      while (end < text.length && end - i <= 4 && isNumeral(text.charCodeAt(end))) end++;
      if (end === i + 1 || end - i > 4 || end >= text.length || (CLASS[text.charCodeAt(end)] & AFTER_DI) === 0) continue;
      start = i;
      series = 1; // di
    } else if (text.charCodeAt(i + 1) === (c === SHOU ? XIAN : CI)) {
      start = i;
      end = i + 2;
      series = 2; // shouxian
    } else continue;
    if (!opensClause(text, start, from)) continue;
    from = end;
    TRIGGER.lastIndex = end;
    const value = series === 0 ? parseCjkNumber(text, start, end - 1) : series === 1 ? parseCjkNumber(text, start + 1, end) : c === SHOU ? 1 : c === QI ? 2 : 3;
    if (value) {
      out[n++] = line;
      out[n++] = start;
      out[n++] = end;
      out[n++] = value * 4 + series;
    }
  }
  return n;
}
