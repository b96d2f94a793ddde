import type { ReportDocument } from '../document';
import type { Range } from '../types';

/** Counts the non-space characters of a range of the document, stopping early once `limit` is reached. */
export function visibleLength(doc: ReportDocument, r: Range, limit = Infinity): number {
  let count = 0;
  for (let line = r.start.line; line <= r.end.line && line < doc.lineCount; line++) {
    const text = doc.lines[line];
    const from = line === r.start.line ? r.start.character : 0;
    const to = line === r.end.line ? r.end.character : text.length;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 0x3000 && c !== 0xa0 && ++count >= limit) return count;
    }
  }
  return count;
}

/** The part of a section's body before its first child section. */
export function ownBodyRange(section: { bodyRange: Range; children: { headingRange: Range }[] }): Range {
  const first = section.children[0];
  return first ? { start: section.bodyRange.start, end: first.headingRange.start } : section.bodyRange;
}
