import { type Block, memo, memoKey, memoVersioned, NO_FACTS } from '../markdown/blocks';
import { isProse, literalStarsOf, proseLine } from '../markdown/inline';
import { sortFew } from '../sort-few';
import { Gathered } from './gathered';
import { HOLDS_BRACKET, HOLDS_PLACEHOLDER_CHAR, HOLDS_STAR_MOU_BRACE, HOLDS_TIMES, HOLDS_TODO_START, HOLDS_X, lineKinds, proseKinds } from './prose-kinds';

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
 * Exported for its test. A run of blanks has one place in each: `【\s*(?:FILL_IN)?\s*】` let the two `\s*`
 * share the blanks after a lone 【 every way, and 【 followed by 100,000 blanks took seconds.
 */
export const PATTERNS: ReadonlyArray<[RegExp, PlaceholderHit['kind'], RegExp]> = [
  [new RegExp(`${NOT_LATIN_BEFORE}(?:[2２][0０][0-9０-９XxＸｘ×]${X_OR_TIMES})+(?![A-Za-z])`, 'g'), 'year', /[XxＸｘ×]/],
  [new RegExp(`【\\s*(?:${FILL_IN}\\s*)?】|\\[\\s*(?:(?:insert|add|fill in|placeholder)\\b[^\\]\\n]{0,60}|${FILL_IN})\\s*\\](?![(\\[:])`, 'gi'), 'other', /[【[]/],
  [new RegExp(`${NOT_LATIN_BEFORE}${X}{3,}${NOT_LATIN_AFTER}|×{2,}|＊{2,}|某{2,}|\\{\\{[^{}\\n]{0,60}\\}\\}`, 'g'), 'other', /[XxＸｘ×＊某{]/],
  // Every match starts with an X: read first, before the look-behinds (`X(?<!LX)…` for `(?<!L)X…`), it lets
  // irregexp try this `u` pattern only at an X, where it tried its look-behinds at every offset. That is about
  // twice as fast as saying so with a leading look-ahead `(?=X)`, which halved it. (The patterns without
  // `u` are as fast either way.)
  [new RegExp(`${X}(?<![A-Za-z0-9]${X})(?:${X}(?=\\p{Script=Han})|(?<=\\p{Script=Han}${X})${X}${NOT_LATIN_AFTER}|${X}?(?=\\s?${AFTER_NUMBER}))`, 'gu'), 'other', /[XxＸｘ]/],
  [/(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])|待补充|待补|待定|待填/g, 'other', /[TF待]/],
];
/** The characters of each pattern (third above) as kinds of `proseKinds`, which are read instead. Exported for its test. */
export const PATTERN_KINDS: readonly number[] = [
  HOLDS_X | HOLDS_TIMES,
  HOLDS_BRACKET,
  HOLDS_X | HOLDS_TIMES | HOLDS_STAR_MOU_BRACE,
  HOLDS_X,
  HOLDS_TODO_START,
];

/** Built-in placeholders of a prose block (code spans and code blocks excluded), memoised on the block. */
export function blockPlaceholders(block: Block, lines: readonly string[]): readonly PlaceholderHit[] {
  return memo(block, PLACEHOLDERS, lines, computeBlockPlaceholders);
}

/** Hits of the block being read: one list for all blocks (most find nothing), taken at their size. */
const scratch = new Gathered<PlaceholderHit>();

function computeBlockPlaceholders(block: Block, lines: readonly string[]): readonly PlaceholderHit[] {
  if (!isProse(block)) return NO_FACTS;
  const literalStars = literalStarsOf(block, lines);
  if (scratch.count) scratch.take(); // emptied, should a block have thrown halfway
  for (let i = 0; i < literalStars.length; i++) {
    const s = literalStars[i];
    scratch.push(hit(s.line, s.start, s.end, 'other'));
  }
  // Most blocks hold none of the characters a placeholder needs, and the block's kinds say so. The kinds of
  // a line say which patterns to run on it: those of the block for a block of one line (most), else its own.
  const blockKinds = proseKinds(block, lines);
  if (blockKinds & HOLDS_PLACEHOLDER_CHAR) {
    const n = block.end - block.start;
    for (let line = 0; line < n; line++) {
      const t = proseLine(block, lines, line);
      const kinds = n === 1 ? blockKinds : lineKinds(t);
      if (!(kinds & HOLDS_PLACEHOLDER_CHAR)) continue;
      for (let p = 0; p < PATTERNS.length; p++) if (kinds & PATTERN_KINDS[p]) addMatches(PATTERNS[p][0], t, line, PATTERNS[p][1], scratch);
    }
  }
  return scratch.count ? dropOverlaps(scratch.take()) : NO_FACTS;
}

/** Matches of configured patterns in a prose block, memoised for one set of patterns at a time. */
export function blockPatternHits(block: Block, lines: readonly string[], patterns: readonly RegExp[], version: string): readonly PlaceholderHit[] {
  if (!patterns.length) return NO_FACTS;
  return memoVersioned(block, PATTERN_HITS, version, () => {
    if (!isProse(block)) return [];
    const hits: PlaceholderHit[] = [];
    for (let line = 0; line < block.end - block.start; line++) for (const p of patterns) addMatches(p, proseLine(block, lines, line), line, 'other', hits);
    return hits;
  });
}

function hit(line: number, start: number, end: number, kind: PlaceholderHit['kind']): PlaceholderHit {
  return { line, start, end, kind };
}

/** Adds the non-empty matches of a global pattern on a line to `hits`. */
function addMatches(pattern: RegExp, text: string, line: number, kind: PlaceholderHit['kind'], hits: { push(hit: PlaceholderHit): unknown }): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    hits.push(hit(line, m.index, m.index + m[0].length, kind));
  }
}

type Span = { line: number; start: number; end: number };

/** Sorted by position (`hits` is sorted in place); a hit inside or overlapping an earlier (longer) one is dropped. */
export function withoutOverlaps<T extends Span>(hits: T[]): T[] {
  const kept = dropOverlaps(hits);
  return kept === hits ? hits.slice() : kept;
}

/** `withoutOverlaps`, giving back `hits` itself (sorted) when nothing overlaps. */
function dropOverlaps<T extends Span>(hits: T[]): T[] {
  // Most blocks have one hit, or hits found in order: `sort` would set up its work arrays for nothing.
  if (!inOrder(hits)) sortFew(hits, byPosition);
  // Most lists have no overlap: they are kept whole, not grown hit by hit from an empty list.
  let i = 1;
  while (i < hits.length && !overlaps(hits[i - 1], hits[i])) i++;
  if (i >= hits.length) return hits;
  const out = hits.slice(0, i);
  for (; i < hits.length; i++) if (!overlaps(out[out.length - 1], hits[i])) out.push(hits[i]);
  return out;
}

/** Whether `h`, sorted after `last`, starts inside it. */
function overlaps(last: Span, h: Span): boolean {
  return last.line === h.line && h.start < last.end;
}

function byPosition(a: Span, b: Span): number {
  return a.line - b.line || a.start - b.start || b.end - a.end;
}

function inOrder(hits: readonly Span[]): boolean {
  for (let i = 1; i < hits.length; i++) if (byPosition(hits[i - 1], hits[i]) > 0) return false;
  return true;
}
