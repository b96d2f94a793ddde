import { ATX_OPEN, atxClosingStart, trimBlanksEnd } from '../markdown/atx';
import { type Block, memo, memoKey, NO_FACTS } from '../markdown/blocks';
import { readMarker } from './marker-reader';
import { mayStartMarker, type Marker } from './markers';
import { isWhiteSpace, trimmedEnd } from './text';

const HEADINGS = memoKey('headings');

/** How a heading is written. */
export type HeadingKind = 'atx' | 'setext' | 'plain' | 'runin' | 'list';

/** A line that may open a section, found in one block; lines are relative to the block. */
export interface HeadingCandidate {
  kind: HeadingKind;
  /** Line of the heading (its first line for Setext), relative to the block. */
  line: number;
  /** Markdown heading level (1–6) of ATX and Setext headings. */
  mdLevel?: number;
  marker?: Marker;
  /** Column where the marker (or the title when there is none) starts. */
  markerStart: number;
  title: string;
  titleStart: number;
  titleEnd: number;
  /** Where the heading ends and the body begins: the end of its line, or after a run-in title sentence. */
  endLine: number;
  endChar: number;
  /** A marker that numbers a whole paragraph rather than a titled heading sentence. */
  numberedParagraph?: boolean;
}

/** Debris glued before a marker by copy and paste (##paidbegin##) and bold wrappers (**一、…**). */
const PREFIX = /^(?:##[a-z]+##|\*\*|__)+/i;
/** Ends of a run-in heading's first sentence: 。！？!?；; */
const STRONG_END = 1;
/** Characters stripped from the end of a title, besides white space: those, ：:，, and * _ */
const TRAILING = 2;
const COLON = 4;
const COMMA = 8;

/** What a UTF-16 code unit is to titles (a switch: Set lookups were a sixth of finding candidates). */
function punctuation(c: number): number {
  switch (c) {
    case 0x3002: case 0xff01: case 0xff1f: case 0x21: case 0x3f: case 0xff1b: case 0x3b: // 。！？!?；;
      return STRONG_END | TRAILING;
    case 0xff1a: case 0x3a: // ：:
      return COLON | TRAILING;
    case 0xff0c: case 0x2c: // ，,
      return COMMA | TRAILING;
    case 0x2a: case 0x5f: // * _
      return TRAILING;
    default:
      return 0;
  }
}

/** Longest line still read as a heading on its own line (characters after the marker). */
export const MAX_PLAIN_HEADING = 60;
/** Longest heading sentence that opens a paragraph. */
export const MAX_RUNIN_TITLE = 80;

/**
 * What is memoised on a block: its one candidate (most blocks that have any have one, and a list for each was
 * 2,500 arrays per 1 MB report), or a list of them (none: the shared empty one).
 */
type Found = HeadingCandidate | HeadingCandidate[];

/** Heading candidates of a block, memoised on it (a block with one gets a new list on each call: see `candidateAt`). */
export function headingCandidates(block: Block, lines: readonly string[]): HeadingCandidate[] {
  const found = memo(block, HEADINGS, lines, findCandidates);
  return Array.isArray(found) ? found : [found];
}

/** How many heading candidates the block has (see `candidateAt`). */
export function candidateCount(block: Block, lines: readonly string[]): number {
  const found = memo(block, HEADINGS, lines, findCandidates);
  return Array.isArray(found) ? found.length : 1;
}

/** The block's candidate at `index` (below `candidateCount`), read without making a list. */
export function candidateAt(block: Block, lines: readonly string[], index: number): HeadingCandidate {
  const found = memo(block, HEADINGS, lines, findCandidates);
  return Array.isArray(found) ? found[index] : found;
}

function findCandidates(block: Block, lines: readonly string[]): Found {
  if (block.kind === 'heading') return markdownHeading(block, lines);
  const list = block.kind === 'list';
  if (list ? !block.ordered : block.kind !== 'paragraph') return NO_FACTS as unknown as HeadingCandidate[];
  // Most blocks have no candidate, or one: no empty array made for each, none grown.
  let one: HeadingCandidate | undefined;
  let more: HeadingCandidate[] | undefined;
  const count = list ? block.items!.length : block.end - block.start; // a list's items, a paragraph's lines
  for (let n = 0; n < count; n++) {
    const rel = list ? block.items![n].line : n;
    const found = numberedLine(lines[block.start + rel], rel, list ? 'list' : 'plain');
    if (!found) continue;
    if (one === undefined) one = found;
    else if (more === undefined) more = [one, found];
    else more.push(found);
  }
  return more ?? one ?? (NO_FACTS as unknown as HeadingCandidate[]);
}

function markdownHeading(block: Block, lines: readonly string[]): HeadingCandidate {
  const line = lines[block.start];
  let start: number;
  let end: number;
  let endLine = 0;
  let endChar: number;
  if (block.setext) {
    start = indentLength(line);
    end = trimmedEnd(line, 0);
    endLine = block.end - block.start - 1;
    endChar = lines[block.end - 1].length;
  } else {
    start = atxOpenLength(line);
    const close = atxClosingStart(line, start);
    end = close >= 0 ? close : trimBlanksEnd(line, start);
    endChar = line.length;
  }
  const heading: HeadingCandidate = {
    kind: block.setext ? 'setext' : 'atx', line: 0, mdLevel: block.headingLevel, marker: undefined, markerStart: start,
    title: '', titleStart: start, titleEnd: Math.max(start, end), endLine, endChar, numberedParagraph: undefined,
  };
  const prefixEnd = start + prefixLength(line, start, end);
  const marker = readMarker(line, prefixEnd, end);
  if (marker) {
    heading.marker = marker;
    heading.markerStart = prefixEnd;
    heading.titleStart = prefixEnd + marker.length;
  }
  heading.title = cleanTitle(line, heading.titleStart, heading.titleEnd);
  return heading;
}

/** A line that opens with a numbering marker: a heading on its own line, or a run-in heading. */
function numberedLine(line: string, rel: number, kind: 'plain' | 'list'): HeadingCandidate | undefined {
  const indent = indentLength(line);
  const first = line.charCodeAt(indent);
  if (first !== 0x23 && first !== 0x2a && first !== 0x5f && !mayStartMarker(first)) return undefined; // most body lines: # * _ or a marker's first character
  const col = indent + prefixLength(line, indent, line.length);
  const marker = readMarker(line, col);
  if (!marker) return undefined;
  const titleStart = col + marker.length;
  const end = trimmedEnd(line, titleStart); // an index: trimEnd on a slice was this function's costliest line
  if (end === titleStart) return undefined;
  const length = end - titleStart;
  const strong = strongEnd(line, titleStart, end);
  // Built with every field present and then filled in: one object shape, no spreads (this runs per numbered line).
  const c: HeadingCandidate = {
    kind: kind === 'list' ? 'list' : 'plain', line: rel, mdLevel: undefined, marker, markerStart: col,
    title: '', titleStart, titleEnd: 0, endLine: rel, endChar: 0, numberedParagraph: undefined,
  };
  let titleLength: number;
  if (length <= MAX_PLAIN_HEADING && (strong < 0 || strong === length - 1)) {
    c.title = cleanTitle(line, titleStart, end);
    c.titleEnd = end;
    c.endChar = line.length;
    return c;
  }
  if (kind !== 'list') c.kind = 'runin';
  if (strong > 0 && strong <= MAX_RUNIN_TITLE) {
    c.numberedParagraph = strong === length - 1 || undefined; // one long sentence: a numbered paragraph, not a heading
    titleLength = strong;
    c.endChar = titleStart + strong + 1;
  } else {
    c.numberedParagraph = true;
    titleLength = firstClause(line, titleStart);
    c.endChar = titleStart + titleLength;
  }
  c.title = cleanTitle(line, titleStart, titleStart + titleLength);
  c.titleEnd = titleStart + titleLength;
  return c;
}

/** Length of the indentation INDENT matches, without allocating. */
function indentLength(line: string): number {
  let i = 0;
  for (let c = line.charCodeAt(0); c === 0x20 || c === 0x09 || c === 0x3000; c = line.charCodeAt(++i));
  return i;
}

/**
 * Length of the opening `#`s of an ATX heading line and the blanks after them (what ATX_OPEN matches), read by code
 * unit: the regex made a match array and a string per heading. The regex decides anything unusual.
 */
function atxOpenLength(line: string): number {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 0x20) i++;
  const hashes = i;
  while (i - hashes < 6 && line.charCodeAt(i) === 0x23) i++;
  const c = line.charCodeAt(i);
  if (i === hashes || (i < line.length && c !== 0x20 && c !== 0x09)) return ATX_OPEN.exec(line)![0].length;
  while (line.charCodeAt(i) === 0x20 || line.charCodeAt(i) === 0x09) i++;
  return i;
}

