/**
 * Finds the quantities of a line (numbers with units, see `Quantity`) by walking it character by
 * character: `scanQuantities` lists them, `QuantityReader` reads them one at a time into its own fields.
 */

import { digitOf } from './digits';
import { MAGNITUDE_VALUES, parseNumber, type Quantity } from './numbers';
import { AFTER_NUMBER, DIGIT, digitsEnd, GLUED, isAsciiLetter, kindAt, MAGNITUDE, magnitudeAt, MORE, RANGE, skipSpaces, SPACE, UNIT_START, unitAt, type UnitForm } from './quantity-chars';
import { exactValue, numberEnd, valueOf } from './quantity-number';
import { Words } from './words';

/** Words before a number that make it approximate. */
const APPROX_BEFORE = new Words(['近', '约', '超过', '超', '逾', '大约', '不到', '不足', '将近'], true);
const APPROX_AFTER = new Words(['以上', '以下', '左右', '上下', '之多']);
const ORDINAL = 0x7b2c; // 第

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

/** Whether one of `words` starts at `at`. */
function followedBy(words: Words | undefined, line: string, at: number): boolean {
  return words !== undefined && words.find(line, at, line.length) > 0;
}
