import type { Block } from '../markdown/blocks';
import { range } from '../types';
import { typingContext } from './context';
import { enumerationItems } from './enumeration';
import { blockIndexAt } from '../markdown/blocks';
import { headingItems, type Draft, type HeadingPlace } from './sections';
import { titleItems } from './titles';
import type { CompletionCandidate, CompletionRequest, CompletionSource } from './types';

export type { CompletionCandidate, CompletionRequest, CompletionSource } from './types';

/** Blocks a heading can be typed in (an empty line has no block). */
const HEADING_BLOCKS: ReadonlySet<Block['kind']> = new Set(['paragraph', 'heading', 'list']);
const BODY_BLOCKS: ReadonlySet<Block['kind']> = new Set(['paragraph', 'list', 'quote']);

/**
 * Completion candidates at a position of a report: whole headings where a line is being started,
 * template titles after a typed marker, the next enumeration marker in running text. Ranked in the
 * order returned. Nothing inside front matter, code, HTML or tables.
 */
export function complete(source: CompletionSource, request: CompletionRequest): CompletionCandidate[] {
  const { doc } = source;
  const { line, character } = request.position;
  if (line < doc.bodyStart || line >= doc.lineCount || character > doc.lines[line].length) return [];
  const i = blockIndexAt(doc.blocks, line);
  const kind = i >= 0 && doc.blocks[i].end > line ? doc.blocks[i].kind : undefined;
  const text = doc.lines[line];
  const typing = typingContext(text, character);
  const place = (from: number, typedHashes: boolean): HeadingPlace => ({ doc, line, range: range(line, from, line, character), typedHashes, locale: request.locale });
  let drafts: Draft[] = [];
  if (typing.kind === 'heading' && (!kind || HEADING_BLOCKS.has(kind))) {
    drafts = headingItems(source, place(typing.from, typing.hashes > 0));
    const blank = !typing.hashes && typing.from === character;
    if (blank && request.invoked) drafts.push(...enumerationItems(doc, line, character, false, request.locale));
  } else if (typing.kind === 'title' && (!kind || HEADING_BLOCKS.has(kind))) {
    drafts = titleItems(source, typing, place(typing.titleStart, false));
  } else if (typing.kind === 'body' && kind && BODY_BLOCKS.has(kind)) {
    drafts = enumerationItems(doc, line, character, !request.invoked, request.locale);
  }
  return unique(drafts).map((d, n) => ({ ...d, sortText: String(n).padStart(4, '0') }));
}

function unique(drafts: Draft[]): Draft[] {
  const seen = new Set<string>();
  return drafts.filter((d) => !seen.has(d.insertText) && seen.add(d.insertText));
}
