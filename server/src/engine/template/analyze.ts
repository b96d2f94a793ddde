import type { ReportDocument } from '../document';
import { blockIndexAt } from '../markdown/blocks';
import { headingCandidates } from '../outline/candidates';
import type { Outline, Section } from '../outline/model';
import { matchLevel } from './match';
import type { Template, TemplateSection } from './types';

/** How one template section is (or is not) present in the report. */
export interface EntryPresence {
  entry: TemplateSection;
  /** Position of the entry among its siblings in the template. */
  order: number;
  /** Report sections whose title matched the entry. */
  sections: Section[];
  /** Themed sections that stand in for a `collectUnmatched` entry. */
  collected: Section[];
  /** Line of a paragraph that satisfies an `inParagraph` entry. */
  paragraphLine?: number;
}

/** The template compared with the report at one level (top level, or inside one matched section). */
export interface LevelAnalysis {
  /** The report section whose children were matched; undefined for the top level. */
  parent?: Section;
  parentEntry?: TemplateSection;
  /** The report's sections at this level, in document order. */
  sections: readonly Section[];
  entries: EntryPresence[];
}

/** True when the entry is there: titled, collected or written as a paragraph. */
export function isPresent(p: EntryPresence): boolean {
  return p.sections.length > 0 || p.collected.length > 0 || p.paragraphLine !== undefined;
}

/** The first report line where an entry is present, for ordering and placing. */
export function firstLine(p: EntryPresence): number | undefined {
  return p.sections[0]?.headingRange.start.line ?? p.collected[0]?.headingRange.start.line ?? p.paragraphLine;
}

/** Compares the outline with the template at every level the template describes. */
export function analyzeTemplate(outline: Outline, template: Template, doc: ReportDocument): LevelAnalysis[] {
  const levels: LevelAnalysis[] = [];
  const visit = (sections: readonly Section[], entries: readonly TemplateSection[], parent?: Section, parentEntry?: TemplateSection) => {
    const match = matchLevel(sections, entries);
    const presence = entries.map((entry, order) => ({ entry, order, sections: match.matched[order], collected: match.collected[order] }) as EntryPresence);
    findParagraphs(presence, doc, parent);
    levels.push({ parent, parentEntry, sections, entries: presence });
    for (const p of presence) {
      const nested = p.entry.children?.sections;
      if (nested?.length) for (const s of p.sections) visit(s.children, nested, s, p.entry);
    }
  };
  visit(outline.sections, template.sections, undefined, undefined);
  return levels;
}

/** For missing entries that may be written as a paragraph, looks for one that opens with the pattern. */
function findParagraphs(presence: EntryPresence[], doc: ReportDocument, parent?: Section): void {
  for (const p of presence) {
    if (isPresent(p) || !p.entry.inParagraph) continue;
    const from = windowStart(presence, p.order, parent, doc);
    const to = windowEnd(presence, p.order, parent, doc);
    p.paragraphLine = findOpeningParagraph(doc, from, to, p.entry.inParagraph);
  }
}

function windowStart(presence: EntryPresence[], order: number, parent: Section | undefined, doc: ReportDocument): number {
  for (let i = order - 1; i >= 0; i--) {
    const line = firstLine(presence[i]);
    if (line !== undefined) return line;
  }
  return parent ? parent.headingRange.end.line : doc.bodyStart;
}

function windowEnd(presence: EntryPresence[], order: number, parent: Section | undefined, doc: ReportDocument): number {
  for (let i = order + 1; i < presence.length; i++) {
    const p = presence[i];
    const line = p.sections[0]?.headingRange.start.line ?? p.collected[0]?.headingRange.start.line;
    if (line !== undefined) return line;
  }
  return parent ? parent.range.end.line + 1 : doc.lineCount;
}

/**
 * First paragraph line in `[from, to)` whose first sentence matches. Each line counts, because in plain-text
 * reports every line is a paragraph; heading lines do not.
 */
function findOpeningParagraph(doc: ReportDocument, from: number, to: number, pattern: RegExp): number | undefined {
  // From the block at `from` (binary search): a template entry per section, each looking from the first block,
  // made a report of 64,000 sections take a minute.
  for (let b = Math.max(0, blockIndexAt(doc.blocks, from)); b < doc.blocks.length; b++) {
    const block = doc.blocks[b];
    if (block.end <= from || block.kind !== 'paragraph') continue;
    if (block.start >= to) break;
    const headingLines = new Set(headingCandidates(block, doc.lines).filter((c) => !c.numberedParagraph).map((c) => c.line));
    for (let i = Math.max(block.start, from); i < Math.min(block.end, to); i++) {
      if (headingLines.has(i - block.start)) continue;
      const sentence = doc.lines[i].trim().split(/[。！？!?]/)[0];
      if (pattern.test(sentence)) return i;
    }
  }
  return undefined;
}
