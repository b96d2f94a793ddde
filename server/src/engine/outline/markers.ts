import { CJK_NUMERAL, formatCircled, formatCjkNumber, parseCircled, parseCjkNumber, toAsciiDigits } from './numerals';

/**
 * Numbering levels, outermost first. GB/T 9704-2012 7.3.3 fixes 一、 → （一） → 1. → （1）; ① (or 1)) is
 * the usual fifth level; 第一章/第一节 sit above them in longer reports; decimal numbers (1.1, 1.1.1)
 * are a scheme of their own, nested below `1.`.
 */
export type NumberingLevel = 'chapter' | 'section' | 'cn' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'circled' | 'decimal';

/** Rank of each level: a smaller rank is an outer level. Decimal numbers add their depth. */
export const LEVEL_RANK: Record<NumberingLevel, number> = {
  chapter: 0, section: 1, cn: 2, 'cn-paren': 3, arabic: 4, 'arabic-paren': 5, circled: 6, decimal: 6,
};

/** The GB/T 9704 levels in order, used to detect skipped levels. */
export const GB_LEVELS: NumberingLevel[] = ['cn', 'cn-paren', 'arabic', 'arabic-paren', 'circled'];

/** A numbering marker at the start of a heading or paragraph. */
export interface Marker {
  level: NumberingLevel;
  /** Value of the last component: 三 → 3, （12） → 12, 1.2.3 → 3. */
  value: number;
  /** All components of a decimal number (1.2.3 → [1, 2, 3]); one element otherwise. */
  path: number[];
  /** The marker as written, without the space after it. */
  text: string;
  /** Characters from the start of the text to the title (marker plus spaces). */
  length: number;
  /** Spelling of the marker: which brackets, punctuation and digits; siblings should share it. */
  variant: string;
  /** True when written as GB/T 9704 asks (一、 （一） 1. （1） ①). */
  standard: boolean;
}

interface Pattern {
  level: NumberingLevel;
  /** Whether `re` can match text starting with this code unit (the first character its `^` admits). */
  first(code: number): boolean;
  re: RegExp;
  read(m: RegExpExecArray): { value: number; path?: number[]; variant: string; standard: boolean } | undefined;
}

const TRAIL = '([、.．,，:：])?';
const D = '[0-9０-９]';

const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19); // D
const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isOpenParen = (c: number) => c === 0x28 || c === 0xff08; // ( （
const isCircled = (c: number) => (c >= 0x2460 && c <= 0x2473) || (c >= 0x3251 && c <= 0x325f) || (c >= 0x32b1 && c <= 0x32bf);
const CJK_NUMERALS = new Set([...CJK_NUMERAL.slice(1, -1)].map((c) => c.charCodeAt(0)));
const isCjkNumeral = (c: number) => CJK_NUMERALS.has(c);

const PATTERNS: Pattern[] = [
  {
    level: 'chapter',
    first: (c) => c === 0x7b2c, // 第
    re: new RegExp(`^第(${CJK_NUMERAL}+|${D}+)(章|节|部分|篇)`),
    read: (m) => ordinal(m[1], `第${m[2]}`),
  },
  {
    level: 'cn',
    first: isCjkNumeral,
    re: new RegExp(`^(${CJK_NUMERAL}+)([、.．])`),
    read: (m) => cjk(m[1], m[2], m[2] === '、'),
  },
  {
    level: 'cn-paren',
    first: isOpenParen,
    re: new RegExp(`^([（(])(${CJK_NUMERAL}+)([）)])${TRAIL}`),
    read: (m) => cjk(m[2], m[1] + m[3] + (m[4] ?? ''), m[1] === '（' && m[3] === '）' && !m[4]),
  },
  {
    level: 'decimal',
    first: isDigit,
    re: new RegExp(`^(${D}{1,3}(?:[.．]${D}{1,3})+)[.．]?(?![0-9０-９%％])`),
    read: (m) => {
      const path = toAsciiDigits(m[1]).split(/[.．]/).map(Number);
      // The spelling with digits as '#' (1.2. → '#.#.', １．２ → '#．#'), so a renumbered marker keeps it.
      return { value: path[path.length - 1], path, variant: 'decimal:' + m[0].replace(/[0-9]+/g, '#').replace(/[０-９]+/g, '＃'), standard: true };
    },
  },
  {
    level: 'arabic',
    first: isDigit,
    re: new RegExp(`^(${D}{1,3})([.．、])(?![0-9０-９])`),
    read: (m) => arabic(m[1], m[2], m[2] === '.'),
  },
  {
    level: 'arabic-paren',
    first: isOpenParen,
    re: new RegExp(`^([（(])(${D}{1,3})([）)])${TRAIL}`),
    read: (m) => arabic(m[2], m[1] + m[3] + (m[4] ?? ''), m[1] === '（' && m[3] === '）' && !m[4]),
  },
  {
    level: 'circled',
    first: isCircled,
    re: /^([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])([、.．,，:：])?/u,
    read: (m) => ({ value: parseCircled(m[1])!, variant: 'circled' + (m[2] ?? ''), standard: !m[2] }),
  },
  {
    level: 'circled',
    first: isAsciiDigit,
    re: /^([0-9]{1,2})\)(?![0-9])/,
    read: (m) => ({ value: Number(m[1]), variant: 'n)', standard: false }),
  },
];

