import { type Block, memo, memoKey, NO_FACTS } from '../markdown/blocks';
import type { ReportDocument } from '../document';
import { HIT_SIZE, scanLine, unpack } from './enumeration-scan';

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

/**
 * A block's enumeration markers packed as numbers, HIT_SIZE per hit (see `scanLine`), with lines relative to
 * the block: memoised on the block, and the very same list while the block's text is unchanged, even when it
 * moves (what a rule's `blockFacts` needs: the engine compares the block's start itself). A 1 MB report has
 * 4,500 hits; as objects with a list and a placement record per block they were half a megabyte per check.
 */
export function packedHits(block: Block, lines: readonly string[]): readonly number[] {
  return memo(block, ENUMERATIONS, lines, findHits);
}

function findHits(block: Block, lines: readonly string[]): readonly number[] {
  if (block.kind !== 'paragraph' && block.kind !== 'list' && block.kind !== 'quote') return NO_FACTS as unknown as number[];
  let n = 0;
  for (let i = block.start; i < block.end; i++) n = scanLine(lines[i], i - block.start, found, n);
  return n ? found.slice(0, n) : (NO_FACTS as unknown as number[]); // exactly as long as needed: most blocks have none
}

/** Hits of the block being scanned, written here so that no array is made (and grown) for each block; never shrunk. */
const found: number[] = [];

/** Enumeration markers of a block as objects with absolute lines (made on each call). */
export function blockHits(block: Block, lines: readonly string[]): EnumerationHit[] {
  const out: EnumerationHit[] = [];
  addHits(block, lines, out);
  return out;
}

function addHits(block: Block, lines: readonly string[], out: EnumerationHit[]): void {
  const packed = packedHits(block, lines);
  for (let i = 0; i < packed.length; i += HIT_SIZE) {
    const hit = unpack(packed, i, lines[block.start + packed[i]]);
    hit.line += block.start;
    out.push(hit);
  }
}

/** The enumeration markers of one block (for a look at one place, not the whole document). */
export function enumerationHitsIn(block: Block, lines: readonly string[]): EnumerationHit[] {
  return blockHits(block, lines);
}

/** Every enumeration marker of the document in order. */
export function enumerationHits(doc: ReportDocument): EnumerationHit[] {
  const out: EnumerationHit[] = [];
  // An index, not for…of: the iterator's results showed up in allocation profiles.
  for (let b = 0; b < doc.blocks.length; b++) addHits(doc.blocks[b], doc.lines, out);
  return out;
}
