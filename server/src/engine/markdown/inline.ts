import { type Block, type BlockKind, memo, memoKey, replaceMemo } from './blocks';
import { type Env, inlineParser } from './inline-parser';
import { locate, type Segment, segments } from './inline-segments';
import { HAN, loneStarRun, NO_RUN, redactionPair, runsOf, withoutIntendedBold } from './literal-stars';

const INLINE = memoKey('inline');

/** Stands in for the characters of code spans, autolinks and inline HTML in masked lines. */
export const MASK = '\uE000';

/** A stretch of one line of a block: `line` relative to the block's first line, `[start, end)` in characters. */
export interface LineSpan {
  line: number;
  start: number;
  end: number;
}

/** What the inline syntax of a block means for text checks, memoised on the block. */
export interface InlineFacts {
  /** The block's lines, code spans, autolinks and inline HTML replaced by `MASK` (same lengths). */
  lines: readonly string[];
  /** `lines` with link and image destinations and bare URLs masked too: the prose that text checks read. */
  text: readonly string[];
  /** Runs of two or more `*` that Markdown leaves as text: they are not emphasis delimiters. */
  literalStars: readonly LineSpan[];
}

/** Whether a block holds prose that text checks read (not code, HTML or a rule). */
export function isProse(block: Block): boolean {
  const kind: BlockKind = block.kind;
  return kind === 'paragraph' || kind === 'heading' || kind === 'list' || kind === 'table' || kind === 'quote';
}

/**
 * The block's text as prose checks see it. Only blocks that contain `*`, a backtick or `<` are run
 * through markdown-it's inline parser; the others are their own lines. For those, the facts are made
 * when first asked for here (text checks read `proseLine` and `maskedText`, which need no copy).
 */
export function inlineFacts(block: Block, lines: readonly string[]): InlineFacts {
  const facts = memo(block, INLINE, lines, computeInlineFacts);
  if (facts !== PLAIN) return facts;
  const own = lines.slice(block.start, block.end);
  return replaceMemo(block, INLINE, { lines: own, text: own, literalStars: NO_STARS });
}

/**
 * Line `line` (relative to the block) of the block's text as prose checks read it: the document's own line
 * when the block's inline syntax changes nothing (most blocks), else its masked copy.
 */
export function proseLine(block: Block, lines: readonly string[], line: number): string {
  const facts = memo(block, INLINE, lines, computeInlineFacts);
  return facts === PLAIN ? lines[block.start + line] : facts.text[line];
}

/**
 * The block's text as prose checks read it (see `InlineFacts.text`) when it differs from the document's
 * lines, else undefined: the text is then the lines `[block.start, block.end)` as they are.
 */
export function maskedText(block: Block, lines: readonly string[]): readonly string[] | undefined {
  const facts = memo(block, INLINE, lines, computeInlineFacts);
  return facts === PLAIN ? undefined : facts.text;
}

/** The literal stars of the block (see `InlineFacts.literalStars`), without making facts for a plain block. */
export function literalStarsOf(block: Block, lines: readonly string[]): readonly LineSpan[] {
  const facts = memo(block, INLINE, lines, computeInlineFacts);
  return facts === PLAIN ? NO_STARS : facts.literalStars;
}

