import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ReportlintApi } from '../../client/src/extension';

/** The extension's id: publisher.name from package.json. */
export const EXTENSION_ID = 'reportlint.reportlint';

/** How long to wait for an event before failing; a bound, never a pause. */
export const EVENT_TIMEOUT = 30_000;

/** A file in the test workspace (a fresh copy of test/e2e/workspace for every run). */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a file of the workspace in an editor. */
export async function openReport(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(doc);
}

/**
 * Resolves with the first truthy value of `probe`, tried now and again after every `event`; rejects
 * after `timeout` ms with `what`. The listener and the timer are disposed either way.
 */
export function waitFor<T>(
  event: vscode.Event<unknown>, probe: () => T | undefined | false | Promise<T | undefined | false>, what: string | (() => string), timeout = EVENT_TIMEOUT,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    let listener: vscode.Disposable | undefined;
    const finish = (f: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      listener?.dispose();
      f();
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`timed out after ${timeout} ms waiting for ${typeof what === 'string' ? what : what()}`))), timeout);
    const tryProbe = () => {
      Promise.resolve(probe()).then((v) => { if (v) finish(() => resolve(v)); }, (e) => finish(() => reject(e)));
    };
    listener = event(tryProbe);
    tryProbe();
  });
}

/** The code of a diagnostic, plain or with its documentation link. */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return code === undefined ? undefined : String(code);
}

/** reportlint's diagnostics on a document. */
export function reportlintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'reportlint');
}

/** Waits until reportlint's diagnostics on `uri` satisfy `check`, and returns them. */
export function waitForDiagnostics(uri: vscode.Uri, check: (diagnostics: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return waitFor(vscode.languages.onDidChangeDiagnostics, () => {
    const diagnostics = reportlintDiagnostics(uri);
    return check(diagnostics) && diagnostics;
  }, `diagnostics on ${uri.path.split('/').pop()}: ${what}`);
}

/** Waits for diagnostics carrying every one of `codes`. */
export function waitForCodes(uri: vscode.Uri, codes: string[]): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (ds) => codes.every((c) => ds.some((d) => codeOf(d) === c)), codes.join(', '));
}

/** The extension, activated (by opening a report first, as a user would). */
export async function extensionApi(): Promise<ReportlintApi> {
  const ext = vscode.extensions.getExtension<ReportlintApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  return ext.isActive ? ext.exports : ext.activate();
}

/** Waits until the status bar shows `text` for the report at `uri`. */
export async function waitForStatus(uri: vscode.Uri, text: RegExp): Promise<string> {
  const { status } = await extensionApi();
  return waitFor(status.onDidUpdate, () => {
    const shown = status.current;
    return shown?.uri === uri.toString() && text.test(shown.summary.text) && shown.summary.text;
  }, () => `status bar text ${text} for ${uri.path.split('/').pop()} (shown: ${status.current?.summary.text} for ${status.current?.uri})`);
}

/** Discards unsaved changes (so no dialog asks) and closes all editors. */
export async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** A symbol named `name` anywhere in a symbol tree. */
export function findSymbol(symbols: readonly vscode.DocumentSymbol[], name: string | RegExp): vscode.DocumentSymbol | undefined {
  for (const s of symbols) {
    if (typeof name === 'string' ? s.name === name : name.test(s.name)) return s;
    const inner = findSymbol(s.children, name);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * The code action at `range` that `want` picks, from `vscode.executeCodeActionProvider`. VS Code drops
 * the answers of providers still at work when another provider registers (an extension starting its
 * language server, such as Markdown's), so a request made while extensions start can come back without
 * ours, or cancelled; it is asked again, a bounded number of times.
 */
export async function findCodeAction(uri: vscode.Uri, range: vscode.Range, want: (a: vscode.CodeAction) => boolean, kind?: vscode.CodeActionKind, attempts = 5): Promise<vscode.CodeAction> {
  let titles: string[] = [];
  for (let i = 0; i < attempts; i++) {
    let actions: vscode.CodeAction[];
    try {
      actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind?.value)) ?? [];
    } catch (e) {
      if ((e as Error).name !== 'Canceled') throw e;
      continue; // the whole request was cancelled the same way
    }
    const found = actions.find(want);
    if (found) return found;
    titles = actions.map((a) => a.title);
  }
  throw new Error(`no such code action after ${attempts} requests; offered: ${titles.join(' | ')}`);
}
