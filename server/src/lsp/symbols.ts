import { SymbolKind, type DocumentSymbol, type FoldingRange, type Range } from 'vscode-languageserver/node';
import type { Outline, Section } from '../engine/outline/model';

/** Symbol kind by section depth: top-level sections, their parts, and everything deeper. */
const KIND_BY_DEPTH = [SymbolKind.Namespace, SymbolKind.Class, SymbolKind.Method];

/**
 * The outline as a symbol tree. A report title becomes the root (a File) holding the sections that
 * follow it; each section is named by its title, with its marker (一、, （二）, 3.) as the detail.
 */
export function outlineSymbols(outline: Outline, lines: readonly string[]): DocumentSymbol[] {
  const sections = outline.sections.map(sectionSymbol);
  const title = outline.title;
  if (!title) return sections;
  const last = Math.max(lines.length - 1, title.range.end.line);
  const range: Range = { start: title.range.start, end: { line: last, character: lines[last]?.length ?? 0 } };
  const inside = outline.sections.every((s) => s.range.start.line > title.range.end.line);
  if (!inside) return [{ name: title.text || '…', kind: SymbolKind.File, range: title.range, selectionRange: title.range }, ...sections];
  return [{ name: title.text || '…', kind: SymbolKind.File, range, selectionRange: title.range, children: sections }];
}

function sectionSymbol(s: Section): DocumentSymbol {
  const name = s.title.trim() || s.marker?.text || '…';
  const selectionRange = contains(s.range, s.titleRange) ? s.titleRange : s.headingRange;
  return {
    name, detail: s.marker?.text, kind: KIND_BY_DEPTH[s.depth - 1] ?? SymbolKind.Field,
    range: s.range, selectionRange, children: s.children.map(sectionSymbol),
  };
}

/** A folding range per section that spans more than one line. */
export function outlineFolding(outline: Outline): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const s of outline.all) {
    const start = s.range.start.line;
    const end = s.range.end.line;
    if (end > start) ranges.push({ startLine: start, endLine: end });
  }
  return ranges;
}

function contains(outer: Range, inner: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}
