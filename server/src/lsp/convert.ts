import * as path from 'path';
import {
  DiagnosticRelatedInformation, DiagnosticSeverity, Location, type Diagnostic, type Range,
} from 'vscode-languageserver/node';
import type { ConfigProblem } from '../engine/config/problems';
import type { CheckResult } from '../engine/engine';
import type { Locale } from '../engine/i18n';
import { ruleDocUrl } from '../engine/rules/registry';
import type { Finding, Severity } from '../engine/types';
import { text } from './messages';
import { pathToUri } from './paths';

/** Source of every diagnostic the server publishes. */
export const SOURCE = 'reportlint';

/** Codes of diagnostics that are not rule findings. */
export const CODES = {
  /** A bad value in the editor's reportlint.* settings. */
  settings: 'settings',
  /** A problem in the report's own front matter (or its template being refused in an untrusted workspace). */
  frontMatter: 'front-matter',
  /** A problem in a template or .reportlint.yaml the report depends on (shown in full on that file). */
  configuration: 'configuration',
} as const;

/**
 * What a diagnostic with quick fixes carries: the check it comes from (its result id; fixes are offered
 * while that check is the last one and is of the document's current version — a keystroke that changes
 * no finding keeps the result id, see `Checker`) and the finding's index in it. The fixes themselves stay
 * on the server: inlined, they were a quarter of every diagnostics response, and a fix shared by many
 * findings (renumbering a long sequence) would grow it with the square of the sequence length.
 */
export interface FixData {
  check: string;
  finding: number;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Where a report is and what it looks like, for problems that have no place of their own. */
export interface ReportInfo {
  /** Absolute path, or undefined for an untitled document. */
  path?: string;
  version: number;
  /** Result id of the check (see `FixData`). */
  resultId: string;
  firstLine: string;
  /** Files the front matter names (template, figures) with their lines, where their problems are reported. */
  named?: ReadonlyMap<string, Range>;
  locale: Locale;
}

/** All diagnostics of a report: findings, then problems in its front matter, the settings and the files it uses. */
export function reportDiagnostics(result: CheckResult, settingsProblems: readonly ConfigProblem[], report: ReportInfo): Diagnostic[] {
  const self = report.path ?? 'untitled';
  const top: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: report.firstLine.length } };
  const external = new Map<string, ConfigProblem[]>();
  const out = result.findings.map((f, i) => findingDiagnostic(f, report, i));
  for (const p of result.problems) {
    if (p.file === self) out.push(problemDiagnostic(p, CODES.frontMatter, top));
    else {
      const list = external.get(p.file);
      if (list) list.push(p); // not a copy per problem: a broken figures file can have 80,000
      else external.set(p.file, [p]);
    }
  }
  for (const p of settingsProblems) {
    out.push(problemDiagnostic({ ...p, message: text(report.locale, 'setting', { message: p.message }) }, CODES.settings, top));
  }
  for (const [file, problems] of external) {
    out.push(externalSummary(file, problems, report.named?.get(file) ?? top, report));
  }
  return out;
}

/** A rule finding (the `index`th of its check) as a diagnostic; one with fixes has `data` that leads to them. */
export function findingDiagnostic(f: Finding, check: { resultId: string }, index: number): Diagnostic {
  const diagnostic: Diagnostic = {
    range: f.range, severity: SEVERITY[f.severity], code: f.ruleId, codeDescription: { href: ruleDocUrl(f.ruleId) },
    source: SOURCE, message: f.message,
  };
  if (f.fixes?.length) diagnostic.data = { check: check.resultId, finding: index } satisfies FixData;
  return diagnostic;
}

/** A configuration problem as a diagnostic in its own file (or at `fallback` when it has no range). */
export function problemDiagnostic(p: ConfigProblem, code: string, fallback: Range): Diagnostic {
  return { range: p.range ?? fallback, severity: SEVERITY[p.severity], code, source: SOURCE, message: p.message };
}

/** One warning on the report per broken file it depends on, linking to each problem there. */
function externalSummary(file: string, problems: ConfigProblem[], at: Range, report: ReportInfo): Diagnostic {
  const shown = report.path ? path.relative(path.dirname(report.path), file) || file : file;
  const zero: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return {
    range: at, severity: DiagnosticSeverity.Warning, code: CODES.configuration, source: SOURCE,
    message: text(report.locale, 'configFile', { file: shown, count: problems.length, first: problems[0].message }),
    relatedInformation: problems.map((p) => DiagnosticRelatedInformation.create(Location.create(pathToUri(file), p.range ?? zero), p.message)),
  };
}
