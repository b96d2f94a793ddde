import { readMarker } from './marker-reader';
import { formatCircled, formatCjkNumber } from './numerals';

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

/** First characters of every marker: 第, Chinese numerals, brackets, digits, circled numbers. */
const FIRST_CHARS = new Set([...'第一二三四五六七八九十百零〇两（('].map((c) => c.charCodeAt(0)));

/** Whether a marker can start with this UTF-16 code unit; most lines of a report fail here, before any regex. */
export function mayStartMarker(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19) || (code >= 0x2460 && code <= 0x2473) ||
    (code >= 0x3251 && code <= 0x325f) || (code >= 0x32b1 && code <= 0x32bf) || FIRST_CHARS.has(code);
}

/** Reads a numbering marker at the start of `text`; `undefined` when there is none (see `readMarker`). */
export function parseMarker(text: string): Marker | undefined {
  return readMarker(text, 0);
}

/** Rank used to nest sections: outer levels are smaller (LEVEL_RANK, read by a switch: a keyed lookup per comparison showed in profiles). */
export function markerRank(marker: Marker): number {
  switch (marker.level) {
    case 'chapter':
      return 0;
    case 'section':
      return 1;
    case 'cn':
      return 2;
    case 'cn-paren':
      return 3;
    case 'arabic':
      return 4;
    case 'arabic-paren':
      return 5;
    case 'circled':
      return 6;
    case 'decimal':
      return LEVEL_RANK.arabic + marker.path.length - 1;
  }
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
