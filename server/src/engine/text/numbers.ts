/**
 * Numbers with units as report writers type them: 19次, 1,200人次, 1，200人, 1.8亿元, 18000万元, 98%,
 * ９８％, 3至5名, 60多场次, 120 people. Amounts are compared in a base unit: 万 and 亿 are magnitudes,
 * so 1.8亿元 and 18000万元 are the same quantity of 元.
 */

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

/** A quantity as written, without its unit: what `states` and `formatLike` read (a figure keeps its unit in its key). */
export type WrittenNumber = Omit<Quantity, 'unit'>;

/** The magnitudes a quantity can have, by the index `magnitudeAt` reads: 1, then those of 百 千 万 十万 百万 千万 亿 万亿. */
export const MAGNITUDE_VALUES = [1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e12];

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

/** Where the run of what `\s` matches that starts at `from` ends (`from` itself when there is none). */
export function skipWhiteSpace(text: string, from: number): number {
  let i = from;
  while (isSpaceCode(text.charCodeAt(i))) i++; // past the end, charCodeAt gives NaN: not a space
  return i;
}

/** Whether a UTF-16 unit is what \s matches. */
export function isSpaceCode(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
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
export function states(q: WrittenNumber, value: number): boolean {
  if (q.high !== undefined) return value >= q.value * q.magnitude - 1e-9 && value <= q.high * q.magnitude + 1e-9;
  const step = q.magnitude / 10 ** q.decimals;
  const rounded = q.significant >= 2 ? Math.round(value / step) * step : value;
  return Math.abs(rounded - amount(q)) <= 1e-9 * Math.max(1, Math.abs(value));
}

/** Writes `value` (base unit) in the magnitude and style of a written quantity: 2.1 for 2.1亿, 1,250 with separators. */
export function formatLike(q: WrittenNumber, value: number): string {
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
