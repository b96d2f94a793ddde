import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver/node';
import type { CandidateKind, CompletionCandidate, CompletionSource } from '../engine/complete/types';
import type { ReportDocument } from '../engine/document';
import { buildOutline } from '../engine/outline/build';
import type { CheckResult } from '../engine/engine';
import { analyzeTemplate, type LevelAnalysis } from '../engine/template/analyze';
import type { Template } from '../engine/template/types';

/**
 * Characters that ask for completion as they are typed: 、 and ） close a marker (titles follow); （ and
 * # open a heading; . closes a `1.` marker; 。 and ； end an enumerated item (the next marker follows).
 * Requests anywhere else are answered from the cursor's line alone.
 */
export const TRIGGER_CHARACTERS = ['、', '）', '.', '（', '#', '。', '；'];

const KINDS: Record<CandidateKind, CompletionItemKind> = {
  section: CompletionItemKind.Module,
  number: CompletionItemKind.Value,
  enumeration: CompletionItemKind.EnumMember,
  title: CompletionItemKind.Text,
};

/** Engine candidates as LSP items: each replaces the typed prefix (`textEdit`) and brings its renumbering along. */
export function completionItems(candidates: readonly CompletionCandidate[]): CompletionItem[] {
  return candidates.map((c) => ({
    label: c.label, kind: KINDS[c.kind], detail: c.detail, documentation: c.documentation, sortText: c.sortText, filterText: c.filterText,
    insertTextFormat: InsertTextFormat.PlainText, textEdit: { range: c.range, newText: c.insertText }, additionalTextEdits: c.additionalEdits,
  }));
}

interface Entry {
  version: number;
  outline: CheckResult['outline'];
  levels?: { template: Template; levels: LevelAnalysis[] };
}

/**
 * The outline and template comparison completion reads, made at most once per document version: taken
 * from the check when it is of that version, else built (a keystroke usually arrives before its check).
 */
export class CompletionModels {
  private readonly entries = new Map<string, Entry>();

  /**
   * What completion reads of a report at `version`; nothing is built until a request needs it.
   * `checked` gives the check of that version, if there is one.
   */
  source(uri: string, version: number, doc: ReportDocument, template: Template | undefined, checked: () => CheckResult | undefined): CompletionSource {
    const entry = (): Entry => {
      let e = this.entries.get(uri);
      if (!e || e.version !== version) {
        const result = checked();
        const levels = result?.template && result.levels ? { template: result.template, levels: result.levels } : undefined;
        this.entries.set(uri, (e = { version, outline: result?.outline ?? buildOutline(doc), levels }));
      }
      return e;
    };
    const levels = (): LevelAnalysis[] => {
      const e = entry();
      if (!template) return [];
      if (e.levels?.template !== template) e.levels = { template, levels: analyzeTemplate(e.outline, template, doc) };
      return e.levels.levels;
    };
    return { doc, template, outline: () => entry().outline, levels };
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
