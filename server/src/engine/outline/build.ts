import type { ReportDocument } from '../document';
import type { Block } from '../markdown/blocks';
import { range, type Position, type Range } from '../types';
import { headingCandidates, type HeadingCandidate } from './candidates';
import { markerRank, type NumberingLevel } from './markers';
import type { Outline, ReportTitle, Section } from './model';
import { isBlank } from './text';

/** Longest first line taken as the title of a plain-text report. */
const MAX_TITLE = 40;
/** Levels that show a report is numbered the Chinese official way, so `1. …` lists are headings in it. */
const OFFICIAL: ReadonlySet<NumberingLevel> = new Set(['chapter', 'section', 'cn', 'cn-paren']);

/** Builds the report's outline from the headings of every kind found in its blocks. */
export function buildOutline(doc: ReportDocument): Outline {
  return buildRecorded(doc).outline;
}

/** What an outline was built from, so that a later check can tell whether it still holds (see `reuse.ts`). */
export interface OutlineInputs {
  /** Line of the first block: its candidates on its first line may be the title, not sections. */
  firstStart: number | undefined;
  lineCount: number;
  /** Every heading candidate of every block, in order, and the line each one's block started on. */
  candidates: HeadingCandidate[];
  offsets: number[];
  /** For each section of `all`, the line of the heading (or the document end) that closed it. */
  closedAt: number[];
}

/** Builds the outline and records what it was built from. */
export function buildRecorded(doc: ReportDocument): { outline: Outline; inputs: OutlineInputs } {
  const lines = doc.lines;
  const title = findTitle(doc);
  const inputs: OutlineInputs = { firstStart: doc.blocks[0]?.start, lineCount: doc.lineCount, candidates: [], offsets: [], closedAt: [] };
  const all: Section[] = [];
  const sections: Section[] = [];
  const stack: number[] = []; // indexes into `all` of the open sections
  const pop = (next: Position) => {
    const index = stack.pop()!;
    close(all[index], next, lines);
    inputs.closedAt[index] = next.line;
  };
  let official = false;
  // Indexes, not for…of: the iterators' results showed up in allocation profiles.
  for (let b = 0; b < doc.blocks.length; b++) {
    const block = doc.blocks[b];
    const candidates = headingCandidates(block, lines);
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[i];
      inputs.candidates.push(candidate);
      inputs.offsets.push(block.start);
      if (title && block === doc.blocks[0] && candidate.line === 0) continue;
      if (candidate.kind === 'list' && !official) continue;
      const section = toSection(candidate, block.start, lines);
      if (section.marker && OFFICIAL.has(section.marker.level)) official = true;
      while (stack.length && !contains(all[stack[stack.length - 1]], section)) pop(section.headingRange.start);
      const parent = stack.length ? all[stack[stack.length - 1]] : undefined;
      section.parent = parent;
      section.depth = stack.length + 1;
      (parent ? parent.children : sections).push(section);
      stack.push(all.length);
      all.push(section);
    }
  }
  const end = { line: doc.lineCount, character: 0 };
  while (stack.length) pop(end);
  return { outline: { title, sections, all }, inputs };
}

/** Whether `outer` (an open section) contains the section that follows it (also asked of a heading being typed). */
export function contains(outer: Pick<Section, 'marker' | 'mdLevel'>, next: Pick<Section, 'marker' | 'mdLevel'>): boolean {
  if (outer.marker && next.marker) return markerRank(outer.marker) < markerRank(next.marker);
  const outerMd = outer.mdLevel !== undefined;
  const nextMd = next.mdLevel !== undefined;
  if (outerMd && nextMd) return outer.mdLevel! < next.mdLevel!;
  return outerMd; // a numbered plain line sits inside a Markdown section, never the reverse
}

function toSection(c: HeadingCandidate, offset: number, lines: readonly string[]): Section {
  const line = offset + c.line;
  const start = c.kind === 'atx' || c.kind === 'setext' ? 0 : c.markerStart;
  const endLine = offset + c.endLine;
  // Positions are never changed in place, so ranges that start or end at the same place share one: a
  // 1 MB report has thousands of sections, each with five ranges.
  const headingStart = { line, character: start };
  const headingEnd = { line: endLine, character: c.endChar };
  const titleStart = c.titleStart === start ? headingStart : { line, character: c.titleStart };
  const titleEnd = endLine === line && c.titleEnd === c.endChar ? headingEnd : { line, character: c.titleEnd };
  // The heading ends at its line's end at most; the body starts at the unclamped end (reuse.ts reads it there).
  const clamped = endLine < lines.length && c.endChar > lines[endLine].length;
  let markerRange: Range | undefined;
  if (c.marker) {
    const markerEnd = c.markerStart + c.marker.text.length;
    markerRange = {
      start: c.markerStart === start ? headingStart : { line, character: c.markerStart },
      end: markerEnd === titleStart.character ? titleStart : { line, character: markerEnd },
    };
  }
  return {
    // Every field set, in one order: all sections share one hidden class for the rules that walk them.
    kind: c.kind, depth: 0, mdLevel: c.mdLevel, marker: c.marker, title: c.title,
    titleRange: { start: titleStart, end: titleEnd },
    headingRange: { start: headingStart, end: clamped ? { line: endLine, character: lines[endLine].length } : headingEnd },
    bodyRange: { start: headingEnd, end: headingEnd },
    range: { start: headingStart, end: headingEnd },
    numberedParagraph: c.numberedParagraph, children: [], markerRange, parent: undefined,
  };
}

/** Ends a section at the last non-blank text before `next`, the start of the following heading. */
function close(section: Section, next: Position, lines: readonly string[]): void {
  const headingLine = section.headingRange.end.line;
  let line = next.line - 1;
  while (line > headingLine && isBlank(lines[line])) line--;
  const end = line < headingLine ? section.headingRange.end : { line, character: lines[line].length };
  section.range.end = end;
  section.bodyRange.end = end;
}

/** The title: a lone leading level-1 heading, or the short first line of a plain-text report. */
export function findTitle(doc: ReportDocument): ReportTitle | undefined {
  const first: Block | undefined = doc.blocks[0];
  if (!first) return undefined;
  const text = doc.lines[first.start];
  if (first.kind === 'heading') {
    if (first.headingLevel !== 1 || secondH1(doc.blocks)) return undefined;
    const c = headingCandidates(first, doc.lines)[0];
    return { text: c.title, range: range(first.start, 0, first.start + c.endLine, c.endChar) };
  }
  if (first.kind !== 'paragraph') return undefined;
  const trimmed = text.trim();
  const plain = headingCandidates(first, doc.lines)[0];
  if (!trimmed || trimmed.length > MAX_TITLE || /[。：:，,；;！？!?]$/.test(trimmed) || plain?.line === 0) return undefined;
  const start = text.length - text.trimStart().length;
  return { text: trimmed, range: range(first.start, start, first.start, start + trimmed.length) };
}

/** Whether a level-1 heading follows the first block (which is one): a counting loop, no filtered copy of the blocks. */
function secondH1(blocks: readonly Block[]): boolean {
  for (let i = 1; i < blocks.length; i++) if (blocks[i].kind === 'heading' && blocks[i].headingLevel === 1) return true;
  return false;
}
