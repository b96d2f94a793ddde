import type { Position, Range } from '../types';
import type { HeadingCandidate, HeadingKind } from './candidates';
import type { Marker } from './markers';
import type { Section } from './model';
import { isBlank } from './text';

/** The children of every section that has none (most of a report's): one frozen empty list. */
const NO_CHILDREN = Object.freeze([]) as unknown as Section[];

/**
 * A section as the outline build makes it, from a heading candidate found `line - candidate.line` lines into the
 * document. Rules read the heading, body and whole ranges of every section, so those are fields; the title's and
 * the marker's ranges are read only by the editor's symbols and by renumbering fixes, so they are made when first
 * read (a 1 MB report has 2,500 sections, and these were two ranges and up to three positions each).
 */
export class BuiltSection implements Section {
  readonly kind: HeadingKind;
  depth = 0;
  readonly mdLevel: number | undefined;
  readonly marker: Marker | undefined;
  readonly title: string;
  readonly headingRange: Range;
  /** Set when the section is closed (see `close`); an edit that moves its end replaces it (see reuse.ts). */
  bodyRange: Range = undefined!;
  range: Range = undefined!;
  readonly numberedParagraph: boolean | undefined;
  children: Section[] = NO_CHILDREN;
  parent: Section | undefined = undefined;
  /** The candidate and the line of its heading, which the lazy ranges are made from. */
  private readonly candidate: HeadingCandidate;
  private readonly line: number;
  private lazyTitleRange: Range | undefined = undefined;
  private lazyMarkerRange: Range | undefined = undefined;

  constructor(c: HeadingCandidate, line: number, lines: readonly string[]) {
    this.candidate = c;
    this.line = line;
    this.kind = c.kind;
    this.mdLevel = c.mdLevel;
    this.marker = c.marker;
    this.title = c.title;
    this.numberedParagraph = c.numberedParagraph;
    const endLine = line - c.line + c.endLine;
    // The heading ends at its line's end at most; the body starts at the unclamped end (reuse.ts reads it there).
    const clamped = endLine < lines.length && c.endChar > lines[endLine].length;
    this.headingRange = { start: { line, character: headingColumn(c) }, end: { line: endLine, character: clamped ? lines[endLine].length : c.endChar } };
  }

  /** Adds a child section (the first one replaces the shared empty list). */
  adopt(child: BuiltSection): void {
    child.parent = this;
    if (this.children === NO_CHILDREN) this.children = [child];
    else this.children.push(child);
  }

  /**
   * Ends the section at the last non-blank line before `next` (the line of the heading that closes it, or the
   * document's end), or at its heading's end when there is none after the heading.
   */
  close(next: number, lines: readonly string[]): void {
    const headingEnd = this.headingRange.end;
    let line = next - 1;
    while (line > headingEnd.line && isBlank(lines[line])) line--;
    const end = line < headingEnd.line ? headingEnd : { line, character: lines[line].length };
    this.range = { start: this.headingRange.start, end };
    this.bodyRange = { start: this.bodyStart(), end };
  }

  /** Where the body starts: the heading's end before it was clamped to its line. */
  private bodyStart(): Position {
    const end = this.headingRange.end;
    return end.character === this.candidate.endChar ? end : { line: end.line, character: this.candidate.endChar };
  }

  get titleRange(): Range {
    if (!this.lazyTitleRange) {
      const c = this.candidate;
      const start = this.headingRange.start;
      const unclamped = this.bodyStart();
      this.lazyTitleRange = {
        start: c.titleStart === start.character ? start : { line: this.line, character: c.titleStart },
        end: unclamped.line === this.line && c.titleEnd === unclamped.character ? unclamped : { line: this.line, character: c.titleEnd },
      };
    }
    return this.lazyTitleRange;
  }

  get markerRange(): Range | undefined {
    const c = this.candidate;
    if (!this.lazyMarkerRange && c.marker) {
      const start = this.headingRange.start;
      const markerEnd = c.markerStart + c.marker.text.length;
      const title = this.titleRange;
      this.lazyMarkerRange = {
        start: c.markerStart === start.character ? start : { line: this.line, character: c.markerStart },
        end: markerEnd === title.start.character ? title.start : { line: this.line, character: markerEnd },
      };
    }
    return this.lazyMarkerRange;
  }
}

/** Where a heading starts: its line's start for a Markdown heading, its marker (or title) for a numbered one. */
function headingColumn(c: HeadingCandidate): number {
  return c.kind === 'atx' || c.kind === 'setext' ? 0 : c.markerStart;
}
