import type { ReportDocument } from '../document';
import { candidateAt, candidateCount, type HeadingCandidate } from './candidates';
import { buildRecorded, findTitle, type OutlineInputs } from './build';
import type { Marker } from './markers';
import type { Outline, ReportTitle, Section } from './model';
import type { Position } from '../types';
import { BuiltSection } from './section';

const cache = new WeakMap<ReportDocument, { outline: Outline; inputs: OutlineInputs }>();

/**
 * The document's outline. After an edit that changed no heading and no title — typing inside a paragraph —
 * the previous outline is what a build would give except perhaps for where some sections end (the edited
 * line may be the last of a section). Those ends are then updated on the previous outline, which is returned
 * again: an outline therefore describes its document as of the latest check. Otherwise it is built again.
 * Checking costs one pass over blocks, candidates and sections without allocating, instead of a build that
 * allocates a dozen objects per section; and what other modules remember per outline stays valid.
 */
export function outlineOf(doc: ReportDocument): Outline {
  const previous = cache.get(doc);
  if (previous && stillHolds(previous.outline, previous.inputs, doc)) {
    const moved = movedEnds(previous.outline.all as BuiltSection[], previous.inputs.closedAt, doc.lines); // built by buildRecorded
    if (moved) {
      for (const [s, end] of moved) {
        s.range = { start: s.range.start, end }; // new Range objects: findings that copied the old ones keep them
        s.bodyRange = { start: s.bodyRange.start, end };
      }
      return previous.outline;
    }
  }
  const built = buildRecorded(doc);
  cache.set(doc, built);
  return built.outline;
}

function stillHolds(outline: Outline, inputs: OutlineInputs, doc: ReportDocument): boolean {
  if (doc.blocks[0]?.start !== inputs.firstStart || doc.lineCount !== inputs.lineCount) return false;
  return sameTitle(outline.title, findTitle(doc)) && sameCandidates(doc, inputs);
}

function sameTitle(a: ReportTitle | undefined, b: ReportTitle | undefined): boolean {
  if (!a || !b) return a === b;
  return a.text === b.text && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character;
}

function sameCandidates(doc: ReportDocument, inputs: OutlineInputs): boolean {
  let k = 0;
  for (let b = 0; b < doc.blocks.length; b++) {
    const block = doc.blocks[b];
    const count = candidateCount(block, doc.lines);
    for (let i = 0; i < count; i++) {
      if (k >= inputs.candidates.length || inputs.offsets[k] !== block.start || !sameCandidate(inputs.candidates[k], candidateAt(block, doc.lines, i))) return false;
      k++;
    }
  }
  return k === inputs.candidates.length;
}

function sameCandidate(a: HeadingCandidate, b: HeadingCandidate): boolean {
  return a === b || (a.kind === b.kind && a.line === b.line && a.mdLevel === b.mdLevel && sameMarker(a.marker, b.marker) &&
    a.markerStart === b.markerStart && a.title === b.title && a.titleStart === b.titleStart && a.titleEnd === b.titleEnd &&
    a.endLine === b.endLine && a.endChar === b.endChar && a.numberedParagraph === b.numberedParagraph);
}

function sameMarker(a: Marker | undefined, b: Marker | undefined): boolean {
  if (!a || !b) return a === b;
  return a.level === b.level && a.value === b.value && a.text === b.text && a.length === b.length && a.variant === b.variant &&
    a.standard === b.standard && a.path.length === b.path.length && a.path.every((v, i) => v === b.path[i]);
}

/**
 * Where sections end now, as `close` in build.ts puts them: the sections whose end moved, with the new end;
 * undefined when a heading end itself changed (its line got shorter than the candidate says), which needs a build.
 */
function movedEnds(all: readonly BuiltSection[], closedAt: Int32Array, lines: readonly string[]): Array<[Section, Position]> | undefined {
  const moved: Array<[Section, Position]> = [];
  for (let k = 0; k < all.length; k++) {
    // Answered from the section's numbers, without making the ranges of every section on the first keystroke.
    const end = all[k].endAfterEdit(closedAt[k], lines);
    if (end === false) return undefined;
    if (end) moved.push([all[k], end]);
  }
  return moved;
}
