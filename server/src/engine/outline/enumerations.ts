import { type Block, memo, memoKey } from '../markdown/blocks';
import type { ReportDocument } from '../document';
import { lineHits } from './enumeration-scan';

const ENUMERATIONS = memoKey('enumerations');
const PLACED = memoKey('enumerations-placed');

/** Which kind of in-paragraph enumeration a marker belongs to. */
export type EnumerationSeries = 'shi' | 'di' | 'shouxian';

/** An enumeration marker inside a paragraph: 一是, 第二，, 其次. */
export interface EnumerationHit {
  series: EnumerationSeries;
  value: number;
  text: string;
  line: number;
  start: number;
  end: number;
}

/** Enumeration markers of a block, lines relative to the block, memoised on it. */
export function blockHits(block: Block, lines: readonly string[]): EnumerationHit[] {
  return memo(block, ENUMERATIONS, lines, computeBlockHits);
}

function computeBlockHits(block: Block, lines: readonly string[]): EnumerationHit[] {
  if (block.kind !== 'paragraph' && block.kind !== 'list' && block.kind !== 'quote') return [];
  for (let i = block.start; i < block.end; i++) lineHits(lines[i], i - block.start, found);
  if (!found.length) return [];
  const hits = found.slice(); // exactly as long as needed: most blocks have none or a few
  found.length = 0;
  return hits;
}

/** Hits of the block being scanned, gathered here so that no array is made (and grown) for each block. */
const found: EnumerationHit[] = [];

/** The enumeration markers of one block, with absolute lines (for a look at one place, not the whole document). */
export function enumerationHitsIn(block: Block, lines: readonly string[]): EnumerationHit[] {
  return blockHits(block, lines).map((hit) => ({ ...hit, line: hit.line + block.start }));
}

/** Every enumeration marker of the document in order, with absolute lines. The hits are shared: do not modify them. */
export function enumerationHits(doc: ReportDocument): EnumerationHit[] {
  const out: EnumerationHit[] = [];
  // An index, not for…of: the iterator's results showed up in allocation profiles.
  for (let b = 0; b < doc.blocks.length; b++) {
    const hits = placedHits(doc.blocks[b], doc.lines);
    for (let i = 0; i < hits.length; i++) out.push(hits[i]);
  }
  return out;
}

function unplaced(_block: Block, relative: EnumerationHit[]): { start: number; hits: EnumerationHit[] } {
  return { start: -1, hits: relative };
}

/** A block's hits with absolute lines, made again only when the block has moved since they were made. */
function placedHits(block: Block, lines: readonly string[]): EnumerationHit[] {
  const relative = blockHits(block, lines);
  if (!relative.length) return relative;
  const placed = memo(block, PLACED, relative, unplaced);
  if (placed.start !== block.start) {
    placed.start = block.start;
    placed.hits = relative.map((h) => ({ series: h.series, value: h.value, text: h.text, line: h.line + block.start, start: h.start, end: h.end }));
  }
  return placed.hits;
}