/** Length of the debris or bold wrapper PREFIX matches at `from` (text up to `end`); 0 unless it opens with # * _. */
function prefixLength(line: string, from: number, end: number): number {
  const c = line.charCodeAt(from);
  if (from >= end || (c !== 0x23 && c !== 0x2a && c !== 0x5f)) return 0;
  return PREFIX.exec(line.slice(from, end))?.[0].length ?? 0;
}

/** Offset from `from` of the first sentence end (STRONG_END) before `end`, or -1. */
function strongEnd(line: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (punctuation(line.charCodeAt(i)) & STRONG_END) return i - from;
  return -1;
}

/** End (from `from`) of the first clause of a long numbered paragraph, used as its title in the outline. */
function firstClause(line: string, from: number): number {
  const colon = firstOf(line, from, MAX_PLAIN_HEADING, COLON);
  if (colon > 0) return colon;
  const comma = firstOf(line, from, 40, COMMA);
  if (comma > 0) return comma;
  const cut = Math.min(line.length - from, 30);
  const high = line.charCodeAt(from + cut - 1);
  return high >= 0xd800 && high <= 0xdbff ? cut - 1 : cut; // not between the halves of a surrogate pair (emoji, rare CJK)
}

/** Offset from `from` of the first character of `kind` in the line, when it is within `limit` of `from`; else -1. */
function firstOf(line: string, from: number, limit: number, kind: number): number {
  const to = Math.min(line.length, from + limit + 1);
  for (let i = from; i < to; i++) if (punctuation(line.charCodeAt(i)) & kind) return i - from;
  return -1;
}

/** The title in `[from, to)`: without trailing punctuation (TRAILING_PUNCT) and surrounding white space; one slice. */
function cleanTitle(line: string, from: number, to: number): string {
  let end = to;
  while (end > from && isTrailing(line.charCodeAt(end - 1))) end--;
  let start = from;
  while (start < end && isWhiteSpace(line.charCodeAt(start))) start++;
  return line.slice(start, end);
}

function isTrailing(c: number): boolean {
  return isWhiteSpace(c) || (punctuation(c) & TRAILING) !== 0;
}
