import type { ReportDocument } from '../document';
import type { Position, Range } from '../types';
import type { HeadingCandidate, HeadingKind } from './candidates';
import type { Marker } from './markers';
import type { Section } from './model';
import { isBlank, visibleLengthBetween } from './text';

/** The children of every section that has none (most of a report's): one frozen empty list. */
const NO_CHILDREN = Object.freeze([]) as unknown as Section[];

/**
 * A section as the outline build makes it, from a heading candidate found `line - candidate.line` lines into the
 * document. It keeps the candidate and the lines and columns of its heading and end as numbers; its ranges are
 * objects made when first read. A 1 MB report has 2,500 sections, and their four ranges were eight objects each,
 * made on every full check while the rules that walk every section (enumeration-sequence, empty-section) read
 * the numbers (see `headingStartsBy`, `bodyVisibleLength`).
 */
export class BuiltSection implements Section {
  children: Section[] = NO_CHILDREN;
  parent: Section | undefined = undefined;
  private readonly candidate: HeadingCandidate;
  /** Line of the heading (its first line for Setext). */
  private readonly line: number;
  /** Column where the heading ends, clamped to its line's length. */
  private readonly headEndChar: number;
  /** Where the section ends (see `close`); at the heading's end when these equal it. */
  private endLine = -1;
  private endChar = 0;
  /**
   * The ranges read so far, in one record made at the first: a check reads a few sections' ranges (those of its
   * findings), and five fields on every section were 40 bytes each of its 2,500 in the 1 MB report.
   */
  private lazy: LazyRanges | undefined = undefined;

  constructor(c: HeadingCandidate, line: number, lines: readonly string[]) {
    this.candidate = c;
    this.line = line;
    const endLine = line - c.line + c.endLine;
    // The heading ends at its line's end at most; the body starts at the unclamped end (reuse.ts reads it there).
    this.headEndChar = endLine < lines.length && c.endChar > lines[endLine].length ? lines[endLine].length : c.endChar;
  }

  /** 1 for a top-level section, one more for each section it is in: counted, not kept (a field on each of thousands). */
  get depth(): number {
    let depth = 1;
    for (let p = this.parent; p; p = p.parent) depth++;
    return depth;
  }

  get kind(): HeadingKind {
    return this.candidate.kind;
  }

  get mdLevel(): number | undefined {
    return this.candidate.mdLevel;
  }

  get marker(): Marker | undefined {
    return this.candidate.marker;
  }

  get title(): string {
    return this.candidate.title;
  }

  get numberedParagraph(): boolean | undefined {
    return this.candidate.numberedParagraph;
  }

  /** Line where the heading ends (its last line for Setext). */
  private get headEndLine(): number {
    return this.line - this.candidate.line + this.candidate.endLine;
  }

  /** Column where the heading starts: its line's start for a Markdown heading, its marker (or title) for a numbered one. */
  private get headStartChar(): number {
    const c = this.candidate;
    return c.kind === 'atx' || c.kind === 'setext' ? 0 : c.markerStart;
  }

  /** The record of ranges read so far (made empty at the first read). */
  private get read(): LazyRanges {
    return (this.lazy ??= new LazyRanges());
  }

  get headingRange(): Range {
    return (this.read.heading ??= {
      start: { line: this.line, character: this.headStartChar }, end: { line: this.headEndLine, character: this.headEndChar },
    });
  }

  get range(): Range {
    const read = this.read;
    return (read.range ??= { start: this.headingRange.start, end: read.body?.end ?? this.end() });
  }

  /** An edit moved the section's end (see reuse.ts). */
  set range(r: Range) {
    this.read.range = r;
    this.endLine = r.end.line;
    this.endChar = r.end.character;
  }

  get bodyRange(): Range {
    const read = this.read;
    return (read.body ??= { start: this.bodyStart(), end: read.range?.end ?? this.end() });
  }

  set bodyRange(r: Range) {
    this.read.body = r;
    this.endLine = r.end.line;
    this.endChar = r.end.character;
  }

  /** Makes `child` this section's child at `index` of `count` (the list, made at its size, replaces the shared empty one). */
  adopt(child: BuiltSection, index: number, count: number): void {
    child.parent = this;
    if (this.children === NO_CHILDREN) this.children = new Array(count);
    this.children[index] = child;
  }

  /**
   * Ends the section at the last non-blank line before `next` (the line of the heading that closes it, or the
   * document's end), or at its heading's end when there is none after the heading.
   */
  close(next: number, lines: readonly string[]): void {
    const headEndLine = this.headEndLine;
    let line = next - 1;
    while (line > headEndLine && isBlank(lines[line])) line--;
    this.endLine = line < headEndLine ? headEndLine : line;
    this.endChar = line < headEndLine ? this.headEndChar : lines[line].length;
  }

