import { ATX_OPEN, atxClosingStart, trimBlanksEnd } from '../markdown/atx';
import { type Block, memo, memoKey } from '../markdown/blocks';
import { mayStartMarker, parseMarker, type Marker } from './markers';
import { trimmedEnd } from './text';

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

/** Indentation people use before a heading line: spaces, tabs and the full-width space. */
const INDENT = /^[ \t\u3000]*/;
/** Debris glued before a marker by copy and paste (##paidbegin##) and bold wrappers (**一、…**). */
const PREFIX = /^(?:##[a-z]+##|\*\*|__)+/i;
const STRONG_END = /[。！？!?；;]/;
/** Characters stripped from the end of a title (one at a time: as `/[…]+$/` this backtracks quadratically). */
const TRAILING_PUNCT = /[\s。：:；;，,！？!?*_]/;

/** Longest line still read as a heading on its own line (characters after the marker). */
export const MAX_PLAIN_HEADING = 60;
/** Longest heading sentence that opens a paragraph. */
export const MAX_RUNIN_TITLE = 80;

/** Heading candidates of a block, memoised on it. */
export function headingCandidates(block: Block, lines: readonly string[]): HeadingCandidate[] {
  return memo(block, HEADINGS, lines, findCandidates);
}

function findCandidates(block: Block, lines: readonly string[]): HeadingCandidate[] {
  switch (block.kind) {
    case 'heading':
      return [markdownHeading(block, lines)];
    case 'paragraph': {
      // Most paragraphs have no candidate, or one on their first line: no empty array to grow for each.
      let out: HeadingCandidate[] | undefined;
      for (let i = block.start; i < block.end; i++) {
        const found = numberedLine(lines[i], i - block.start, 'plain');
        if (found) {
          if (out) out.push(found);
          else out = [found];
        }
      }
      return out ?? [];
    }
    case 'list':
      if (!block.ordered) return [];
      return block.items!.flatMap((item) => numberedLine(lines[block.start + item.line], item.line, 'list') ?? []);
    default:
      return [];
  }
}

function markdownHeading(block: Block, lines: readonly string[]): HeadingCandidate {
  const line = lines[block.start];
  let start: number;
  let end: number;
  let endLine = 0;
  let endChar: number;
  if (block.setext) {
    start = INDENT.exec(line)![0].length;
    end = line.trimEnd().length;
    endLine = block.end - block.start - 1;
    endChar = lines[block.end - 1].length;
  } else {
    const m = ATX_OPEN.exec(line)!;
    start = m[0].length;
    const close = atxClosingStart(line, start);
    end = close >= 0 ? close : trimBlanksEnd(line, start);
    endChar = line.length;
  }
  const heading: HeadingCandidate = {
    kind: block.setext ? 'setext' : 'atx', line: 0, mdLevel: block.headingLevel, marker: undefined, markerStart: start,
    title: '', titleStart: start, titleEnd: Math.max(start, end), endLine, endChar, numberedParagraph: undefined,
  };
  const text = line.slice(start, end);
  const prefix = PREFIX.exec(text)?.[0].length ?? 0;
  const marker = parseMarker(text.slice(prefix));
  if (marker) {
    heading.marker = marker;
    heading.markerStart = start + prefix;
    heading.titleStart = start + prefix + marker.length;
  }
  heading.title = cleanTitle(line.slice(heading.titleStart, heading.titleEnd));
  return heading;
}

/** A line that opens with a numbering marker: a heading on its own line, or a run-in heading. */
function numberedLine(line: string, rel: number, kind: 'plain' | 'list'): HeadingCandidate | undefined {
  let col = indentLength(line);
  const first = line.charCodeAt(col);
  if (first === 0x23 || first === 0x2a || first === 0x5f) col += PREFIX.exec(line.slice(col))?.[0].length ?? 0; // # * _
  else if (!mayStartMarker(first)) return undefined; // most body lines: no slicing, no regex
  const marker = parseMarker(line.slice(col));
  if (!marker) return undefined;
  const titleStart = col + marker.length;
  const end = trimmedEnd(line, titleStart); // an index: trimEnd on a slice was this function's costliest line
  if (end === titleStart) return undefined;
  const trimmed = line.slice(titleStart, end);
  const strong = trimmed.search(STRONG_END);
  // Built with every field present and then filled in: one object shape, no spreads (this runs per numbered line).
  const c: HeadingCandidate = {
    kind: kind === 'list' ? 'list' : 'plain', line: rel, mdLevel: undefined, marker, markerStart: col,
    title: '', titleStart, titleEnd: 0, endLine: rel, endChar: 0, numberedParagraph: undefined,
  };
  let titleLength: number;
  if (trimmed.length <= MAX_PLAIN_HEADING && (strong < 0 || strong === trimmed.length - 1)) {
    c.title = cleanTitle(trimmed);
    c.titleEnd = titleStart + trimmed.length;
    c.endChar = line.length;
    return c;
  }
  if (kind !== 'list') c.kind = 'runin';
  if (strong > 0 && strong <= MAX_RUNIN_TITLE) {
    c.numberedParagraph = strong === trimmed.length - 1 || undefined; // one long sentence: a numbered paragraph, not a heading
    titleLength = strong;
    c.endChar = titleStart + strong + 1;
  } else {
    c.numberedParagraph = true;
    titleLength = firstClause(line.slice(titleStart));
    c.endChar = titleStart + titleLength;
  }
  c.title = cleanTitle(line.slice(titleStart, titleStart + titleLength));
  c.titleEnd = titleStart + titleLength;
  return c;
}

/** Length of the indentation INDENT matches, without allocating. */
function indentLength(line: string): number {
  let i = 0;
  for (let c = line.charCodeAt(0); c === 0x20 || c === 0x09 || c === 0x3000; c = line.charCodeAt(++i));
  return i;
}

/** End of the first clause of a long numbered paragraph, used as its title in the outline. */
function firstClause(text: string): number {
  const colon = text.search(/[：:]/);
  if (colon > 0 && colon <= MAX_PLAIN_HEADING) return colon;
  const comma = text.search(/[，,]/);
  if (comma > 0 && comma <= 40) return comma;
  const cut = Math.min(text.length, 30);
  const high = text.charCodeAt(cut - 1);
  return high >= 0xd800 && high <= 0xdbff ? cut - 1 : cut; // not between the halves of a surrogate pair (emoji, rare CJK)
}

function cleanTitle(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_PUNCT.test(text[end - 1])) end--;
  return text.slice(0, end).trim();
}
