import type { ReportDocument } from '../document';
import type { Block } from '../markdown/blocks';
import { range } from '../types';
import { candidateAt, candidateCount, type HeadingCandidate } from './candidates';
import { markerRank, type NumberingLevel } from './markers';
import type { Outline, ReportTitle, Section } from './model';
import { BuiltSection } from './section';

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
  offsets: Int32Array;
  /**
   * For each section of `all` (and unused slots after them), the line of the heading (or the document end) that
   * closed it. Typed, as `offsets`: kept as long as the outline, their slots lie outside the JavaScript heap.
   */
  closedAt: Int32Array;
}

/** Builds the outline and records what it was built from. */
export function buildRecorded(doc: ReportDocument): { outline: Outline; inputs: OutlineInputs } {
  const lines = doc.lines;
  const title = findTitle(doc);
  // The recorded lists are made at their size (counted first: the candidates are memoised), not grown by push,
  // which allocated three times their size in copies; `all` is not, as it is read everywhere in packed form.
  let total = 0;
  for (let b = 0; b < doc.blocks.length; b++) total += candidateCount(doc.blocks[b], lines);
  const inputs: OutlineInputs = {
    firstStart: doc.blocks[0]?.start, lineCount: doc.lineCount, candidates: new Array(total), offsets: new Int32Array(total), closedAt: new Int32Array(total),
  };
  if (parents.length < total) {
    parents = new Int32Array(total * 2);
    counts = new Int32Array(total * 2);
  }
  const all: BuiltSection[] = [];
  const sections: Section[] = [];
  const stack: number[] = []; // indexes into `all` of the open sections
  let official = false;
  let k = 0;
  // Indexes, not for…of: the iterators' results showed up in allocation profiles.
  for (let b = 0; b < doc.blocks.length; b++) {
    const block = doc.blocks[b];
    const count = candidateCount(block, lines);
    for (let i = 0; i < count; i++, k++) {
      const candidate = candidateAt(block, lines, i);
      inputs.candidates[k] = candidate;
      inputs.offsets[k] = block.start;
      if (title && block === doc.blocks[0] && candidate.line === 0) continue;
      if (candidate.kind === 'list' && !official) continue;
      const line = block.start + candidate.line;
      const section = new BuiltSection(candidate, line, lines);
      if (section.marker && OFFICIAL.has(section.marker.level)) official = true;
      while (stack.length && !contains(all[stack[stack.length - 1]], section)) close(all, stack, inputs, line, lines);
      if (stack.length) parents[all.length] = stack[stack.length - 1];
      else {
        parents[all.length] = -1;
        sections.push(section);
      }
      stack.push(all.length);
      all.push(section);
    }
  }
  while (stack.length) close(all, stack, inputs, doc.lineCount, lines);
  adoptAll(all);
  return { outline: { title, sections, all }, inputs };
}

/** While an outline is built: the index in `all` of each section's parent (-1: none), and counts; grown, never shrunk. */
let parents = new Int32Array(0);
let counts = new Int32Array(0);

/**
 * Gives each section its parent and its children in order, each list made at its size once the outline is known:
 * grown child by child, a list of one became one of 17 at the second child (650 parents in the 1 MB report).
 */
function adoptAll(all: BuiltSection[]): void {
  counts.fill(0, 0, all.length);
  for (let k = 0; k < all.length; k++) if (parents[k] >= 0) counts[parents[k]]++;
  // From the last child back, each parent's count is the index of its next child from the end.
  for (let k = all.length - 1; k >= 0; k--) {
    const p = parents[k];
    if (p >= 0) all[p].adopt(all[k], --counts[p], counts[p] + 1);
  }
}

/** Closes the innermost open section at `next`, the line of the heading that follows it (or the document's end). */
function close(all: BuiltSection[], stack: number[], inputs: OutlineInputs, next: number, lines: readonly string[]): void {
  const index = stack.pop()!;
  all[index].close(next, lines);
  inputs.closedAt[index] = next;
}

/** Whether `outer` (an open section) contains the section that follows it (also asked of a heading being typed). */
export function contains(outer: Pick<Section, 'marker' | 'mdLevel'>, next: Pick<Section, 'marker' | 'mdLevel'>): boolean {
  if (outer.marker && next.marker) return markerRank(outer.marker) < markerRank(next.marker);
  const outerMd = outer.mdLevel !== undefined;
  const nextMd = next.mdLevel !== undefined;
  if (outerMd && nextMd) return outer.mdLevel! < next.mdLevel!;
  return outerMd; // a numbered plain line sits inside a Markdown section, never the reverse
}

/** The title: a lone leading level-1 heading, or the short first line of a plain-text report. */
export function findTitle(doc: ReportDocument): ReportTitle | undefined {
  const first: Block | undefined = doc.blocks[0];
  if (!first) return undefined;
  const text = doc.lines[first.start];
  if (first.kind === 'heading') {
    if (first.headingLevel !== 1 || secondH1(doc.blocks)) return undefined;
    const c = candidateAt(first, doc.lines, 0);
    return { text: c.title, range: range(first.start, 0, first.start + c.endLine, c.endChar) };
  }
  if (first.kind !== 'paragraph') return undefined;
  const trimmed = text.trim();
  const plain = candidateCount(first, doc.lines) ? candidateAt(first, doc.lines, 0) : undefined;
  if (!trimmed || trimmed.length > MAX_TITLE || /[。：:，,；;！？!?]$/.test(trimmed) || plain?.line === 0) return undefined;
  const start = text.length - text.trimStart().length;
  return { text: trimmed, range: range(first.start, start, first.start, start + trimmed.length) };
}

/** Whether a level-1 heading follows the first block (which is one): a counting loop, no filtered copy of the blocks. */
function secondH1(blocks: readonly Block[]): boolean {
  for (let i = 1; i < blocks.length; i++) if (blocks[i].kind === 'heading' && blocks[i].headingLevel === 1) return true;
  return false;
}
