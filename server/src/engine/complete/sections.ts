import type { ReportDocument } from '../document';
import { format, quote, type Locale } from '../i18n';
import { headingLine, levelStyle, renumberEdits, type HeadingStyle } from '../outline/edits';
import type { Outline, Section } from '../outline/model';
import type { EntryPresence, LevelAnalysis } from '../template/analyze';
import type { Range } from '../types';
import { chainOf, firstLineExcept, lastSectionBefore } from './lookup';
import { TEXTS } from './texts';
import type { CompletionCandidate, CompletionSource } from './types';

/** Beyond this many, the sections after an inserted one are left to the numbering-sequence fix (keeps responses small). */
const MAX_RENUMBER = 100;

/** A candidate before it is ranked. */
export type Draft = Omit<CompletionCandidate, 'sortText'>;

/** Where a heading is being started. */
export interface HeadingPlace {
  doc: ReportDocument;
  line: number;
  /** What the items replace: the typed `#`s and marker start. */
  range: Range;
  /** True when `#`s were typed: the editor then filters on the whole heading line. */
  typedHashes: boolean;
  locale: Locale;
}

/** Where a new section at some level goes among its siblings: its number, and the siblings after it. */
interface Slot {
  style: HeadingStyle;
  value: number;
  following: Section[];
}

/**
 * Whole headings for a line being started: first the template's missing sections that belong at this
 * place (outer levels first, template order), then the next number at the level of the section before
 * the cursor and of each section around it (innermost first), then a first sub-section of it.
 */
export function headingItems(source: CompletionSource, place: HeadingPlace): Draft[] {
  const outline = source.outline();
  const prev = lastSectionBefore(outline.all, place.line);
  const chain = chainOf(prev);
  return [...missingSections(source, chain, place), ...nextNumbers(outline, prev, chain, place)];
}

function missingSections(source: CompletionSource, chain: Section[], place: HeadingPlace): Draft[] {
  const template = source.template;
  if (!template) return [];
  const levels = source.levels().filter((lv) => !lv.parent || chain.includes(lv.parent));
  levels.sort((a, b) => (a.parent?.depth ?? 0) - (b.parent?.depth ?? 0));
  return levels.flatMap((lv) => {
    const siblings = lv.sections.filter((s) => s.headingRange.start.line !== place.line);
    const slot = slotIn(siblings, levelStyle(siblings, lv.parent, place.doc, template.language === 'zh'), place.line);
    return belongingHere(lv, place.line).map((p) => {
      const detail = format(p.entry.required ? TEXTS.missing : TEXTS.optional, place.locale, { template: template.id });
      return draft('section', slot, p.entry.title, detail, place, p.entry.guidance);
    });
  });
}

/** Missing entries whose template order puts them between the entries present before and after the line. */
function belongingHere(lv: LevelAnalysis, line: number): EntryPresence[] {
  const firsts = lv.entries.map((p) => firstLineExcept(p, line));
  let before = -1;
  let after = Infinity;
  lv.entries.forEach((p, i) => {
    const first = firsts[i];
    if (first === undefined) return;
    if (first < line) before = Math.max(before, p.order);
    else after = Math.min(after, p.order);
  });
  return lv.entries.filter((p, i) => firsts[i] === undefined && p.order > before && p.order < after);
}

function nextNumbers(outline: Outline, prev: Section | undefined, chain: Section[], place: HeadingPlace): Draft[] {
  const drafts: Draft[] = [];
  for (const x of chain) {
    if (!x.marker) continue;
    const slot = slotIn(x.parent?.children ?? outline.sections, { hashes: x.mdLevel ?? 0, marker: x.marker }, place.line);
    drafts.push(draft('number', slot, '', format(TEXTS.next, place.locale, { title: quote(x.marker.text + x.title, place.locale) }), place));
  }
  if (prev && (prev.marker || prev.children.some((c) => c.marker))) {
    const style = levelStyle(prev.children, prev, place.doc, true);
    const detail = format(TEXTS.first, place.locale, { title: quote((prev.marker?.text ?? '') + prev.title, place.locale) });
    if (style.marker) drafts.push(draft('number', slotIn(prev.children, style, place.line), '', detail, place));
  }
  return drafts;
}

/** The number after the last sibling of the style's level before `line`, and the siblings after it. */
function slotIn(siblings: readonly Section[], style: HeadingStyle, line: number): Slot {
  const same = siblings.filter((s) => s.headingRange.start.line !== line && sameLevel(s, style));
  const before = same.filter((s) => s.headingRange.start.line < line);
  const last = before[before.length - 1]?.marker;
  return { style, value: last ? last.value + 1 : 1, following: same.filter((s) => s.headingRange.start.line > line) };
}

function sameLevel(s: Section, style: HeadingStyle): boolean {
  if (!style.marker) return !s.marker && (s.mdLevel ?? 0) === style.hashes;
  return s.marker?.level === style.marker.level && (s.marker.level !== 'decimal' || s.marker.path.length === style.marker.path.length);
}

function draft(kind: Draft['kind'], slot: Slot, title: string, detail: string, place: HeadingPlace, documentation?: string): Draft {
  const insertText = headingLine(slot.style, slot.value, title);
  const label = slot.style.hashes ? insertText.slice(slot.style.hashes + 1) : insertText;
  const renumber = slot.style.marker ? renumberEdits(slot.following, slot.value + 1) : [];
  const edits = renumber.length <= MAX_RENUMBER ? renumber : [];
  return {
    kind, label, insertText, filterText: place.typedHashes ? insertText : label, documentation, range: place.range,
    detail: edits.length ? format(TEXTS.renumbers, place.locale, { detail, count: edits.length }) : detail,
    additionalEdits: edits.length ? edits : undefined,
  };
}
