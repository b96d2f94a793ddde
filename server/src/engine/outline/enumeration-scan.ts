import type { EnumerationHit, EnumerationSeries } from './enumerations';
import { CJK_NUMERAL, parseCjkNumber } from './numerals';
import { isWhiteSpace } from './text';

/**
 * 一是 / 第一， / 首先 at the start of a clause; 第一时间, 第一责任人 and 统一是 are not enumerations. This regex is
 * the definition; `lineHits` finds exactly its matches (a global scan, restarting after each one) by looking
 * only at the characters around 是, 第, 首先, 其次 and 再次, which is several times faster on long paragraphs.
 */
export const ENUMERATION_PATTERN = new RegExp(
  `(^|[\\s\\u3000。；;：:，,、！？!?“”"（）()—…])(?:(${CJK_NUMERAL}{1,3})是|第(${CJK_NUMERAL}{1,3})(?=[，,、：:])|(首先|其次|再次))`,
  'g',
);
const ORDER: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3 };
const BEFORE = new Set([...'。；;：:，,、！？!?“”"（）()—…'].map((c) => c.charCodeAt(0)));
const AFTER_DI = new Set([...'，,、：:'].map((c) => c.charCodeAt(0)));
const NUMERALS = new Set([...CJK_NUMERAL.slice(1, -1)].map((c) => c.charCodeAt(0)));
const TRIGGER = /[是第首其再]/g;
const SHI = 0x662f; // 是
const DI = 0x7b2c; // 第
const SHOU = 0x9996; // 首(先)
const XIAN = 0x5148;
const CI = 0x6b21; // (其|再)次

/** Whether a clause may end right before this character: the regex's `(^|[…])` group. */
function opensClause(text: string, at: number, from: number): boolean {
  if (at === 0) return from === 0;
  if (at - 1 < from) return false;
  const c = text.charCodeAt(at - 1);
  return BEFORE.has(c) || isWhiteSpace(c);
}

/** Enumeration markers of one line: the matches of ENUMERATION_PATTERN, in order. */
export function lineHits(text: string, line: number, hits: EnumerationHit[]): void {
  let from = 0; // where the regex would resume
  TRIGGER.lastIndex = 0;
  // `test`, not `exec`: no match array for each of the many 是 of a report; the match is the one character before lastIndex.
  while (TRIGGER.test(text)) {
    const i = TRIGGER.lastIndex - 1;
    const c = text.charCodeAt(i);
    let start = -1;
    let end = -1;
    let series: EnumerationSeries = 'shi';
    if (c === SHI) {
      start = i;
      while (start > 0 && i - start < 4 && NUMERALS.has(text.charCodeAt(start - 1))) start--;
      if (start === i || i - start > 3 || (start > 0 && NUMERALS.has(text.charCodeAt(start - 1)))) continue;
      end = i + 1;
    } else if (c === DI) {
      end = i + 1;
      while (end < text.length && end - i <= 4 && NUMERALS.has(text.charCodeAt(end))) end++;
      if (end === i + 1 || end - i > 4 || !AFTER_DI.has(text.charCodeAt(end))) continue;
      start = i;
      series = 'di';
    } else if (text.charCodeAt(i + 1) === (c === SHOU ? XIAN : CI)) {
      start = i;
      end = i + 2;
      series = 'shouxian';
    } else continue;
    if (!opensClause(text, start, from)) continue;
    from = end;
    TRIGGER.lastIndex = end;
    // The numeral is read in place; the word is sliced out only for a hit.
    const value = series === 'shi' ? parseCjkNumber(text, start, end - 1) : series === 'di' ? parseCjkNumber(text, start + 1, end) : ORDER[text.slice(start, end)];
    if (value) hits.push({ series, value, text: text.slice(start, end), line, start, end });
  }
}
