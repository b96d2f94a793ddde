/**
 * The number of a quantity, read where it stands in the line: where it ends, and its value without
 * cutting out a string when it can be read exactly.
 */

import { digitOf, isDigit } from './digits';
import { parseNumber } from './numbers';
import { digitsEnd, kindAt, POINT, SEPARATOR } from './quantity-chars';

/** Exact powers of ten for reading decimals: a whole number below 2^53 divided by one of these is the number the text names, correctly rounded. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * The end of the number starting at `start` (its first run of digits ending at `run`), as NUM reads it,
 * or -1 when it cannot be followed by anything: thousands groups after a run of at most three digits
 * (all of them, up to six, and no digit after), else the run; then a point and its digits.
 */
export function numberEnd(text: string, start: number, run: number): number {
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
export function valueOf(text: string, start: number, end: number): number {
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
export function exactValue(whole: number, decimals: number): number | undefined {
  if (whole > Number.MAX_SAFE_INTEGER || decimals >= POWERS_OF_TEN.length) return undefined;
  return decimals ? whole / POWERS_OF_TEN[decimals] : whole;
}