function cjk(numeral: string, variant: string, standard: boolean) {
  const value = parseCjkNumber(numeral);
  return value === undefined || value === 0 ? undefined : { value, variant, standard };
}

function arabic(digits: string, variant: string, standard: boolean) {
  const value = Number(toAsciiDigits(digits));
  const fullWidth = digits !== toAsciiDigits(digits);
  return value === 0 ? undefined : { value, variant: (fullWidth ? 'fw' : '') + variant, standard: standard && !fullWidth };
}

function ordinal(numeral: string, variant: string) {
  const value = /[0-9０-９]/.test(numeral) ? Number(toAsciiDigits(numeral)) : parseCjkNumber(numeral);
  return value ? { value, variant, standard: true } : undefined;
}

/** A number followed by one of these is a quantity or a date (1.5亿元, 10.31日), not a marker. */
const MEASURE = /^[万亿千百十%％倍元个次年月日号时分秒]/;

/** First characters of every pattern above: 第, Chinese numerals, brackets, digits, circled numbers. */
const FIRST_CHARS = new Set([...'第一二三四五六七八九十百零〇两（('].map((c) => c.charCodeAt(0)));

/** Whether a marker can start with this UTF-16 code unit; most lines of a report fail here, before any regex. */
export function mayStartMarker(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19) || (code >= 0x2460 && code <= 0x2473) ||
    (code >= 0x3251 && code <= 0x325f) || (code >= 0x32b1 && code <= 0x32bf) || FIRST_CHARS.has(code);
}

/** Reads a numbering marker at the start of `text`; `undefined` when there is none. */
export function parseMarker(text: string): Marker | undefined {
  const first = text.charCodeAt(0);
  if (!mayStartMarker(first)) return undefined;
  for (const pattern of PATTERNS) {
    // A pattern that cannot start here is not run: a `1.` marker was tried against three regexes before its own.
    if (!pattern.first(first)) continue;
    const m = pattern.re.exec(text);
    if (!m) continue;
    const read = pattern.read(m);
    if (!read) continue;
    let length = m[0].length;
    if (pattern.level === 'decimal' && MEASURE.test(text.slice(length))) continue;
    while (length < text.length && (text[length] === ' ' || text[length] === '\t' || text[length] === '\u3000')) length++;
    const level = pattern.level === 'chapter' && m[2] === '节' ? 'section' : pattern.level;
    return { level, value: read.value, path: read.path ?? [read.value], text: m[0], length, variant: read.variant, standard: read.standard };
  }
  return undefined;
}

/** Rank used to nest sections: outer levels are smaller. */
export function markerRank(marker: Marker): number {
  return marker.level === 'decimal' ? LEVEL_RANK.arabic + marker.path.length - 1 : LEVEL_RANK[marker.level];
}

/** Writes the marker for `value` in the same spelling as `like` (used by renumbering and skeletons). */
export function formatMarker(like: Pick<Marker, 'level' | 'variant' | 'path'>, value: number): string {
  switch (like.level) {
    case 'chapter':
    case 'section':
      return `第${formatCjkNumber(value)}${like.variant.slice(1)}`;
    case 'cn':
      return formatCjkNumber(value) + like.variant;
    case 'cn-paren':
      return like.variant[0] + formatCjkNumber(value) + like.variant.slice(1);
    case 'arabic':
    case 'arabic-paren':
      return formatArabic(like.variant, value);
    case 'circled':
      return like.variant === 'n)' ? `${value})` : formatCircled(value) + like.variant.slice('circled'.length);
    case 'decimal':
      return formatDecimal(like.variant, [...like.path.slice(0, -1), value]);
  }
}

/** Fills a decimal marker's spelling ('#.#.', '＃．＃') with the numbers of a path. */
function formatDecimal(variant: string, path: number[]): string {
  const spelling = variant.startsWith('decimal:') ? variant.slice('decimal:'.length) : path.map(() => '#').join('.');
  let i = 0;
  const out = spelling.replace(/[#＃]/g, (slot) => {
    const digits = String(path[i++] ?? '');
    return slot === '＃' ? digits.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) : digits;
  });
  return i === path.length ? out : path.join('.');
}

function formatArabic(variant: string, value: number): string {
  const fullWidth = variant.startsWith('fw');
  const v = fullWidth ? variant.slice(2) : variant;
  const digits = fullWidth ? String(value).replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) : String(value);
  return v.length === 1 ? digits + v : v[0] + digits + v.slice(1);
}

/** The standard GB/T 9704 spelling of a level's marker for `value`. */
export function standardMarker(level: NumberingLevel, value: number): string {
  const variant: Record<NumberingLevel, string> = {
    chapter: '第章', section: '第节', cn: '、', 'cn-paren': '（）', arabic: '.', 'arabic-paren': '（）', circled: 'circled', decimal: 'decimal',
  };
  return formatMarker({ level, variant: variant[level], path: [value] }, value);
}
