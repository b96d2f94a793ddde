import { type Block, memo, memoKey, NO_FACTS } from '../markdown/blocks';
import type { ReportDocument } from '../document';
import { lineHits } from './enumeration-scan';

const ENUMERATIONS = memoKey('enumerations');

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

/** A block's hits and the line the block started on when their lines were set. */
interface Placed {
  start: number;
  hits: EnumerationHit[];
}

/** The hits of every block that has none (most blocks). */
const NONE: Placed = Object.freeze({ start: -1, hits: NO_FACTS as unknown as EnumerationHit[] });

/**
 * Enumeration markers of a block, with absolute lines; memoised on the block, and placed again (new hits, a new
 * list) only when the block has moved. The same list comes back while the block neither changes nor moves, which
 * is what a rule's `blockFacts` needs. Hits are shared: do not modify them.
 */
export function blockHits(block: Block, lines: readonly string[]): EnumerationHit[] {
  const placed = memo(block, ENUMERATIONS, lines, findHits);
  if (placed.start !== block.start && placed !== NONE) {
    const delta = block.start - placed.start;
    placed.hits = placed.hits.map((h) => ({ series: h.series, value: h.value, text: h.text, line: h.line + delta, start: h.start, end: h.end }));
    placed.start = block.start;
  }
  return placed.hits;
}

function findHits(block: Block, lines: readonly string[]): Placed {
  if (block.kind !== 'paragraph' && block.kind !== 'list' && block.kind !== 'quote') return NONE;
  for (let i = block.start; i < block.end; i++) lineHits(lines[i], i, found);
  if (!found.length) return NONE;
  const hits = found.slice(); // exactly as long as needed: most blocks have none or a few
  // Emptied by pop: `length = 0` would drop its storage, and the next block's first hit would allocate it again.
  while (found.length) found.pop();
  return { start: block.start, hits };
}

/** Hits of the block being scanned, gathered here so that no array is made (and grown) for each block. */
const found: EnumerationHit[] = [];

/** The enumeration markers of one block (for a look at one place, not the whole document). Shared: do not modify them. */
export function enumerationHitsIn(block: Block, lines: readonly string[]): EnumerationHit[] {
  return blockHits(block, lines);
}

/** Every enumeration marker of the document in order. The hits are shared: do not modify them. */
export function enumerationHits(doc: ReportDocument): EnumerationHit[] {
  const out: EnumerationHit[] = [];
  // An index, not for…of: the iterator's results showed up in allocation profiles.
  for (let b = 0; b < doc.blocks.length; b++) {
    const hits = blockHits(doc.blocks[b], doc.lines);
    for (let i = 0; i < hits.length; i++) out.push(hits[i]);
  }
  return out;
}
