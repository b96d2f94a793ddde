import type { Marker, NumberingLevel } from './markers';
import { isCjkNumeral, parseCircled, parseCjkNumber, toAsciiDigits } from './numerals';

// Numbering markers read character by character from a column of a line, without slicing the line or running a
// regex with captures (which made a match array and up to five strings per numbered line of a report). The
// definition is the list of patterns in test/unit/engine/marker-reader.test.ts, tried in order, the first that
// matches and reads a number winning; the test holds this reader to it on random text.

const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isWideDigit = (c: number) => c >= 0xff10 && c <= 0xff19;
const isDigit = (c: number) => isAsciiDigit(c) || isWideDigit(c);
const isDot = (c: number) => c === 0x2e || c === 0xff0e; // . ．
const isOpenParen = (c: number) => c === 0x28 || c === 0xff08; // ( （
const isCloseParen = (c: number) => c === 0x29 || c === 0xff09; // ) ）
const isCircled = (c: number) => (c >= 0x2460 && c <= 0x2473) || (c >= 0x3251 && c <= 0x325f) || (c >= 0x32b1 && c <= 0x32bf);
/** 、.．,，:： — what may follow a bracketed or circled number; its index (from 1) in TRAILS picks the spelling. */
const TRAILS = '、.．,，:：';
const TRAIL_INDEX = new Map([...TRAILS].map((t, i) => [t.charCodeAt(0), i + 1]));
const trailIndex = (c: number) => TRAIL_INDEX.get(c) ?? 0;
/** A number followed by one of these is a quantity or a date (1.5亿元, 10.31日), not a decimal marker. */
const MEASURE = new Set([...'万亿千百十%％倍元个次年月日号时分秒'].map((c) => c.charCodeAt(0)));
const DI = 0x7b2c; // 第
const DUN = 0x3001; // 、

/** The value of digits `[from, to)`, full-width ones read as ASCII. */
function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    value = value * 10 + (c - (c >= 0xff10 ? 0xff10 : 0x30));
  }
  return value;
}

function hasWideDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isWideDigit(text.charCodeAt(i))) return true;
  return false;
}

