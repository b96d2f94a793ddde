import type { ReportDocument } from '../document';
import { format, quote, type Locale } from '../i18n';
import type { Block } from '../markdown/blocks';
import { headingCandidates } from '../outline/candidates';
import { enumerationHitsIn, type EnumerationHit } from '../outline/enumerations';
import { formatCjkNumber } from '../outline/numerals';
import { range } from '../types';
import { blockIndexAt } from '../markdown/blocks';
import type { Draft } from './sections';
import { TEXTS } from './texts';

/** What may come right before an enumeration marker (as the enumeration-sequence rule reads them). */
const BOUNDARY = /[\s\u3000。；;：:，,、！？!?“”"（）()—…]/;
/** Punctuation written after 第一 / 首先, copied to the next marker. */
const AFTER = /[，,、：:]/;
/** How far back (in blocks) to look for the enumeration in progress. */
const MAX_BLOCKS_BACK = 200;
const ENUMERABLE: ReadonlySet<Block['kind']> = new Set(['paragraph', 'list', 'quote']);

/**
 * The marker after the last enumeration marker before the cursor in the same section: 二是 after 一是,
 * 第三， after 第二，, 其次 after 首先. With `sameLine`, only an enumeration on the cursor's own line
 * counts (a typed 。 should not offer 四是 in every later paragraph). Nothing when the cursor is not where
 * a marker can start, or right after one.
 */
export function enumerationItems(doc: ReportDocument, line: number, character: number, sameLine: boolean, locale: Locale): Draft[] {
  const last = lastHitBefore(doc, line, character, sameLine ? 1 : MAX_BLOCKS_BACK);
  if (!last || (sameLine && last.line !== line) || (last.line === line && last.end === character)) return [];
  const text = doc.lines[line];
  const detail = format(TEXTS.enumeration, locale, { previous: quote(last.text, locale) });
  return nextMarkers(last, doc.lines[last.line]).flatMap((marker) => {
    const start = character - typedPart(text, character, marker);
    if (start > 0 && !BOUNDARY.test(text[start - 1])) return [];
    return [{ kind: 'enumeration' as const, label: marker, insertText: marker, detail, range: range(line, start, line, character) }];
  });
}

function nextMarkers(hit: EnumerationHit, lineText: string): string[] {
  const after = lineText[hit.end] ?? '';
  const punct = AFTER.test(after) ? after : '';
  if (hit.series === 'shi') return [formatCjkNumber(hit.value + 1) + '是'];
  if (hit.series === 'di') return ['第' + formatCjkNumber(hit.value + 1) + (punct || '，')];
  const words = hit.value === 1 ? ['其次'] : hit.value === 2 ? ['再次', '最后'] : ['最后'];
  return words.map((w) => w + punct);
}

/** How much of `marker` is already typed before the cursor (二 of 二是, 第 of 第二，). */
function typedPart(text: string, character: number, marker: string): number {
  for (let k = Math.min(marker.length - 1, character); k > 0; k--) if (text.slice(character - k, character) === marker.slice(0, k)) return k;
  return 0;
}

/** The last enumeration marker before the cursor, looking back (at most `blocks` blocks) to the nearest heading. */
function lastHitBefore(doc: ReportDocument, line: number, character: number, blocks: number): EnumerationHit | undefined {
  const before = (l: number, c: number) => l < line || (l === line && c <= character);
  const stop = Math.max(-1, blockIndexAt(doc.blocks, line) - blocks);
  for (let i = blockIndexAt(doc.blocks, line); i > stop; i--) {
    const block = doc.blocks[i];
    if (block.kind === 'heading') return undefined;
    const heading = headingCandidates(block, doc.lines)
      .map((c) => ({ line: block.start + c.endLine, character: c.endChar, startLine: block.start + c.line, start: c.markerStart }))
      .filter((c) => before(c.startLine, c.start))
      .pop();
    const inside = (h: EnumerationHit) => before(h.line, h.end) && (!heading || h.line > heading.line || (h.line === heading.line && h.start >= heading.character));
    const hits = ENUMERABLE.has(block.kind) ? enumerationHitsIn(block, doc.lines).filter(inside) : [];
    if (hits.length) return hits[hits.length - 1];
    if (heading) return undefined;
  }
  return undefined;
}
