import { l10n, type Diagnostic } from 'vscode';
import type { OutlineStatus } from './protocol';

/** Diagnostic codes that count as open figure problems (from the figures rules). */
export const FIGURE_CODES = ['stale-figure', 'stale-date'];

/** What the status bar shows for one report. */
export interface StatusSummary {
  text: string;
  tooltip: string;
  /** Required sections present, and required in all. */
  present: number;
  required: number;
  /** Open stale-figure / stale-date diagnostics. */
  figures: number;
}

/** The code of a diagnostic, whether given plainly or with a documentation link. */
export function codeOf(d: Diagnostic): string | undefined {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return code === undefined ? undefined : String(code);
}

/** Summarises a report's outline status and its diagnostics, e.g. `提纲 2/3 · 数据 0`. */
export function summarize(status: OutlineStatus, diagnostics: readonly Diagnostic[]): StatusSummary {
  const figures = diagnostics.filter((d) => d.source === 'reportlint' && FIGURE_CODES.includes(codeOf(d) ?? '')).length;
  const required = status.sections.filter((s) => s.required);
  const present = required.filter((s) => s.present).length;
  const outline = status.template ? l10n.t('Outline {0}/{1}', present, required.length) : l10n.t('No template');
  const text = `$(checklist) ${outline} · ${l10n.t('Figures {0}', figures)}`;
  const tooltip = status.template
    ? `${l10n.t('Template: {0}', status.template.name)}\n${l10n.t('Click for the checklist of required sections')}`
    : l10n.t('No template applies to this report; choose one in front matter, the reportlint.template setting or .reportlint.yaml.');
  return { text, tooltip, present, required: required.length, figures };
}
