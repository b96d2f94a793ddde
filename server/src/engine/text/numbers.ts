/**
 * Numbers with units as report writers type them: 19次, 1,200人次, 1，200人, 1.8亿元, 18000万元, 98%,
 * ９８％, 3至5名, 60多场次, 120 people. Amounts are compared in a base unit: 万 and 亿 are magnitudes,
 * so 1.8亿元 and 18000万元 are the same quantity of 元.
 */

import { Words } from './words';
import { digitOf, isDigit } from './digits';

/** A number followed by a unit, on one line. */
export interface Quantity {
  /** Start of the number as written. */
  start: number;
  /** End of the digits (a range's second number included), before 多/余, a magnitude or the unit. */
  numberEnd: number;
  /** End of the unit. */
  end: number;
  /** The number as written (the low end of a range), before the magnitude. */
  value: number;
  /** The high end of a range (3至5名), as written. */
  high?: number;
  /** 1, or 1e4 for 万, 1e8 for 亿, … */
  magnitude: number;
  /** Canonical unit: 次, 人次, 元, %, people, … */
  unit: string;
  /** Digits written after the decimal point. */
  decimals: number;
  /** Significant digits written (leading zeros left out): 2 for 1.8, 1 for 2, 5 for 18000. */
  significant: number;
  /** Thousands separators were used (1,200). */
  separators: boolean;
  /** 近, 约, 超过 before it; 多, 余 inside it; 以上, 左右 after it. */
  approximate: boolean;
}

const MAGNITUDES: Record<string, number> = { 万亿: 1e12, 千万: 1e7, 百万: 1e6, 十万: 1e5, 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 };

/** Units as written → canonical unit. Longest first when matching. */
const UNITS: Record<string, string> = {
  个百分点: '个百分点', 人次: '人次', 场次: '场次', 次: '次', 篇: '篇', 期: '期', 场: '场', 个: '个', 项: '项', 件: '件',
  家: '家', 人: '人', 名: '名', 条: '条', 户: '户', 元: '元', 份: '份', 本: '本', '%': '%', '％': '%',
  people: 'people', persons: 'people', person: 'people', participants: 'people', items: 'items', item: 'items',
  sessions: 'sessions', session: 'sessions', times: 'times', percent: '%',
};

/** Characters after a unit that make it another word: 个月 is a duration, 人民币 a currency, 期间 a period. */
const NOT_UNIT: Record<string, readonly string[]> = { 个: ['月', '小时', '工作日'], 人: ['民'], 期: ['间', '限'], 场: ['所', '景', '地'], 次: ['日'], 元: ['素', '旦'] };

/** A way of writing a unit: its form (lower case), canonical unit, and the words after it that make it another word. */
interface UnitForm {
  form: string;
  unit: string;
  /** An English unit: any case, and not glued to a letter after it. */
  english: boolean;
  notBefore: Words | undefined;
}

/** What a character is to the reader, in one lookup: bits of these kinds. */
const CHAR_KIND = new Uint16Array(0x10000);
const DIGIT = 1; // [0-9０-９]
const POINT = 2; // [.．]
const SEPARATOR = 4; // [,，]
const LETTER = 8; // [A-Za-z]
const SPACE = 16; // \s
const RANGE = 32; // 至 到 ~ ～ - － — –
const MORE = 64; // 多 余
const MAGNITUDE = 128; // 万 千 百 十 亿, the first characters of magnitudes
const UNIT_START = 256; // the first characters of units, English ones in both cases
/** What a number may not be glued to before it. */
const GLUED = DIGIT | POINT | LETTER;
/** What can follow a number in a quantity. */
const AFTER_NUMBER = SPACE | RANGE | MORE | MAGNITUDE | UNIT_START;

