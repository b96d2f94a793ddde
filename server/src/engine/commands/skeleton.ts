import type { ReportDocument } from '../document';
import { layout } from '../outline/edits';
import { GB_LEVELS, standardMarker } from '../outline/markers';
import type { Outline } from '../outline/model';
import { guidanceText } from '../rules/missing-section';
import type { Template, TemplateSection } from '../template/types';
import { comparePositions, type Position, type TextEdit } from '../types';
import { setTemplateEdit } from './template-ref';

/** How a skeleton's headings and blocks are written. */
export interface SkeletonStyle {
  /** `##` headings; else numbered plain lines (English templates, being unnumbered, always get `##`). */
  atx: boolean;
  eol: string;
  /** Between blocks: a blank line, or a bare line break in plain-text reports written line by line. */
  gap: string;
}

/** Titles of the sub-sections a skeleton adds when a template asks for some but names none; the placeholder check flags them. */
const PLACEHOLDER_TITLE = { zh: '【标题】', en: '[insert title]' };

/**
 * A template as an outline: every section (optional ones too) in template order, numbered 一、 → （一）
 * → 1. → （1） for Chinese templates, each with its guidance as its body so no section is empty. A section
 * whose template asks for sub-sections gets its named ones, then placeholders up to `children.min`.
 */
export function skeletonText(template: Template, style: SkeletonStyle): string {
  const zh = template.language === 'zh';
  const blocks: string[] = [];
  const add = (entries: readonly TemplateSection[], depth: number) => {
    entries.forEach((entry, i) => {
      const marker = zh ? standardMarker(GB_LEVELS[Math.min(depth, GB_LEVELS.length) - 1], i + 1) : '';
      const hashes = style.atx || !zh ? '#'.repeat(Math.min(6, depth + 1)) + ' ' : '';
      blocks.push(hashes + marker + entry.title, guidanceText(entry.guidance, template.language));
      const named = entry.children?.sections ?? [];
      const count = Math.max(named.length, entry.children?.min ?? 0);
      add(Array.from({ length: count }, (_, k) => named[k] ?? placeholder(template.language)), depth + 1);
    });
  };
  add(template.sections, 1);
  return blocks.join(style.gap);
}

function placeholder(language: Template['language']): TemplateSection {
  return { id: '', title: PLACEHOLDER_TITLE[language], aliases: [], required: false, repeatable: true, minBodyLength: 1, collectUnmatched: false };
}

/** What to insert and where. */
export interface SkeletonRequest {
  template: Template;
  /** How the front matter names the template (see `templateRef`). */
  ref: string;
  /** The cursor: the skeleton replaces its line when blank, else goes after it. */
  position: Position;
  /** False for plain-text reports: numbered plain lines, no `#` title. */
  markdown: boolean;
  outline: Outline;
}

/**
 * Edits that insert a template's skeleton into a report, with front matter naming the template (added,
 * or rewritten when it names another one: the writer just chose this one). The headings follow the
 * report: `##` in Markdown unless its sections are numbered plain lines. A report with no text yet also
 * gets the template's name as its title.
 */
export function insertSkeleton(doc: ReportDocument, request: SkeletonRequest): TextEdit[] {
  const { eol } = layout(doc);
  const gap = doc.blocks.length > 1 ? layout(doc).gap : request.markdown ? eol + eol : eol;
  const atx = request.markdown && !request.outline.sections.some((s) => s.kind !== 'atx' && s.kind !== 'setext');
  const blank = doc.lines.slice(doc.bodyStart).every((l) => !l.trim());
  let text = skeletonText(request.template, { atx, eol, gap });
  if (blank) text = (request.markdown ? `# ${request.template.name}` : request.template.name) + gap + text;
  const skeleton = blank ? replaceBody(doc, text, eol) : placeAt(doc, text, request.position, eol, gap);
  const front = setTemplateEdit(doc, request.ref);
  if (!front) return [skeleton];
  if (comparePositions(front.range.start, skeleton.range.start) === 0) return [{ range: skeleton.range, newText: front.newText + skeleton.newText }];
  return [front, skeleton];
}

/** The whole (blank) body replaced, ending with a line break. */
function replaceBody(doc: ReportDocument, text: string, eol: string): TextEdit {
  const last = doc.lineCount - 1;
  const end = { line: last, character: doc.lines[last].length };
  if (doc.bodyStart > last) return { range: { start: end, end }, newText: eol + text + eol };
  return { range: { start: { line: doc.bodyStart, character: 0 }, end }, newText: text + eol };
}

/** On the cursor's line when blank, else after it; set apart from the text around it as the report's blocks are. */
function placeAt(doc: ReportDocument, text: string, position: Position, eol: string, gap: string): TextEdit {
  const last = doc.lineCount - 1;
  const line = Math.min(Math.max(position.line, doc.bodyStart), last);
  const blankLine = gap.slice(eol.length);
  const filled = (l: number) => l >= 0 && l <= last && doc.lines[l].trim() !== '';
  const after = filled(line + 1) ? blankLine : '';
  if (!doc.lines[line].trim()) {
    const before = line > doc.bodyStart && filled(line - 1) ? blankLine : '';
    return { range: { start: { line, character: 0 }, end: { line, character: doc.lines[line].length } }, newText: before + text + after };
  }
  const end = { line, character: doc.lines[line].length };
  return { range: { start: end, end }, newText: gap + text + after };
}
