import { ATX_OPEN, atxClosingStart } from './atx';
import type { Block } from './blocks';

/** One piece of inline content (a paragraph, a list item's paragraph, a table cell) and where its lines come from. */
export interface Segment {
  text: string;
  /** Where each piece of `text` comes from; `offset` is where it starts in `text`. */
  parts: Array<{ line: number; col: number; length: number; offset: number }>;
}

const LIST_MARKER = /^[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$)/;
const QUOTE_MARKER = /^(?:[ \t]*>[ \t]?)+/;
/**
 * A table's delimiter row (`| --- | :-: |`). Each run of blanks has one place in the pattern: written as
 * `^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$`, blanks on either side of an optional `|` could be
 * split between them every way, and a row of a few thousand tabs took minutes.
 */
const TABLE_DELIMITER = /^\s*(?:\|\s*)?:?-+:?\s*(?:\|\s*:?-+:?\s*)*(?:\|\s*)?$/;

/** Splits a block into inline contents, dropping block syntax (markers, indentation) but keeping positions. */
export function segments(block: Block, own: readonly string[]): Segment[] {
  const out: Segment[] = [];
  let current: Segment | undefined;
  const add = (line: number, col: number, end: number, fresh: boolean) => {
    if (fresh || !current) out.push((current = { text: '', parts: [] }));
    if (current.parts.length) current.text += '\n';
    current.parts.push({ line, col, length: end - col, offset: current.text.length });
    current.text += own[line].slice(col, end);
  };
  const last = block.setext ? own.length - 1 : own.length;
  for (let i = 0; i < last; i++) {
    const text = own[i];
    if (block.kind === 'table') {
      if (!TABLE_DELIMITER.test(text)) cells(text).forEach(([a, b]) => add(i, a, b, true));
      continue;
    }
    if (block.kind === 'heading' && !block.setext) {
      const open = ATX_OPEN.exec(text)?.[0].length ?? 0;
      const close = atxClosingStart(text, open);
      add(i, open, close >= 0 ? close : text.length, true);
      continue;
    }
    let col = block.kind === 'quote' ? QUOTE_MARKER.exec(text)?.[0].length ?? 0 : 0;
    const marker = block.kind === 'list' || block.kind === 'quote' ? LIST_MARKER.exec(text.slice(col)) : null;
    if (marker) col += marker[0].length;
    while (col < text.length && (text[col] === ' ' || text[col] === '\t')) col++;
    if (col >= text.length) {
      current = undefined; // a blank line ends the paragraph
      continue;
    }
    add(i, col, text.length, marker !== null);
  }
  return out;
}

/** Cells of a table row: spans between unescaped pipes, outer pipes dropped. */
function cells(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && (text[i] !== '|' || text[i - 1] === '\\')) continue;
    if (text.slice(start, i).trim()) out.push([start, i]);
    start = i + 1;
  }
  return out;
}

/** Line and column of a segment offset (a binary search); undefined for the line breaks between parts. */
export function locate(segment: Segment, offset: number): { line: number; col: number } | undefined {
  const parts = segment.parts;
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (parts[mid].offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  const part = parts[lo];
  const rel = offset - part.offset;
  return rel >= 0 && rel < part.length ? { line: part.line, col: part.col + rel } : undefined;
}