  /**
   * Where the section ends after an edit that moved no heading, `next` being the line of the heading that closes it
   * (see reuse.ts): undefined when it ends where it did, false when its heading's end no longer fits its line (the
   * outline must be built again). Read from the numbers: a range is made only for a section whose end moved.
   */
  endAfterEdit(next: number, lines: readonly string[]): Position | undefined | false {
    const headEndLine = this.headEndLine;
    const unclamped = this.candidate.endChar;
    const clamped = headEndLine < lines.length && unclamped > lines[headEndLine].length ? lines[headEndLine].length : unclamped;
    if (this.headEndChar !== clamped) return false;
    let line = next - 1;
    while (line > headEndLine && isBlank(lines[line])) line--;
    if (line < headEndLine) return this.endLine === headEndLine && this.endChar === this.headEndChar ? undefined : this.headingRange.end;
    return this.endLine === line && this.endChar === lines[line].length ? undefined : { line, character: lines[line].length };
  }

  /** The section's end: the heading's own end position when it ends there, as `range` and `bodyRange` share it. */
  private end(): Position {
    return this.endLine === this.headEndLine && this.endChar === this.headEndChar ? this.headingRange.end : { line: this.endLine, character: this.endChar };
  }

  /** Where the body starts: the heading's end before it was clamped to its line. */
  private bodyStart(): Position {
    const end = this.headingRange.end;
    return end.character === this.candidate.endChar ? end : { line: end.line, character: this.candidate.endChar };
  }

  get titleRange(): Range {
    const read = this.read;
    if (!read.title) {
      const c = this.candidate;
      const start = this.headingRange.start;
      const unclamped = this.bodyStart();
      read.title = {
        start: c.titleStart === start.character ? start : { line: this.line, character: c.titleStart },
        end: unclamped.line === this.line && c.titleEnd === unclamped.character ? unclamped : { line: this.line, character: c.titleEnd },
      };
    }
    return read.title;
  }

  get markerRange(): Range | undefined {
    const c = this.candidate;
    if (!c.marker) return undefined;
    const read = this.read;
    if (!read.marker) {
      const start = this.headingRange.start;
      const markerEnd = c.markerStart + c.marker.text.length;
      const title = this.titleRange;
      read.marker = {
        start: c.markerStart === start.character ? start : { line: this.line, character: c.markerStart },
        end: markerEnd === title.start.character ? title.start : { line: this.line, character: markerEnd },
      };
    }
    return read.marker;
  }

  /** Whether the heading starts at or before `line`, `character` (compared without making its range). */
  headingStartsBy(line: number, character: number): boolean {
    return this.line < line || (this.line === line && this.headStartChar <= character);
  }

  /** Whether the heading ends at or before `line`, `character`. */
  headingEndsBy(line: number, character: number): boolean {
    const endLine = this.headEndLine;
    return endLine < line || (endLine === line && this.headEndChar <= character);
  }

  /** `visibleLength` of the body, read from the section's numbers. */
  bodyVisibleLength(doc: ReportDocument, limit: number): number {
    const c = this.candidate;
    return visibleLengthBetween(doc, this.headEndLine, c.endChar, this.endLine, this.endChar, limit);
  }
}

/** A section's ranges, each made when first read (see `BuiltSection.lazy`). */
class LazyRanges {
  heading: Range | undefined = undefined;
  range: Range | undefined = undefined;
  body: Range | undefined = undefined;
  title: Range | undefined = undefined;
  marker: Range | undefined = undefined;
}

/** Whether the heading of `s` starts at or before `line`, `character`; no range is made for an outline's sections. */
export function headingStartsBy(s: Section, line: number, character: number): boolean {
  if (s instanceof BuiltSection) return s.headingStartsBy(line, character);
  const p = s.headingRange.start;
  return p.line < line || (p.line === line && p.character <= character);
}

/** Whether the heading of `s` ends at or before `line`, `character`. */
export function headingEndsBy(s: Section, line: number, character: number): boolean {
  if (s instanceof BuiltSection) return s.headingEndsBy(line, character);
  const p = s.headingRange.end;
  return p.line < line || (p.line === line && p.character <= character);
}

/** The count of non-space characters in the body of `s`, stopping at `limit` (see `visibleLength`). */
export function bodyVisibleLength(doc: ReportDocument, s: Section, limit: number): number {
  if (s instanceof BuiltSection) return s.bodyVisibleLength(doc, limit);
  const r = s.bodyRange;
  return visibleLengthBetween(doc, r.start.line, r.start.character, r.end.line, r.end.character, limit);
}