/** Characters that make inline syntax matter to the checks: emphasis, code spans, autolinks, inline HTML. */
const MARKUP = /[*`<]/;
/** MARKUP, or the start of a link destination or URL (see `maskUrls`): most lines have none of them. */
const MARKUP_OR_URL = /[*`<]|\]\(|:\/\//;
/** What `hasUrl` looks for: the lines of a block that is not prose are masked only there. */
const URL_START = /\]\(|:\/\//;
/** No literal stars: shared by the many blocks without any (frozen, as it is shared). */
const NO_STARS: readonly LineSpan[] = Object.freeze([]);

/**
 * Memoised for a block whose facts are its own lines, unmasked, and no literal stars (3,667 of the 1 MB
 * report's 3,667 blocks): no copy of its lines and no facts object (0.4 MB per check of that report).
 */
const PLAIN: InlineFacts = Object.freeze({ lines: NO_STARS as unknown as string[], text: NO_STARS as unknown as string[], literalStars: NO_STARS });

function computeInlineFacts(block: Block, lines: readonly string[]): InlineFacts {
  // One scan of each line for the plain case, the commonest by far: prose without markup or URLs is its own text.
  if (!someMatch(lines, block.start, block.end, isProse(block) ? MARKUP_OR_URL : URL_START)) return PLAIN;
  const own = lines.slice(block.start, block.end);
  if (!isProse(block) || !someMatch(own, 0, own.length, MARKUP)) return { lines: own, text: maskUrls(own), literalStars: NO_STARS };
  const lone = block.kind === 'paragraph' ? loneStarRun(own) : undefined;
  if (lone) return { lines: own, text: maskUrls(own), literalStars: lone === NO_RUN ? NO_STARS : [lone] };
  return parsedFacts(block, own);
}

/**
 * The facts of a block as markdown-it's inline parse gives them (the definition; `inlineFacts` skips the parse
 * where its outcome is known). Exported for tests.
 */
export function parsedFacts(block: Block, own: readonly string[]): InlineFacts {
  const masks = new Map<number, number[]>();
  const literalStars: LineSpan[] = [];
  for (const segment of segments(block, own)) analyse(segment, masks, literalStars);
  const masked = own.map((text, line) => (masks.has(line) ? maskColumns(text, masks.get(line)!) : text));
  return { lines: masked, text: maskUrls(masked), literalStars };
}

/** Whether a pattern (not global) matches any of the lines `[from, to)`; a loop, as a callback made a closure per block. */
function someMatch(lines: readonly string[], from: number, to: number, pattern: RegExp): boolean {
  for (let i = from; i < to; i++) if (pattern.test(lines[i])) return true;
  return false;
}

const URL = /\]\(\s*(?:<[^>\n]*>|[^\s)]+)|\bhttps?:\/\/[^\s<>()（）\u3000-\u303f\uff01-\uff0f]+/gi;

/** Masks link destinations (`](url)`) and bare URLs, which are addresses, not prose. */
function maskUrls(lines: readonly string[]): readonly string[] {
  if (!lines.some(hasUrl)) return lines;
  return lines.map((l) => (hasUrl(l) ? l.replace(URL, (m) => m.slice(0, m.startsWith(']') ? 2 : 0) + MASK.repeat(m.length - (m.startsWith(']') ? 2 : 0))) : l));
}

function hasUrl(line: string): boolean {
  return line.includes('](') || line.includes('://');
}

/** Parses one segment and adds what it found to the block's columns to mask (by line) and literal stars. */
function analyse(segment: Segment, masks: Map<number, number[]>, literalStars: LineSpan[]): void {
  const env: Env = { src: segment.text, masks: [] };
  const tokens = inlineParser().parseInline(segment.text, env)[0]?.children ?? [];
  for (const [from, to] of env.masks) {
    for (let o = from; o < to; o++) {
      const at = locate(segment, o);
      if (!at) continue;
      const columns = masks.get(at.line);
      if (columns) columns.push(at.col);
      else masks.set(at.line, [at.col]);
    }
  }
  const stars: number[] = [];
  const open: Array<[number, number]> = [];
  for (const token of tokens) {
    const offset = (token.meta as { star?: number } | null)?.star;
    if (offset === undefined) continue;
    if (token.type === 'text' && token.content === '*') stars.push(offset);
    else if (token.type === 'strong_open') open.push([offset - 1, 2]);
    else if (token.type === 'em_open') open.push([offset, 1]);
    else if ((token.type === 'strong_close' || token.type === 'em_close') && open.length) {
      const [from, length] = open.pop()!;
      if (redactionPair(segment.text, from, length, offset)) for (let i = 0; i < length; i++) stars.push(from + i, offset + i);
    }
  }
  for (const [from, to] of withoutIntendedBold(segment.text, runsOf(stars))) {
    if (to - from >= 2 || (HAN.test(segment.text[from - 1] ?? '') && HAN.test(segment.text[to] ?? ''))) {
      const at = locate(segment, from)!;
      literalStars.push({ line: at.line, start: at.col, end: at.col + to - from });
    }
  }
}

/** `text` with the characters at `columns` replaced by `MASK`, in one pass. */
function maskColumns(text: string, columns: readonly number[]): string {
  const chars = text.split('');
  for (const c of columns) chars[c] = MASK;
  return chars.join('');
}
