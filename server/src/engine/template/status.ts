import type { ReportDocument } from '../document';
import type { CheckResult } from '../engine';
import type { Range } from '../types';
import { analyzeTemplate, isPresent, type EntryPresence } from './analyze';

/** One top-level section of the template, and whether the report has it. */
export interface SectionStatus {
  id: string;
  /** The template's title of the section. */
  title: string;
  required: boolean;
  present: boolean;
  /** Where the section (or the paragraph standing for it) starts, when present. */
  range?: Range;
  /** When a required section is missing: where the `missing-section` finding sits and the title of its fix. */
  missing?: { range: Range; fixTitle?: string };
}

/** How a report measures up to its template's top level: what a status bar or checklist shows. */
export interface OutlineStatus {
  template: { id: string; name: string } | null;
  sections: SectionStatus[];
}

/** The status of a checked report; `doc` is the document the check ran on. */
export function outlineStatus(result: CheckResult, doc: ReportDocument): OutlineStatus {
  const template = result.template;
  if (!template) return { template: null, sections: [] };
  const [top] = analyzeTemplate(result.outline, template, doc);
  const missing = result.findings.filter((f) => f.ruleId === 'missing-section' && f.fixes?.length);
  const sections = (top?.entries ?? []).map((p): SectionStatus => {
    const status: SectionStatus = { id: p.entry.id, title: p.entry.title, required: p.entry.required, present: isPresent(p) };
    const range = presentRange(p, doc);
    if (range) status.range = range;
    const finding = status.present ? undefined : missing.find((f) => f.data?.sectionId === p.entry.id);
    if (finding) status.missing = { range: finding.range, fixTitle: finding.fixes?.[0]?.title };
    return status;
  });
  return { template: { id: template.id, name: template.name }, sections };
}

function presentRange(p: EntryPresence, doc: ReportDocument): Range | undefined {
  const section = p.sections[0] ?? p.collected[0];
  if (section) return section.headingRange;
  if (p.paragraphLine === undefined) return undefined;
  const line = p.paragraphLine;
  return { start: { line, character: 0 }, end: { line, character: doc.lines[line]?.length ?? 0 } };
}
