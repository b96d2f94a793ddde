/**
 * Numbers with units as report writers type them: 19次, 1,200人次, 1，200人, 1.8亿元, 18000万元, 98%,
 * ９８％, 3至5名, 60多场次, 120 people. Amounts are compared in a base unit: 万 and 亿 are magnitudes,
 * so 1.8亿元 and 18000万元 are the same quantity of 元.
 */

import { Words } from './words';

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

const D = '[0-9０-９]';
// At most six thousands groups (10^21): unbounded, a long `1,111,…` backtracks from every group, in quadratic time.
const NUM = `(?:${D}{1,3}(?:[,，]${D}{3}){1,6}(?!${D})|${D}+)(?:[.．]${D}+)?`;
/**
 * NUM, not glued to a digit, a point or a letter before it. The check comes after the first digit (the
 * two units before the match's second are not that character and a digit): a pattern that starts with a
 * digit is tried only where a digit is, while one that starts with a look-behind is tried at every
 * position of the line (the quantity pattern ran ~15% faster over the prose of a 1 MB report).
 */
const FIRST_NUM = `${D}(?<![0-9０-９.．A-Za-z]${D})(?:${D}{0,2}(?:[,，]${D}{3}){1,6}(?!${D})|${D}*)(?:[.．]${D}+)?`;
const MAGNITUDES: Record<string, number> = { 万亿: 1e12, 千万: 1e7, 百万: 1e6, 十万: 1e5, 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 };

/** Units as written → canonical unit. Longest first when matching. */
const UNITS: Record<string, string> = {
  个百分点: '个百分点', 人次: '人次', 场次: '场次', 次: '次', 篇: '篇', 期: '期', 场: '场', 个: '个', 项: '项', 件: '件',
  家: '家', 人: '人', 名: '名', 条: '条', 户: '户', 元: '元', 份: '份', 本: '本', '%': '%', '％': '%',
  people: 'people', persons: 'people', person: 'people', participants: 'people', items: 'items', item: 'items',
  sessions: 'sessions', session: 'sessions', times: 'times', percent: '%',
};

/** Characters after a unit that make it another word: 个月 is a duration, 人民币 a currency, 期间 a period. */
const NOT_UNIT = new Map(Object.entries({ 个: ['月', '小时', '工作日'], 人: ['民'], 期: ['间', '限'], 场: ['所', '景', '地'], 次: ['日'], 元: ['素', '旦'] }).map(([unit, words]) => [unit, new Words(words)]));

/** The tables above as Maps, for the matches' fresh strings: an object looks each up in the string table first. */
const UNIT_OF = new Map(Object.entries(UNITS));
const MAGNITUDE_OF = new Map(Object.entries(MAGNITUDES));

const UNIT_PATTERN = Object.keys(UNITS).sort((a, b) => b.length - a.length).join('|');
const RANGE = '\\s*(?:至|到|~|～|-|－|—|–)\\s*';
const PATTERN = new RegExp(
  `(${FIRST_NUM})(?:${RANGE}(${NUM}))?(多|余)?(万亿|千万|百万|十万|万|亿|千|百)?(多|余)?\\s?(${UNIT_PATTERN})`,
  'giu',
);
/** Words before a number that make it approximate. */
const APPROX_BEFORE = new Words(['近', '约', '超过', '超', '逾', '大约', '不到', '不足', '将近'], true);
const APPROX_AFTER = new Words(['以上', '以下', '左右', '上下', '之多']);

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
 */
export class QuantityReader implements Quantity {
  start = 0;
  numberEnd = 0;
  end = 0;
  value = 0;
  high: number | undefined = undefined;
  magnitude = 1;
  unit = '';
  decimals = 0;
  significant = 1;
  separators = false;
  approximate = false;
  private line = '';
  /** Where the pattern goes on in the line; -1 when the line has no more quantities. */
  private from = -1;

  /** Starts reading a line ('' to let go of the last one). */
  reset(line: string): void {
    this.line = line;
    this.from = 0; // no digit test first: the pattern starts with a digit, so it finds a line without one as fast
  }

  /** Reads the next quantity of the line into the fields; false when there is none. */
  next(): boolean {
    const line = this.line;
    if (this.from < 0) return false;
    PATTERN.lastIndex = this.from;
    for (let m = PATTERN.exec(line); m; m = PATTERN.exec(line)) {
      const whole = m[0];
      const first = m[1];
      const second = m[2];
      const unitText = m[6];
      const end = m.index + whole.length;
      if (isAsciiLetter(unitText.charCodeAt(0)) ? isAsciiLetter(line.charCodeAt(end)) : followedBy(NOT_UNIT.get(unitText), line, end)) continue;
      if (line.charCodeAt(m.index - 1) === ORDINAL) continue;
      this.from = PATTERN.lastIndex;
      this.start = m.index;
      this.numberEnd = m.index + (second ? whole.indexOf(second, first.length) + second.length : first.length);
      this.end = end;
      this.readNumber(first);
      this.high = second ? parseNumber(second) : undefined;
      this.magnitude = m[4] ? MAGNITUDE_OF.get(m[4])! : 1;
      this.unit = UNIT_OF.get(unitText) ?? UNITS[unitText.toLowerCase()]; // only English units have case
      this.approximate = Boolean(m[3] || m[5]) || APPROX_BEFORE.find(line, 0, m.index) > 0 || followedBy(APPROX_AFTER, line, end);
      return true;
    }
    this.from = -1;
    return false;
  }

  /** The quantity read last, as an object of its own. */
  quantity(): Quantity {
    return {
      start: this.start, numberEnd: this.numberEnd, end: this.end, value: this.value, high: this.high, magnitude: this.magnitude, unit: this.unit,
      decimals: this.decimals, significant: this.significant, separators: this.separators, approximate: this.approximate,
    };
  }

  /**
   * What a written number says, in one pass: its value, the digits after its point (0 unless they are all
   * ASCII or all full-width), its significant digits (leading zeros left out, at least 1) and whether it
   * has thousands separators.
   */
  private readNumber(text: string): void {
    let digits = 0;
    let leadingZeros = 0;
    let leading = true;
    let point = -1;
    let ascii = 0;
    let wide = 0;
    let separators = false;
    let plain = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0xff10 && c <= 0xff19 ? c - 0xff10 : -1;
      if (d >= 0) {
        digits++;
        if (leading && d === 0) leadingZeros++;
        else leading = false;
        if (point >= 0) c < 0x80 ? ascii++ : wide++;
        if (c >= 0x80) plain = false;
      } else if (c === 0x2e || c === 0xff0e) {
        point = i;
        if (c !== 0x2e) plain = false;
      } else {
        separators = true; // , or ，
        plain = false;
      }
    }
    this.value = plain ? Number(text) : parseNumber(text);
    this.decimals = ascii && !wide ? ascii : wide && !ascii ? wide : 0;
    this.significant = digits - leadingZeros || 1;
    this.separators = separators;
  }
}

const ORDINAL = 0x7b2c; // 第

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
