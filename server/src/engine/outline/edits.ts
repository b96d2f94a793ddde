import type { ReportDocument } from '../document';
import type { Position, TextEdit } from '../types';
import { formatMarker, GB_LEVELS, standardMarker, type Marker } from './markers';
import type { Section } from './model';

/** How the sections of one level are written, so an inserted section looks like its siblings. */
export interface HeadingStyle {
  /** `#` count for Markdown headings; 0 for numbered plain lines. */
  hashes: number;
  marker?: Pick<Marker, 'level' | 'variant' | 'path'>;
}

/** The style of a level, taken from its siblings, or derived from the parent when it has none. */
export function levelStyle(siblings: readonly Section[], parent: Section | undefined, doc: ReportDocument, numbered: boolean): HeadingStyle {
  const model = siblings.find((s) => s.marker) ?? siblings[0];
  if (model) return { hashes: model.mdLevel ?? 0, marker: model.marker }; // a Setext sibling gets an ATX heading of its level
  const hashes = parent ? (parent.kind === 'atx' ? Math.min(6, (parent.mdLevel ?? 1) + 1) : 0) : usesAtx(doc) ? 2 : 0;
  if (!numbered) return { hashes: hashes || 2 };
  const parentLevel = parent?.marker ? GB_LEVELS.indexOf(parent.marker.level) : -1;
  const level = GB_LEVELS[Math.min(GB_LEVELS.length - 1, parentLevel + 1)];
  const variant = { cn: '、', 'cn-paren': '（）', arabic: '.', 'arabic-paren': '（）', circled: 'circled' }[level as string] ?? '、';
  return { hashes, marker: { level, variant, path: [1] } };
}

function usesAtx(doc: ReportDocument): boolean {
  return doc.blocks.some((b) => b.kind === 'heading' && !b.setext);
}

/** The heading line for a new section. */
export function headingLine(style: HeadingStyle, value: number, title: string): string {
  const marker = style.marker ? formatMarker(style.marker, value) : '';
  return (style.hashes ? '#'.repeat(style.hashes) + ' ' : '') + marker + title;
}

const renumbered = new WeakMap<readonly Section[], { first: number; edits: TextEdit[] }>();

/**
 * Edits that give each of `sections` the marker `first`, `first + 1`, … in its own spelling. Remembered for
 * the last `first` asked of the same array (sections of an outline do not change), returned as a fresh array.
 */
export function renumberEdits(sections: readonly Section[], first: number): TextEdit[] {
  const known = renumbered.get(sections);
  if (known?.first === first) return known.edits.slice();
  const edits = computeRenumbering(sections, first);
  renumbered.set(sections, { first, edits });
  return edits.slice();
}

function computeRenumbering(sections: readonly Section[], first: number): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    if (!s.marker) continue;
    const text = formatMarker(s.marker, first + i);
    // The range is read only for a marker that changes: a section makes it (and the heading and title ranges it
    // shares positions with) when first read, and most sections of a group out of sequence keep their marker.
    const range = text !== s.marker.text ? s.markerRange : undefined;
    if (range) edits.push({ range, newText: text });
  }
  return edits;
}

/** The line break the document uses, and whether its paragraphs are separated by blank lines. */
export function layout(doc: ReportDocument): { eol: string; gap: string } {
  const eol = doc.text.eols.find((e) => e) ?? '\n';
  const blank = doc.blocks.some((b, i) => i > 0 && b.start > doc.blocks[i - 1].end);
  return { eol, gap: blank ? eol + eol : eol };
}

/** An insertion of whole lines after `end` (the end of a section) or before `start` (a heading). */
export function insertLines(doc: ReportDocument, text: string, at: { after: Position } | { before: Position }): TextEdit {
  const { gap } = layout(doc);
  if ('after' in at) {
    const line = at.after.line;
    const p = { line, character: doc.lines[line].length };
    return { range: { start: p, end: p }, newText: gap + text };
  }
  const p = { line: at.before.line, character: 0 };
  return { range: { start: p, end: p }, newText: text + gap };
}

/** Canonical marker text of a GB level for a value, used in messages. */
export { standardMarker };
