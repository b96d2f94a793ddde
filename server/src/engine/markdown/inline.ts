import MarkdownIt from 'markdown-it';
import { ATX_OPEN, atxClosingStart } from './atx';
import { type Block, type BlockKind, memo, memoKey } from './blocks';

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
 * through markdown-it's inline parser; the others are their own lines.
 */
export function inlineFacts(block: Block, lines: readonly string[]): InlineFacts {
  return memo(block, INLINE, lines, computeInlineFacts);
}

/** Characters that make inline syntax matter to the checks: emphasis, code spans, autolinks, inline HTML. */
const MARKUP = /[*`<]/;
/** MARKUP, or the start of a link destination or URL (see `maskUrls`): most lines have none of them. */
const MARKUP_OR_URL = /[*`<]|\]\(|:\/\//;
/** No literal stars: shared by the many blocks without any (frozen, as it is shared). */
const NO_STARS: readonly LineSpan[] = Object.freeze([]);

function computeInlineFacts(block: Block, lines: readonly string[]): InlineFacts {
  const own = lines.slice(block.start, block.end);
  if (!isProse(block)) return { lines: own, text: maskUrls(own), literalStars: NO_STARS };
  // One scan of each line for the plain case, the commonest by far: prose without markup or URLs is its own text.
  if (!someMatch(own, MARKUP_OR_URL)) return { lines: own, text: own, literalStars: NO_STARS };
  if (!someMatch(own, MARKUP)) return { lines: own, text: maskUrls(own), literalStars: NO_STARS };
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

/** Characters that make inline syntax other than a run of `*` matter: code, HTML, escapes, links, images, entities, `_` and `~`. */
const OTHER_SYNTAX = /[`<\\[\]!&_~]/;
/** Stands for "one run of stars, left as text but not reported". */
const NO_RUN: LineSpan = Object.freeze({ line: -1, start: -1, end: -1 });

/**
 * A paragraph whose only inline syntax is one run of `*` (`在**科试点`: a redaction mark, the commonest markup of a
 * report): no emphasis can form (a run never pairs with itself), so the parse would leave every star as text. Its
 * literal stars are then that run, when it is two or more long or sits between Han characters (see `analyse`);
 * NO_RUN when it is not; undefined when the paragraph has other syntax or another run, and needs the parse.
 */
function loneStarRun(own: readonly string[]): LineSpan | undefined {
  let run: LineSpan | undefined;
  for (let line = 0; line < own.length; line++) {
    const text = own[line];
    if (OTHER_SYNTAX.test(text)) return undefined;
    for (let i = text.indexOf('*'); i >= 0; i = text.indexOf('*', i)) {
      if (run) return undefined;
      let end = i + 1;
      while (text.charCodeAt(end) === 0x2a) end++;
      run = { line, start: i, end };
      i = end;
    }
  }
  if (!run) return undefined;
  const text = own[run.line];
  return run.end - run.start >= 2 || (HAN.test(text[run.start - 1] ?? '') && HAN.test(text[run.end] ?? '')) ? run : NO_RUN;
}

/** Whether a pattern (not global) matches any of the lines; a loop, as a callback made a closure per block. */
function someMatch(lines: readonly string[], pattern: RegExp): boolean {
  for (let i = 0; i < lines.length; i++) if (pattern.test(lines[i])) return true;
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

/** One piece of inline content (a paragraph, a list item's paragraph, a table cell) and where its lines come from. */
interface Segment {
  text: string;
  /** Where each piece of `text` comes from; `offset` is where it starts in `text`. */
  parts: Array<{ line: number; col: number; length: number; offset: number }>;
}

const LIST_MARKER = /^[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$)/;
const QUOTE_MARKER = /^(?:[ \t]*>[ \t]?)+/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** Splits a block into inline contents, dropping block syntax (markers, indentation) but keeping positions. */
function segments(block: Block, own: readonly string[]): Segment[] {
  const out: Segment[] = [];
  let current: Segment | undefined;
  const add = (line: number, col: number, end: number, fresh: boolean) => {
    if (fresh || !current) out.push((current = { text: '', parts: [] }));
    if (current.parts.length) current.text += '\n';
    current.parts.push({ line, col, length: end - col, offset: current.text.length });
    current.text += own[line].slice(col, end);
  };
  const last = block.setext ? own.length - 1 : own.length;
  for (let i = 0; i < last; i++) {
    const text = own[i];
    if (block.kind === 'table') {
      if (!TABLE_DELIMITER.test(text)) cells(text).forEach(([a, b]) => add(i, a, b, true));
      continue;
    }
    if (block.kind === 'heading' && !block.setext) {
      const open = ATX_OPEN.exec(text)?.[0].length ?? 0;
      const close = atxClosingStart(text, open);
      add(i, open, close >= 0 ? close : text.length, true);
      continue;
    }
    let col = block.kind === 'quote' ? QUOTE_MARKER.exec(text)?.[0].length ?? 0 : 0;
    const marker = block.kind === 'list' || block.kind === 'quote' ? LIST_MARKER.exec(text.slice(col)) : null;
    if (marker) col += marker[0].length;
    while (col < text.length && (text[col] === ' ' || text[col] === '\t')) col++;
    if (col >= text.length) {
      current = undefined; // a blank line ends the paragraph
      continue;
    }
    add(i, col, text.length, marker !== null);
  }
  return out;
}

/** Cells of a table row: spans between unescaped pipes, outer pipes dropped. */
function cells(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && (text[i] !== '|' || text[i - 1] === '\\')) continue;
    if (text.slice(start, i).trim()) out.push([start, i]);
    start = i + 1;
  }
  return out;
}

interface Env {
  src: string;
  masks: Array<[number, number]>;
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

/** Consecutive star offsets as runs `[from, to)`. */
function runsOf(stars: number[]): Array<[number, number]> {
  stars.sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const offset of stars) {
    const run = runs[runs.length - 1];
    if (run && run[1] === offset) run[1]++;
    else runs.push([offset, offset + 1]);
  }
  return runs;
}

/**
 * `**一是加强学习。**全年……这是**重点**的`: CommonMark cannot close bold after Chinese punctuation
 * followed by a letter, so it leaves those stars as text or pairs them across the sentence, yet the
 * writer meant bold. Of the stars not taken for emphasis, two consecutive `**` around a phrase are
 * intended bold, not placeholders (so `**局和**处` passes: a known limit).
 */
function withoutIntendedBold(text: string, runs: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < runs.length; i++) {
    const [from, to] = runs[i];
    const next = runs[i + 1];
    if (next && to - from === 2 && next[1] - next[0] === 2 && isPhrase(text.slice(to, next[0]))) {
      i++;
      continue;
    }
    out.push([from, to]);
  }
  return out;
}

/** A short stretch of words that bold can wrap: 2 to 30 characters, one line, no 、，；or quotes inside. */
function isPhrase(inner: string): boolean {
  return inner.length >= 2 && inner.length <= 30 && !/[\n，、；,;“”]/.test(inner) && !/^\p{P}/u.test(inner);
}

const HAN = /\p{Script=Han}/u;

/**
 * `对**工作……推动**事业`, `与**、**、**党支部`, `《**市**局`: CommonMark pairs redaction marks into
 * bold, since in Chinese every `*` sits inside a word. A pair stays emphasis when it stands apart from
 * the words around it (`**一是……。**`, `，**重点**，`) or wraps a short phrase (`这是**加粗**文字`: 2 to
 * 30 characters on one line, no 、，；or quotation marks, not starting with punctuation); any other
 * pair is two placeholders.
 */
function redactionPair(text: string, open: number, length: number, close: number): boolean {
  if (!HAN.test(text[open - 1] ?? '') && !HAN.test(text[close + length] ?? '')) return false;
  return !isPhrase(text.slice(open + length, close));
}

/** `text` with the characters at `columns` replaced by `MASK`, in one pass. */
function maskColumns(text: string, columns: readonly number[]): string {
  const chars = text.split('');
  for (const c of columns) chars[c] = MASK;
  return chars.join('');
}

/** Line and column of a segment offset (a binary search); undefined for the line breaks between parts. */
function locate(segment: Segment, offset: number): { line: number; col: number } | undefined {
  const parts = segment.parts;
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (parts[mid].offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  const part = parts[lo];
  const rel = offset - part.offset;
  return rel >= 0 && rel < part.length ? { line: part.line, col: part.col + rel } : undefined;
}

/** An inline rule as markdown-it's ruler takes it. */
type InlineRule = Parameters<MarkdownIt['inline']['ruler']['at']>[1];
type StateInline = Parameters<InlineRule>[0];

let parser: MarkdownIt | undefined;

/**
 * markdown-it with the inline phase only, text tokens left unmerged, and four rules wrapped to record
 * where they matched: each `*` delimiter token gets its offset (`meta.star`), and code spans,
 * autolinks and inline HTML are recorded as masks.
 */
function inlineParser(): MarkdownIt {
  if (parser) return parser;
  const md = new MarkdownIt('commonmark', { html: true });
  md.core.ruler.enableOnly(['normalize', 'block', 'inline']);
  md.inline.ruler2.disable('fragments_join');
  wrap(md, 'emphasis', (state, start) => {
    if (state.src[start] !== '*') return;
    const n = state.pos - start;
    for (let i = 0; i < n; i++) state.tokens[state.tokens.length - n + i].meta = { star: start + i };
  });
  const mask = (state: StateInline, start: number, before: number) => {
    const env = state.env as Env;
    // Only matches in the segment itself count, not in an image description parsed apart (always
    // shorter). Lengths, not strings, are compared: the normaliser may pass on an equal copy, and
    // comparing that at every match made a paragraph of code spans quadratic.
    if (state.src.length === env.src.length && state.tokens.length > before) env.masks.push([start, state.pos]);
  };
  wrap(md, 'backticks', (state, start, before) => {
    if (state.tokens[state.tokens.length - 1]?.type === 'code_inline') mask(state, start, before);
  });
  wrap(md, 'autolink', mask);
  wrap(md, 'html_inline', mask);
  return (parser = md);
}

function wrap(md: MarkdownIt, name: string, after: (state: StateInline, start: number, tokensBefore: number) => void): void {
  const rules = (md.inline.ruler as unknown as { __rules__: Array<{ name: string; fn: InlineRule }> }).__rules__;
  const original = rules.find((r) => r.name === name)?.fn;
  if (!original) throw new Error(`reportlint: markdown-it has no inline rule "${name}"`);
  md.inline.ruler.at(name, (state: StateInline, silent: boolean) => {
    const start = state.pos;
    const before = state.tokens.length;
    if (!original(state, silent)) return false;
    if (!silent) after(state, start, before);
    return true;
  });
}