/** The kind of the character at `i`; 0 past the text's ends (NaN | 0 is 0, the kind of NUL), where a typed array read with NaN would leave the fast path. */
function kindAt(text: string, i: number): number {
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

/** The magnitudes a quantity can have, by `magnitudeIndex`: 1, then those of 百 千 万 十万 百万 千万 亿 万亿. */
export const MAGNITUDE_VALUES = [1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e12];

/** Words before a number that make it approximate. */
const APPROX_BEFORE = new Words(['近', '约', '超过', '超', '逾', '大约', '不到', '不足', '将近'], true);
const APPROX_AFTER = new Words(['以上', '以下', '左右', '上下', '之多']);

/** Exact powers of ten for reading decimals: a whole number below 2^53 divided by one of these is the number the text names, correctly rounded. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** Reads a number as written: full-width digits, thousands separators and a decimal point. */
export function parseNumber(text: string): number {
  return Number(toHalfWidth(text).replace(/,/g, ''));
}

const FULL_WIDTH = /[０-９，．％]/;

/** Full-width digits, comma, dot and percent sign → ASCII. */
export function toHalfWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(/[０-９，．％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Every number with a unit on a line. Ordinals (第3期) and numbers glued to letters (H5) are not quantities. */
export function scanQuantities(line: string): Quantity[] {
  const reader = new QuantityReader();
  const out: Quantity[] = [];
  for (reader.reset(line); reader.next(); ) out.push(reader.quantity());
  return out;
}

/**
 * Reads the quantities of a line (as `scanQuantities` finds them) one at a time into its own fields: a
 * caller that copies what it keeps (the figures of a report) makes no object per quantity and no list per line.
 *
 * What a quantity is, as the regular expression it was read with (flags `gi`; D is `[0-9０-９]`):
 *
 *     (?<![0-9０-９.．A-Za-z])(NUM)(?:\s*(?:至|到|~|～|-|－|—|–)\s*(NUM))?(多|余)?(万亿|千万|百万|十万|万|亿|千|百)?(多|余)?\s?(UNIT)
 *     NUM  = (?:D{1,3}(?:[,，]D{3}){1,6}(?!D)|D+)(?:[.．]D+)?      UNIT = the forms of UNITS, longest first
 *
 * a match being passed over (and the search going on after it) when an English unit is glued to a letter
 * after it, a unit is another word with what follows (个月, 人民币), or 第 stands before it. The reader
 * walks the line by hand instead: the pattern's match arrays and captured strings were a third of the
 * figures pass. It reads each part where the pattern would, and takes the one way that part can be read
 * and still be followed by what comes next: every shorter reading of a number leaves a digit, a
 * separator or a point after it, which nothing after a number can start with, so the pattern's
 * backtracking never found another match (a test holds the reader to the pattern on random text).
 */
export class QuantityReader implements Quantity {
  start = 0;
  numberEnd = 0;
  end = 0;
  value = 0;
  high: number | undefined = undefined;
  magnitude = 1;
  /** `magnitude`'s index in `MAGNITUDE_VALUES`. */
  magnitudeIndex = 0;
  unit = '';
  decimals = 0;
  significant = 1;
  separators = false;
  approximate = false;
  /** Where `readAt` left off. */
  resume = 0;
  private line = '';
  /** Where `next` goes on in the line; -1 when the line has no more quantities. */
  private from = -1;
  /** Set by `tail`: the unit form read, whether 多/余 was, and the magnitude. */
  private form: UnitForm | undefined = undefined;
  private more = false;

  /** Starts reading a line ('' to let go of the last one). */
  reset(line: string): void {
    this.line = line;
    this.from = 0;
  }

  /** Reads the next quantity of the line into the fields; false when there is none. */
  next(): boolean {
    const line = this.line;
    const n = line.length;
    for (let i = this.from; i >= 0 && i < n; ) {
      if ((kindAt(line, i) & DIGIT) === 0) {
        i++;
        continue;
      }
      const found = this.readAt(i);
      i = this.resume;
      if (found) {
        this.from = i;
        return true;
      }
    }
    this.from = -1;
    return false;
  }

  /**
   * Reads the quantity starting at the digit at `i` of the line, if one does (into the fields: true).
   * Either way `resume` says where the next quantity may start: past this one, past one passed over (as
   * the pattern went on after its match), or past the run of digits at `i` (none starts inside it).
   */
  readAt(i: number): boolean {
    const line = this.line;
    const run = digitsEnd(line, i);
    const end = (kindAt(line, i - 1) & GLUED) !== 0 ? -1 : this.quantityEnd(i, run);
    if (end < 0) {
      this.resume = run;
      return false;
    }
    this.resume = end;
    const form = this.form!;
    if ((form.english ? isAsciiLetter(line.charCodeAt(end)) : followedBy(form.notBefore, line, end)) || line.charCodeAt(i - 1) === ORDINAL) return false;
    this.start = i;
    this.end = end;
    this.unit = form.unit;
    this.approximate = this.more || APPROX_BEFORE.find(line, 0, i) > 0 || followedBy(APPROX_AFTER, line, end);
    return true;
  }

  /** The quantity read last, as an object of its own. */
  quantity(): Quantity {
    return {
      start: this.start, numberEnd: this.numberEnd, end: this.end, value: this.value, high: this.high, magnitude: this.magnitude, unit: this.unit,
      decimals: this.decimals, significant: this.significant, separators: this.separators, approximate: this.approximate,
    };
  }

  /**
   * Reads a quantity whose number starts at `start` (its first run of digits ending at `run`): the end
   * of the quantity, or -1 when none starts there. Sets the number's fields, `form` and `more`.
   */
  private quantityEnd(start: number, run: number): number {
    const line = this.line;
    const first = numberEnd(line, start, run);
    if (first < 0 || (kindAt(line, first) & AFTER_NUMBER) === 0) return -1; // most runs of digits (dates: 2025年) end here
    // A range: the second number is read when a separator follows; the quantity is read without it when what follows it is no quantity's end.
    let to = skipSpaces(line, first);
    if ((kindAt(line, to) & RANGE) !== 0) {
      const second = skipSpaces(line, to + 1);
      const secondEnd = (kindAt(line, second) & DIGIT) !== 0 ? numberEnd(line, second, digitsEnd(line, second)) : -1;
      to = secondEnd < 0 ? -1 : this.tail(secondEnd);
      if (to >= 0) {
        this.readNumber(start, first);
        this.high = valueOf(line, second, secondEnd);
        this.numberEnd = secondEnd;
        return to;
      }
    }
    to = this.tail(first);
    if (to < 0) return -1;
    this.readNumber(start, first);
    this.high = undefined;
    this.numberEnd = first;
    return to;
  }

  /** Reads `(多|余)?(magnitude)?(多|余)?\s?(unit)` at `at`: its end, or -1. Sets the magnitude, `more` and `form`. */
  private tail(at: number): number {
    const line = this.line;
    let i = at;
    let more = false;
    let kind = kindAt(line, i);
    if ((kind & MORE) !== 0) {
      kind = kindAt(line, ++i);
      more = true;
    }
    let magnitude = 0;
    if ((kind & MAGNITUDE) !== 0) {
      magnitude = magnitudeAt(line, i);
      if (magnitude) kind = kindAt(line, (i += magnitude >= 4 && magnitude !== 7 ? 2 : 1)); // 十万 百万 千万 万亿: two characters
    }
    if ((kind & MORE) !== 0) {
      kind = kindAt(line, ++i);
      more = true;
    }
    if ((kind & SPACE) !== 0) kind = kindAt(line, ++i);
    const form = (kind & UNIT_START) !== 0 ? unitAt(line, i) : undefined;
    if (!form) return -1;
    this.magnitudeIndex = magnitude;
    this.magnitude = MAGNITUDE_VALUES[magnitude];
    this.more = more;
    this.form = form;
    return i + form.form.length;
  }

  /**
   * What a written number says, in one pass: its value, the digits after its point (0 unless they are all
   * ASCII or all full-width), its significant digits (leading zeros left out, at least 1) and whether it
   * has thousands separators.
   */
  private readNumber(start: number, end: number): void {
    const text = this.line;
    let whole = 0;
    let digits = 0;
    let leadingZeros = 0;
    let point = false;
    let ascii = 0;
    let wide = 0;
    let separators = false;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      const d = digitOf(c);
      if (d >= 0) {
        whole = whole * 10 + d;
        if (digits++ === leadingZeros && d === 0) leadingZeros++;
        if (point) c < 0x80 ? ascii++ : wide++;
      } else if (c === 0x2e || c === 0xff0e) point = true;
      else separators = true; // , or ，
    }
    this.value = exactValue(whole, ascii + wide) ?? parseNumber(text.slice(start, end));
    this.decimals = ascii && !wide ? ascii : wide && !ascii ? wide : 0;
    this.significant = digits - leadingZeros || 1;
    this.separators = separators;
  }
}

/**
 * The end of the number starting at `start` (its first run of digits ending at `run`), as NUM reads it,
 * or -1 when it cannot be followed by anything: thousands groups after a run of at most three digits
 * (all of them, up to six, and no digit after), else the run; then a point and its digits.
 */
function numberEnd(text: string, start: number, run: number): number {
  let end = run;
  if (run - start <= 3) {
    let groups = 0;
    while (groups < 6 && (kindAt(text, end) & SEPARATOR) !== 0 && isDigit(text.charCodeAt(end + 1)) && isDigit(text.charCodeAt(end + 2)) && isDigit(text.charCodeAt(end + 3))) {
      end += 4;
      groups++;
    }
    if (groups && isDigit(text.charCodeAt(end))) return -1;
  }
  if ((kindAt(text, end) & POINT) !== 0 && isDigit(text.charCodeAt(end + 1))) end = digitsEnd(text, end + 1);
  return end;
}

/** The value of a written number (full-width digits, separators, a point), as `parseNumber` reads it, without a string when it can. */
function valueOf(text: string, start: number, end: number): number {
  let whole = 0;
  let decimals = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const d = digitOf(c);
    if (d >= 0) {
      whole = whole * 10 + d;
      if (decimals >= 0) decimals++;
    } else if (c === 0x2e || c === 0xff0e) decimals = 0;
  }
  return exactValue(whole, Math.max(decimals, 0)) ?? parseNumber(text.slice(start, end));
}

/**
 * The number whose digits, read as a whole number, are `whole`, with `decimals` of them after the point;
 * undefined when that whole number may not be exact (2^53 or more). Both operands of the division are
 * exact, so the quotient is correctly rounded: the number the text names, as Number() reads it.
 */
function exactValue(whole: number, decimals: number): number | undefined {
  if (whole > Number.MAX_SAFE_INTEGER || decimals >= POWERS_OF_TEN.length) return undefined;
  return decimals ? whole / POWERS_OF_TEN[decimals] : whole;
}

/** The unit form at `at` (English ones in any case), the longest that fits; undefined for none. */
function unitAt(text: string, at: number): UnitForm | undefined {
  const slot = UNIT_SLOT[text.charCodeAt(at)];
  if (slot === 0) return undefined;
  const forms = UNIT_LISTS[slot - 1];
  for (let k = 0; k < forms.length; k++) {
    const f = forms[k]; // its first character is the one at `at`
    if (f.form.length === 1 || (f.english ? startsWithAnyCase(text, at, f.form) : text.startsWith(f.form, at))) return f;
  }
  return undefined;
}

/** Whether a lower-case ASCII word starts at `at`, in any case. */
function startsWithAnyCase(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(at + i);
    if ((c >= 0x41 && c <= 0x5a ? c + 0x20 : c) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** The index in `MAGNITUDE_VALUES` of the magnitude written at `at` (万亿, 千万, 百万, 十万, 万, 亿, 千, 百), else 0. */
function magnitudeAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  if (c === WAN) return d === YI ? 8 : 3;
  if (c === QIAN) return d === WAN ? 6 : 2;
  if (c === BAI) return d === WAN ? 5 : 1;
  if (c === SHI) return d === WAN ? 4 : 0;
  return c === YI ? 7 : 0;
}

const ORDINAL = 0x7b2c; // 第
const WAN = 0x4e07; // 万
const YI = 0x4ebf; // 亿
const QIAN = 0x5343; // 千
const BAI = 0x767e; // 百
const SHI = 0x5341; // 十


function digitsEnd(text: string, from: number): number {
  let i = from;
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while ((kindAt(text, i) & SPACE) !== 0) i++;
  return i;
}

/** Whether a UTF-16 unit is what \s matches. */
export function isSpaceCode(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Whether one of `words` starts at `at`. */
function followedBy(words: Words | undefined, line: string, at: number): boolean {
  return words !== undefined && words.find(line, at, line.length) > 0;
}

/** A unit as a data file writes it (万元, 人次, %) → magnitude and canonical unit; undefined for units not known. */
export function parseUnit(text: string): { magnitude: number; unit: string } | undefined {
  const t = text.trim();
  const known = UNITS[t] ?? UNITS[t.toLowerCase()];
  if (known) return { magnitude: 1, unit: known };
  for (const [prefix, magnitude] of Object.entries(MAGNITUDES)) {
    const base = t.startsWith(prefix) ? UNITS[t.slice(prefix.length)] : undefined;
    if (base) return { magnitude, unit: base };
  }
  return undefined;
}

/** The amount in the base unit (1.8亿元 → 180000000). */
export function amount(q: Pick<Quantity, 'value' | 'magnitude'>): number {
  return q.value * q.magnitude;
}

/**
 * Whether a written quantity states `value` (in the base unit). A figure of two or more significant
 * digits is read as rounded to the precision it is written with: 1.8亿元 states 182,340,000 元, 98%
 * states 98.4%; a one-digit figure (2亿元) must be exact. A range states what lies inside it.
 */
export function states(q: Quantity, value: number): boolean {
  if (q.high !== undefined) return value >= q.value * q.magnitude - 1e-9 && value <= q.high * q.magnitude + 1e-9;
  const step = q.magnitude / 10 ** q.decimals;
  const rounded = q.significant >= 2 ? Math.round(value / step) * step : value;
  return Math.abs(rounded - amount(q)) <= 1e-9 * Math.max(1, Math.abs(value));
}

/** Writes `value` (base unit) in the magnitude and style of a written quantity: 2.1 for 2.1亿, 1,250 with separators. */
export function formatLike(q: Quantity, value: number): string {
  const exact = value / q.magnitude;
  if (Number.isInteger(exact)) return q.separators ? group(String(exact)) : String(exact); // what the general path gives, without toFixed
  const scaled = Number(exact.toFixed(6));
  const [int, frac] = String(scaled).split('.');
  const grouped = q.separators ? group(int) : int;
  return frac ? `${grouped}.${frac}` : grouped;
}

function group(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A number for messages: no float noise (0.1 + 0.2), separators left out. */
export function formatNumber(value: number): string {
  return String(Number(value.toFixed(6)));
}
