import {
  CodeActionKind, OptionalVersionedTextDocumentIdentifier, TextDocumentEdit,
  type CodeAction, type Diagnostic, type TextEdit,
} from 'vscode-languageserver/node';
import { comparePositions, type Finding, type Fix } from '../engine/types';
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
 * no longer fit the text. Findings that share a fix (a renumbering of every heading) get one action naming
 * all their diagnostics, not one copy of its edits each.
 */
export function quickFixes(uri: string, version: number, diagnostics: readonly Diagnostic[], checkOf: (resultId: string) => { version: number; result: { findings: readonly Finding[] } } | undefined): CodeAction[] {
  const actions: CodeAction[] = [];
  const byFix = new Map<Fix, { diagnostics: Diagnostic[] }>();
  for (const diagnostic of diagnostics) {
    const data = fixData(diagnostic);
    const check = data && checkOf(data.check);
    if (!data || !check || check.version !== version) continue;
    const fixes = check.result.findings[data.finding]?.fixes ?? [];
    fixes.forEach((fix, i) => {
      const shared = byFix.get(fix);
      if (shared) return void shared.diagnostics.push(diagnostic);
      const action = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: i === 0, edit: versionedEdit(uri, version, fix.edits) };
      byFix.set(fix, action);
      actions.push(action);
    });
  }
  return actions;
}

/**
 * One action applying every safe fix of the findings; fixes that overlap one already taken are left out, and
 * so is a fix whose own edits overlap (an editor refuses the whole edit then).
 */
export function fixAll(uri: string, version: number, findings: readonly Finding[], title: string): CodeAction | undefined {
  const taken = new TakenEdits();
  const seenFixes = new Set<Fix>(); // findings may share one fix (a renumbering of every heading)
  const seen = new Set<string>();
  for (const finding of findings) {
    for (const fix of finding.fixes ?? []) {
      if (!fix.safe || seenFixes.has(fix)) continue;
      seenFixes.add(fix);
      const key = JSON.stringify(fix.edits);
      if (seen.has(key) || overlapEachOther(fix.edits) || fix.edits.some((e) => taken.overlapsAny(e))) continue;
      seen.add(key);
      for (const e of fix.edits) taken.add(e);
    }
  }
  if (!taken.edits.length) return undefined;
  return { title, kind: FIX_ALL_KIND, edit: versionedEdit(uri, version, taken.edits) };
}

function overlapEachOther(edits: readonly TextEdit[]): boolean {
  if (edits.length < 2) return false;
  const sorted = [...edits].sort((a, b) => comparePositions(a.range.start, b.range.start));
  for (let i = 1; i < sorted.length; i++) if (overlaps(sorted[i], sorted[i - 1])) return true;
  return false;
}

/**
 * The edits taken so far, in order of their starts; taken edits do not overlap, so an edit can overlap only
 * the last one starting at or before it and the one after. (Each fix compared with every edit taken took
 * 1.6 s for 16,000 fixes, and code actions on save ask for this.)
 */
class TakenEdits {
  readonly edits: TextEdit[] = [];

  overlapsAny(e: TextEdit): boolean {
    const i = this.lastAtOrBefore(e);
    return (i >= 0 && overlaps(e, this.edits[i])) || (i + 1 < this.edits.length && overlaps(e, this.edits[i + 1]));
  }

  add(e: TextEdit): void {
    this.edits.splice(this.lastAtOrBefore(e) + 1, 0, e); // at the end, for fixes in the findings' order
  }

  /** The index of the last edit starting at or before `e` (-1 for none). */
  private lastAtOrBefore(e: TextEdit): number {
    let lo = 0;
    let hi = this.edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (comparePositions(this.edits[mid].range.start, e.range.start) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
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

