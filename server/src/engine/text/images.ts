import * as path from 'path';
import type { ReportDocument } from '../document';
import { type Block, memo, memoKey, NO_FACTS } from '../markdown/blocks';
import { inlineFacts, isProse, maskedText } from '../markdown/inline';
import { inlineImages, referenceImages } from './image-syntax';
import { HOLDS_BANG, proseKinds } from './prose-kinds';

const IMAGES = memoKey('images', true);

/** A Markdown image of a block, line relative to the block. */
export interface ImageRef {
  line: number;
  start: number;
  end: number;
  /** The destination as written (inline images). */
  src?: string;
  /** The reference label (reference-style images), normalised. */
  label?: string;
  /** `![label]` alone: plain text, not an image, unless the label is defined. */
  shortcut?: boolean;
  /** Where the destination or label is written, for the finding's range. */
  targetStart: number;
  targetEnd: number;
}

const DEFINITION = /^ {0,3}\[([^\]]+)\]:\s*(<[^>\n]*>|\S+)/;

/** Images of a prose block (inline and reference-style; not inside code spans), memoised on the block. */
export function blockImages(block: Block, lines: readonly string[]): readonly ImageRef[] {
  return memo(block, IMAGES, lines, computeBlockImages);
}

function computeBlockImages(block: Block, lines: readonly string[]): readonly ImageRef[] {
  if (!isProse(block)) return NO_FACTS;
  // Most blocks have no `!` in their prose (`proseKinds`), which is these lines unless URLs were masked in it.
  const masked = maskedText(block, lines);
  if (!(proseKinds(block, lines) & HOLDS_BANG) && !masked) return NO_FACTS;
  // A plain loop; the list is made for a block with images only. Its lines: code spans masked, URLs not.
  let out: ImageRef[] | undefined;
  const own = masked ? inlineFacts(block, lines).lines : undefined;
  for (let line = 0; line < block.end - block.start; line++) {
    const t = own ? own[line] : lines[block.start + line];
    if (t.includes('![')) lineImages(t, line, (out ??= []));
  }
  return out ?? NO_FACTS;
}

function lineImages(text: string, line: number, out: ImageRef[]): void {
  const inline = new Set<number>();
  for (const m of inlineImages(text)) {
    inline.add(m.start);
    out.push({ line, start: m.start, end: m.end, src: m.destination!.replace(/^<|>$/g, ''), targetStart: m.destinationStart!, targetEnd: m.destinationStart! + m.destination!.length });
  }
  for (const m of referenceImages(text)) {
    if (inline.has(m.start)) continue; // an inline image
    out.push({ line, start: m.start, end: m.end, label: normalizeLabel(m.label!), shortcut: m.shortcut, targetStart: m.start, targetEnd: m.end });
  }
}

/** Reference definitions (`[label]: path`) live between the blocks, as CommonMark consumes them. */
export function referenceDefinitions(doc: ReportDocument): Map<string, string> {
  const defs = new Map<string, string>();
  let line = doc.bodyStart;
  const scan = (to: number) => {
    for (; line < to; line++) {
      const m = DEFINITION.exec(doc.lines[line]);
      if (m && !defs.has(normalizeLabel(m[1]))) defs.set(normalizeLabel(m[1]), m[2].replace(/^<|>$/g, ''));
    }
  };
  for (const block of doc.blocks) {
    scan(block.start);
    line = block.end;
  }
  scan(doc.lineCount);
  return defs;
}

function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The file an image destination names, relative to the report's folder; undefined for URLs
 * (http:, data:, any scheme), protocol-relative and root-relative paths, and fragments.
 */
export function imageFile(src: string, reportDir: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/') || src.startsWith('#') || !src) return undefined;
  const query = src.search(/[?#]/);
  let clean = query < 0 ? src : src.slice(0, query);
  try {
    clean = decodeURI(clean);
  } catch {
    // a stray % is part of the file name
  }
  return clean ? path.resolve(reportDir, clean) : undefined;
}
