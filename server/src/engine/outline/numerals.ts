const CJK_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Character class of the Chinese numerals used in numbering markers. */
export const CJK_NUMERAL = '[一二三四五六七八九十百零〇两]';

/** Per UTF-16 code unit: the digit a Chinese numeral stands for, 10 for 十, 100 for 百, -1 for anything else. */
const NUMERAL_VALUE = new Int8Array(0x10000).fill(-1);
for (const [ch, v] of Object.entries(CJK_DIGITS)) NUMERAL_VALUE[ch.charCodeAt(0)] = v;
const TEN = 0x5341; // 十
const HUNDRED = 0x767e; // 百
NUMERAL_VALUE[TEN] = 10;
NUMERAL_VALUE[HUNDRED] = 100;

/** Whether a UTF-16 code unit is one of CJK_NUMERAL's characters (a table load, not a hash lookup). */
export function isCjkNumeral(code: number): boolean {
  return NUMERAL_VALUE[code] >= 0; // past a string's end, code is NaN: undefined >= 0 is false
}

/**
 * Reads a Chinese numeral below 1000 (一, 十二, 二十, 一百零五); undefined when malformed. `[from, to)` reads
 * a numeral inside a longer text without slicing it out.
 */
export function parseCjkNumber(text: string, from = 0, to = text.length): number | undefined {
  if (from >= to) return undefined;
  let total = 0;
  let digit = -1;
  for (let i = from; i < to; i++) {
    const d = NUMERAL_VALUE[text.charCodeAt(i)];
    if (d >= 0 && d <= 9) {
      if (digit > 0 && d !== 0) return undefined; // 一二 is not a number
      digit = d;
    } else if (d === 10 || d === 100) {
      total += (digit < 0 ? 1 : digit) * d;
      digit = -1;
    } else return undefined;
  }
  return total + (digit > 0 ? digit : 0);
}

/** Writes 1–999 as a Chinese numeral the way official documents do (十一, 二十, 一百零五). */
export function formatCjkNumber(n: number): string {
  const d = '零一二三四五六七八九';
  if (n <= 0 || n >= 1000 || !Number.isInteger(n)) return String(n);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = hundreds ? d[hundreds] + '百' : '';
  if (tens) out += (tens === 1 && !hundreds ? '' : d[tens]) + '十';
  else if (hundreds && ones) out += '零';
  if (ones) out += d[ones];
  return out;
}

/** Converts full-width digits (０–９) to ASCII. */
export function toAsciiDigits(text: string): string {
  if (!hasFullWidthDigit(text)) return text;
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function hasFullWidthDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) return true;
  }
  return false;
}

const CIRCLED_RANGES: Array<[number, number, number]> = [
  [0x2460, 0x2473, 1], // ①–⑳
  [0x3251, 0x325f, 21], // ㉑–㉟
  [0x32b1, 0x32bf, 36], // ㊱–㊿
];

/** Value of a circled number (① = 1 … ㊿ = 50). */
export function parseCircled(ch: string): number | undefined {
  const code = ch.codePointAt(0)!;
  for (const [lo, hi, base] of CIRCLED_RANGES) if (code >= lo && code <= hi) return base + code - lo;
  return undefined;
}

/** The circled character for 1–50. */
export function formatCircled(n: number): string {
  for (const [lo, hi, base] of CIRCLED_RANGES) if (n >= base && n <= base + hi - lo) return String.fromCodePoint(lo + n - base);
  return `(${n})`;
}
