import { type Block, memo, memoKey, memoVersioned, NO_FACTS } from '../markdown/blocks';
import { inlineFacts, isProse } from '../markdown/inline';
import { HOLDS_PLACEHOLDER_CHAR, proseKinds } from './prose-kinds';

const PLACEHOLDERS = memoKey('placeholders');
const PATTERN_HITS = memoKey('placeholder-patterns');

/** A placeholder left in the text, line relative to its block. */
export interface PlaceholderHit {
  line: number;
  start: number;
  end: number;
  /** `year` for 20xx-like years (a fix can write the report's year). */
  kind: 'year' | 'other';
}

const X = '[XxＸｘ]';
const X_OR_TIMES = '[XxＸｘ×]';
const NOT_LATIN_BEFORE = '(?<![A-Za-z0-9])';
const NOT_LATIN_AFTER = '(?![A-Za-z0-9])';
/** What a single X stands for when followed by one of these: a number (X月X日, X人, X%). */
const AFTER_NUMBER = '[年月日号时分秒人次个项件家名条篇期场户元份本%％万亿]';
const FILL_WORDS = '姓名|名称|单位|部门|日期|时间|年份|月份|数字|数据|数量|金额|人数|地点|关键词|标题|职务|待补充?|待定|待填';
const FILL_IN = `(?:${FILL_WORDS}|(?:填写|请填|此处|插入|提取)[^【】\\[\\]\\n]{0,10}|[^【】\\[\\]\\n]{0,10}(?:${X}{2,}|×{2,}|某某)[^【】\\[\\]\\n]{0,10}|[^【】\\[\\]\\n]{0,10}(?<![A-Za-z])${X})`;

/**
 * Each pattern with the characters every one of its matches contains: a line without any of them is not
 * searched (most lines of a report have none, and the patterns have look-arounds at every offset).
 * Exported for its test.
 */
export const PATTERNS: ReadonlyArray<[RegExp, PlaceholderHit['kind'], RegExp]> = [
  [new RegExp(`${NOT_LATIN_BEFORE}(?:[2２][0０][0-9０-９XxＸｘ×]${X_OR_TIMES})+(?![A-Za-z])`, 'g'), 'year', /[XxＸｘ×]/],
  [new RegExp(`【\\s*(?:${FILL_IN})?\\s*】|\\[\\s*(?:(?:insert|add|fill in|placeholder)\\b[^\\]\\n]{0,60}|${FILL_IN})\\s*\\](?![(\\[:])`, 'gi'), 'other', /[【[]/],
  [new RegExp(`${NOT_LATIN_BEFORE}${X}{3,}${NOT_LATIN_AFTER}|×{2,}|＊{2,}|某{2,}|\\{\\{[^{}\\n]{0,60}\\}\\}`, 'g'), 'other', /[XxＸｘ×＊某{]/],
  // Every match starts with an X: saying so first (?=…) halves the time of this `u` pattern, whose
  // look-behinds irregexp otherwise tries at every offset (in the patterns without `u` it is slower).
  [new RegExp(`(?=${X})${NOT_LATIN_BEFORE}(?:${X}{2}(?=\\p{Script=Han})|(?<=\\p{Script=Han})${X}{2}${NOT_LATIN_AFTER}|${X}{1,2}(?=\\s?${AFTER_NUMBER}))`, 'gu'), 'other', /[XxＸｘ]/],
  [/(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])|待补充|待补|待定|待填/g, 'other', /[TF待]/],
];
/** Any character some pattern needs (`HOLDS_PLACEHOLDER_CHAR` of `proseKinds` says whether a block has one). */
const ANY_TRIGGER = /[XxＸｘ×【[＊某{TF待]/;

/** Built-in placeholders of a prose block (code spans and code blocks excluded), memoised on the block. */
export function blockPlaceholders(block: Block, lines: readonly string[]): readonly PlaceholderHit[] {
  return memo(block, PLACEHOLDERS, lines, computeBlockPlaceholders);
}

/** Hits of the block being read: one list for all blocks (most find nothing), copied out by `withoutOverlaps`. */
const scratch: PlaceholderHit[] = [];

function computeBlockPlaceholders(block: Block, lines: readonly string[]): readonly PlaceholderHit[] {
  if (!isProse(block)) return NO_FACTS;
  const facts = inlineFacts(block, lines);
  if (scratch.length) scratch.length = 0; // setting the length is a builtin call: skipped when already empty, as it is after most blocks
  for (let i = 0; i < facts.literalStars.length; i++) {
    const s = facts.literalStars[i];
    scratch.push(hit(s.line, s.start, s.end, 'other'));
  }
  // Most blocks hold none of the characters a placeholder needs: one bit says so for the whole block.
  if (proseKinds(block, lines) & HOLDS_PLACEHOLDER_CHAR) {
    const text = facts.text;
    for (let line = 0; line < text.length; line++) {
      const t = text[line];
      if (!ANY_TRIGGER.test(t)) continue;
      for (let p = 0; p < PATTERNS.length; p++) if (PATTERNS[p][2].test(t)) addMatches(PATTERNS[p][0], t, line, PATTERNS[p][1], scratch);
    }
  }
  return scratch.length ? withoutOverlaps(scratch) : NO_FACTS;
}

/** Matches of configured patterns in a prose block, memoised for one set of patterns at a time. */
export function blockPatternHits(block: Block, lines: readonly string[], patterns: readonly RegExp[], version: string): readonly PlaceholderHit[] {
  if (!patterns.length) return NO_FACTS;
  return memoVersioned(block, PATTERN_HITS, version, () => {
    if (!isProse(block)) return [];
    const hits: PlaceholderHit[] = [];
    const text = inlineFacts(block, lines).text;
    for (let line = 0; line < text.length; line++) for (const p of patterns) addMatches(p, text[line], line, 'other', hits);
    return hits;
  });
}

function hit(line: number, start: number, end: number, kind: PlaceholderHit['kind']): PlaceholderHit {
  return { line, start, end, kind };
}

/** Adds the non-empty matches of a global pattern on a line to `hits`. */
function addMatches(pattern: RegExp, text: string, line: number, kind: PlaceholderHit['kind'], hits: PlaceholderHit[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    hits.push(hit(line, m.index, m.index + m[0].length, kind));
  }
}

/** Sorted by position (`hits` is sorted in place); a hit inside or overlapping an earlier (longer) one is dropped. */
export function withoutOverlaps<T extends { line: number; start: number; end: number }>(hits: T[]): T[] {
  hits.sort((a, b) => a.line - b.line || a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && last.line === h.line && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}
