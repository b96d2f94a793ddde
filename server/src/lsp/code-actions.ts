import {
  CodeActionKind, OptionalVersionedTextDocumentIdentifier, TextDocumentEdit,
  type CodeAction, type Diagnostic, type TextEdit,
} from 'vscode-languageserver/node';
import { comparePositions, type Finding } from '../engine/types';
import { SOURCE, type FixData } from './convert';

/** The kind of the fix-all source action, for `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = CodeActionKind.SourceFixAll + '.' + SOURCE;

/** Code action kinds the server offers. */
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

/** Whether a request restricted to `only` kinds wants actions of `kind`; fix-all is never offered unasked. */
export function wants(only: readonly string[] | undefined, kind: string): boolean {
  if (!only) return kind === CodeActionKind.QuickFix;
  return only.some((o) => kind === o || kind.startsWith(o + '.'));
}

/**
 * Quick fixes for the diagnostics of a request, from the findings they refer to. A diagnostic whose check
 * is no longer the last one, or is not of the document's current version, offers nothing: its ranges may
 * no longer fit the text.
 */
export function quickFixes(uri: string, version: number, diagnostics: readonly Diagnostic[], checkOf: (resultId: string) => { version: number; result: { findings: readonly Finding[] } } | undefined): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const data = fixData(diagnostic);
    const check = data && checkOf(data.check);
    if (!data || !check || check.version !== version) continue;
    const fixes = check.result.findings[data.finding]?.fixes ?? [];
    fixes.forEach((fix, i) => {
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: i === 0, edit: versionedEdit(uri, version, fix.edits) });
    });
  }
  return actions;
}

/** One action applying every safe fix of the findings; fixes that overlap one already taken are left out. */
export function fixAll(uri: string, version: number, findings: readonly Finding[], title: string): CodeAction | undefined {
  const taken: TextEdit[] = [];
  const seen = new Set<string>();
  for (const fix of findings.flatMap((f) => f.fixes ?? []).filter((f) => f.safe)) {
    const key = JSON.stringify(fix.edits);
    if (seen.has(key) || fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    seen.add(key);
    taken.push(...fix.edits);
  }
  if (!taken.length) return undefined;
  taken.sort((a, b) => comparePositions(a.range.start, b.range.start));
  return { title, kind: FIX_ALL_KIND, edit: versionedEdit(uri, version, taken) };
}

/** An edit the editor applies only while the document is still at `version`. */
export function versionedEdit(uri: string, version: number, edits: readonly TextEdit[]) {
  return { documentChanges: [TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(uri, version), [...edits])] };
}

function fixData(d: Diagnostic): FixData | undefined {
  const data = d.data as Partial<FixData> | undefined;
  if (d.source !== SOURCE || !data || typeof data.check !== 'string' || typeof data.finding !== 'number') return undefined;
  return data as FixData;
}

/** Whether two edits touch the same text; two insertions at one point also count, as their order is unclear. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  return comparePositions(a.range.start, b.range.end) < 0 && comparePositions(b.range.start, a.range.end) < 0
    || comparePositions(a.range.start, b.range.start) === 0;
}

