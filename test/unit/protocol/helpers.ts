import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextDocumentEdit, type Diagnostic, type Range, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { normalizeOptions, resolvePaths } from '../../../server/src/engine/config/settings';
import { ReportDocument } from '../../../server/src/engine/document';
import { Engine } from '../../../server/src/engine/engine';
import type { Locale } from '../../../server/src/engine/i18n';
import { repoPath } from '../../support/paths';

/** The workspace folder of the protocol tests. */
export const FOLDER = repoPath('test', 'fixtures', 'protocol');

/** A file of the fixture folder (it need not exist: open documents are whatever the test sends). */
export function fixture(name: string): { file: string; uri: string; text: string } {
  const file = path.join(FOLDER, name);
  return { file, uri: URI.file(file).toString(), text: fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '' };
}

/** What tests compare of a diagnostic. */
export interface View {
  code: string;
  severity: number;
  range: Range;
  message: string;
}

const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

export function view(d: Diagnostic): View {
  return { code: String(d.code), severity: d.severity!, range: d.range, message: typeof d.message === 'string' ? d.message : d.message.value };
}

/** What the engine itself finds for a text, seen as the server's diagnostics should be. */
export function engineView(text: string, file: string, rawSettings: unknown = {}, locale: Locale = 'en'): View[] {
  const { options } = normalizeOptions(rawSettings, 'settings');
  const settings = { ...resolvePaths(options, FOLDER), locale };
  const result = new Engine().check({ document: new ReportDocument(text), path: file, settings, workspaceRoot: FOLDER, trusted: true });
  return result.findings.map((f) => ({ code: f.ruleId, severity: SEVERITY[f.severity], range: f.range, message: f.message }));
}

/**
 * Applies a workspace edit as an editor would: a versioned document edit for another version than the
 * document's is refused (throws).
 */
export function applyEdit(text: string, uri: string, version: number, edit: WorkspaceEdit): string {
  for (const change of edit.documentChanges ?? []) {
    if (!TextDocumentEdit.is(change) || change.textDocument.uri !== uri) throw new Error('unexpected document change');
    if (change.textDocument.version !== null && change.textDocument.version !== version) {
      throw new Error(`refused: edit for version ${change.textDocument.version}, document is at ${version}`);
    }
    text = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', version, text), change.edits.map((e) => ({ range: e.range, newText: 'newText' in e ? e.newText : '' })));
  }
  return text;
}

/** The whole-line range of `line`. */
export function lineRange(text: string, line: number): Range {
  const lines = text.split(/\r\n|\r|\n/);
  return { start: { line, character: 0 }, end: { line, character: lines[line].length } };
}