/** The end of the run of characters `test` accepts, from `from` up to `end`. */
function runEnd(text: string, from: number, end: number, test: (c: number) => boolean): number {
  let i = from;
  while (i < end && test(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Single-number paths, shared (frozen) by every marker of that number: markers are kept as long as their blocks.
 * Markers themselves are shared too (see `marker`): do not modify them.
 */
const PATHS: ReadonlyArray<readonly number[]> = Array.from({ length: 101 }, (_, n) => Object.freeze([n]));

function marker(level: NumberingLevel, value: number, path: number[] | undefined, text: string, at: number, markerEnd: number, end: number, variant: string, standard: boolean): Marker {
  let length = markerEnd;
  for (let c = text.charCodeAt(length); length < end && (c === 0x20 || c === 0x09 || c === 0x3000); c = text.charCodeAt(++length));
  const span = markerEnd - at;
  const spaces = length - markerEnd;
  // A marker is decided by its characters and the spaces after it: short ones (1. 一、 （二）) are made once and
  // shared, not an object and a string for each of a report's thousands of numbered lines. Keys are small integers:
  // the first two code units, then the third (0 when there is none, as no marker holds U+0000) and the spaces.
  if (span > 3 || spaces > 7 || shortCount >= MAX_SHORT) return newMarker(level, value, path, text, at, markerEnd, length, variant, standard);
  const head = (text.charCodeAt(at) << 16) | (span > 1 ? text.charCodeAt(at + 1) : 0);
  const tail = (span > 2 ? text.charCodeAt(at + 2) : 0) * 8 + spaces;
  let byTail = SHORT.get(head);
  if (byTail === undefined) SHORT.set(head, (byTail = new Map()));
  let known = byTail.get(tail);
  if (known === undefined) {
    byTail.set(tail, (known = newMarker(level, value, path, text, at, markerEnd, length, variant, standard)));
    shortCount++;
  }
  return known;
}

/** A bound on the shared markers kept for the process's life (a report has a few dozen distinct ones). */
const MAX_SHORT = 4096;
let shortCount = 0;

/** Markers of up to three code units followed by up to seven spaces, by their first two code units, then the rest. */
const SHORT = new Map<number, Map<number, Marker>>();

function newMarker(level: NumberingLevel, value: number, path: number[] | undefined, text: string, at: number, markerEnd: number, length: number, variant: string, standard: boolean): Marker {
  return {
    level, value, path: path ?? ((PATHS[value] as number[] | undefined) ?? [value]), text: text.slice(at, markerEnd), length: length - at, variant, standard,
  };
}

/**
 * Spellings (`variant`) made once, not per marker: brackets `(（` × `)）` × trailing mark, with `fw` before them
 * for full-width digits; circled numbers × trailing mark; 、.． after a Chinese numeral or digits.
 */
const BRACKETS: string[] = [];
for (const fw of ['', 'fw']) for (const open of '(（') for (const close of ')）') for (const trail of ['', ...TRAILS]) BRACKETS.push(fw + open + close + trail);
const bracketVariant = (wide: boolean, open: number, close: number, trail: number) => BRACKETS[(wide ? 32 : 0) + (open === 0x28 ? 0 : 16) + (close === 0x29 ? 0 : 8) + trail];
const CIRCLED = ['circled', ...[...TRAILS].map((t) => 'circled' + t)];
const PUNCT: Record<number, string> = { 0x3001: '、', 0x2e: '.', 0xff0e: '．' };
const WIDE_PUNCT: Record<number, string> = { 0x3001: 'fw、', 0x2e: 'fw.', 0xff0e: 'fw．' };
const CHAPTERS: Record<string, string> = { 章: '第章', 节: '第节', 部分: '第部分', 篇: '第篇' };

/**
 * The numbering marker at column `at` of `text`, reading no further than `end` (as `parseMarker` reads
 * `text.slice(at, end)`); undefined when there is none.
 */
export function readMarker(text: string, at: number, end = text.length): Marker | undefined {
  if (at >= end) return undefined;
  const first = text.charCodeAt(at);
  if (first === DI) return chapter(text, at, end);
  if (isCjkNumeral(first)) return cjk(text, at, end);
  if (isOpenParen(first)) return bracketed(text, at, end);
  if (isDigit(first)) return decimal(text, at, end) ?? arabic(text, at, end) ?? (isAsciiDigit(first) ? closingParen(text, at, end) : undefined);
  if (isCircled(first)) {
    const trail = at + 1 < end ? trailIndex(text.charCodeAt(at + 1)) : 0;
    return marker('circled', parseCircled(text[at])!, undefined, text, at, at + 1 + (trail ? 1 : 0), end, CIRCLED[trail], !trail);
  }
  return undefined;
}

/** 第一章, 第2节, 第三部分, 第四篇. */
function chapter(text: string, at: number, end: number): Marker | undefined {
  const from = at + 1;
  let to = runEnd(text, from, end, isCjkNumeral);
  const numeral = to > from;
  if (!numeral) to = runEnd(text, from, end, isDigit);
  if (to === from || to >= end) return undefined;
  const c = text.charCodeAt(to);
  let suffix: string;
  if (c === 0x7ae0) suffix = '章';
  else if (c === 0x8282) suffix = '节';
  else if (c === 0x7bc7) suffix = '篇';
  else if (c === 0x90e8 && to + 1 < end && text.charCodeAt(to + 1) === 0x5206) suffix = '部分';
  else return undefined;
  // Digits read as the regex's Number(…) reads them: exact up to 15 digits, rounded beyond.
  const value = numeral ? parseCjkNumber(text, from, to) : to - from <= 15 ? digitsValue(text, from, to) : Number(toAsciiDigits(text.slice(from, to)));
  if (!value) return undefined;
  return marker(suffix === '节' ? 'section' : 'chapter', value, undefined, text, at, to + suffix.length, end, CHAPTERS[suffix], true);
}

/** 一、 二. 三． */
function cjk(text: string, at: number, end: number): Marker | undefined {
  const to = runEnd(text, at, end, isCjkNumeral);
  if (to >= end) return undefined;
  const c = text.charCodeAt(to);
  if (c !== DUN && !isDot(c)) return undefined;
  const value = parseCjkNumber(text, at, to);
  if (!value) return undefined;
  return marker('cn', value, undefined, text, at, to + 1, end, PUNCT[c], c === DUN);
}

/** （一） (二)、 （3） (4)： — a Chinese numeral or up to three digits in brackets, and perhaps a trailing mark. */
function bracketed(text: string, at: number, end: number): Marker | undefined {
  const from = at + 1;
  let to = runEnd(text, from, end, isCjkNumeral);
  const numeral = to > from;
  if (!numeral) {
    to = runEnd(text, from, end, isDigit);
    if (to - from > 3) return undefined;
  }
  if (to === from || to >= end || !isCloseParen(text.charCodeAt(to))) return undefined;
  const trail = to + 1 < end ? trailIndex(text.charCodeAt(to + 1)) : 0;
  const open = text.charCodeAt(at);
  const close = text.charCodeAt(to);
  const markerEnd = to + 1 + (trail ? 1 : 0);
  const standard = open === 0xff08 && close === 0xff09 && !trail;
  if (numeral) {
    const value = parseCjkNumber(text, from, to);
    return value ? marker('cn-paren', value, undefined, text, at, markerEnd, end, bracketVariant(false, open, close, trail), standard) : undefined;
  }
  const value = digitsValue(text, from, to);
  const wide = hasWideDigit(text, from, to);
  return value ? marker('arabic-paren', value, undefined, text, at, markerEnd, end, bracketVariant(wide, open, close, trail), standard && !wide) : undefined;
}

/**
 * 1.2, 1.2.3, 1.2. — two or more runs of one to three digits joined by dots, perhaps a dot after them, and then no
 * digit or percent sign. When the last run is followed by one of those, the number ends one run earlier (before
 * the dot), as the regex's backtracking has it: `1.2.3%` reads `1.2`.
 */
function decimal(text: string, at: number, end: number): Marker | undefined {
  // Runs of digits joined by single dots; each must be whole (a longer run cannot be cut: a digit would follow).
  // Only the ends of the last two runs matter.
  let runs = 0;
  let lastEnd = -1;
  let previousEnd = -1;
  for (let i = at; ; ) {
    const runTo = runEnd(text, i, end, isDigit);
    if (runTo === i || runTo - i > 3) break;
    runs++;
    previousEnd = lastEnd;
    lastEnd = runTo;
    if (runTo >= end || !isDot(text.charCodeAt(runTo))) break;
    i = runTo + 1;
  }
  if (runs < 2) return undefined; // 1.坚持…: most numbered lines stop here
  let numberEnd = lastEnd;
  let markerEnd = lastEnd;
  if (lastEnd < end && isDot(text.charCodeAt(lastEnd)) && !blocked(text, lastEnd + 1, end)) markerEnd = lastEnd + 1;
  else if (blocked(text, lastEnd, end)) numberEnd = markerEnd = runs >= 3 ? previousEnd : -1; // a dot follows the run before: not blocked
  if (numberEnd < 0 || (markerEnd < end && MEASURE.has(text.charCodeAt(markerEnd)))) return undefined;
  const path: number[] = [];
  let variant = 'decimal:';
  for (let from = at; from < markerEnd; ) {
    const c = text.charCodeAt(from);
    if (!isDigit(c)) {
      variant += text[from++];
      continue;
    }
    const to = runEnd(text, from, markerEnd, isDigit);
    if (from < numberEnd) path.push(digitsValue(text, from, to));
    // Spelled with '#' for a run of ASCII digits and '＃' for a run of full-width ones, as the regex replaced them.
    for (let k = from; k < to; ) {
      const wide = isWideDigit(text.charCodeAt(k));
      while (k < to && isWideDigit(text.charCodeAt(k)) === wide) k++;
      variant += wide ? '＃' : '#';
    }
    from = to;
  }
  return marker('decimal', path[path.length - 1], path, text, at, markerEnd, end, variant, true);
}

/** Whether a digit or a percent sign is at `p` (before `end`): the decimal pattern's negative look-ahead. */
function blocked(text: string, p: number, end: number): boolean {
  const c = text.charCodeAt(p);
  return p < end && (isDigit(c) || c === 0x25 || c === 0xff05);
}

/** 1. 2、 ３． — up to three digits, then a dot or 、, and then no digit. */
function arabic(text: string, at: number, end: number): Marker | undefined {
  const to = runEnd(text, at, end, isDigit);
  if (to - at > 3 || to >= end) return undefined;
  const c = text.charCodeAt(to);
  if ((c !== DUN && !isDot(c)) || (to + 1 < end && isDigit(text.charCodeAt(to + 1)))) return undefined;
  const value = digitsValue(text, at, to);
  if (!value) return undefined;
  const wide = hasWideDigit(text, at, to);
  return marker('arabic', value, undefined, text, at, to + 1, end, (wide ? WIDE_PUNCT : PUNCT)[c], c === 0x2e && !wide);
}

/** 1) 12) — one or two ASCII digits and a closing parenthesis, then no digit. */
function closingParen(text: string, at: number, end: number): Marker | undefined {
  const to = runEnd(text, at, end, isAsciiDigit);
  if (to - at > 2 || to >= end || text.charCodeAt(to) !== 0x29 || (to + 1 < end && isAsciiDigit(text.charCodeAt(to + 1)))) return undefined;
  return marker('circled', digitsValue(text, at, to), undefined, text, at, to + 1, end, 'n)', false);
}
