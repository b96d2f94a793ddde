import * as path from 'path';
import {
  CodeActionKind, DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError,
  type CancellationToken, type CodeAction, type CodeActionParams, type Diagnostic, type DocumentDiagnosticReport,
  type DocumentSymbol, type FoldingRange,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE } from '../engine/config/config-file';
import type { ReportDocument } from '../engine/document';
import { Engine, type CheckResult } from '../engine/engine';
import { localToday } from '../engine/host';
import type { Locale } from '../engine/i18n';
import { buildOutline } from '../engine/outline/build';
import type { Outline } from '../engine/outline/model';
import { Checker, type Checked } from './checker';
import { FIX_ALL_KIND, fixAll, quickFixes, wants } from './code-actions';
import { configFileDiagnostics, configFileKind, PushedProblems } from './config-files';
import { REPORT_LANGUAGES, type OpenDocuments } from './documents';
import { text } from './messages';
import { uriToPath, type WorkspaceFolders } from './paths';
import { SettingsCache } from './settings';
import { outlineFolding, outlineSymbols } from './symbols';

/** What the service needs from the connection. */
export interface ServiceHost {
  locale: Locale;
  /** False in an untrusted workspace: workspace templates, configuration and data files are not read. */
  trusted: boolean;
  folders: WorkspaceFolders;
  /** The client's `reportlint` settings for a document (undefined when it has none). */
  fetchSettings(scopeUri: string): Promise<unknown>;
  /** Publishes diagnostics on a file that is not open. */
  push(uri: string, diagnostics: Diagnostic[]): void;
  /** Asks the client to pull diagnostics again. */
  refresh(): void;
}

/** The language features, between the connection's handlers and the engine. */
export class ReportService {
  readonly settings: SettingsCache;
  private readonly engine: Engine;
  private readonly checker: Checker;
  private readonly pushed: PushedProblems;

  constructor(private readonly docs: OpenDocuments, private readonly host: ServiceHost) {
    this.engine = new Engine({ fs: docs.fs, today: localToday });
    this.settings = new SettingsCache(host.fetchSettings, host.folders, host.locale);
    this.pushed = new PushedProblems(host.push, (file) => docs.isOpen(file));
    const checked = (uri: string, result: CheckResult) => this.pushed.set(uri, result.problems, uriToPath(uri));
    this.checker = new Checker(this.engine, docs, this.settings, { locale: host.locale, trusted: host.trusted, checked });
  }

  /** `textDocument/diagnostic`: a report's findings, or the problems of an open template or configuration file. */
  async diagnostics(uri: string, previousResultId: string | undefined, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    if (!this.docs.get(uri)) return { kind: DocumentDiagnosticReportKind.Full, items: await this.checker.onDisk(uri, token) };
    if (!this.docs.model(uri)) return { kind: DocumentDiagnosticReportKind.Full, items: this.configDiagnostics(uri) };
    const checked = await this.checker.forDiagnostics(uri, token);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    if (!checked) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    if (previousResultId === checked.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: checked.resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: checked.resultId, items: checked.diagnostics };
  }

  symbols(uri: string): DocumentSymbol[] | null {
    const outline = this.outline(uri);
    return outline ? outlineSymbols(outline, this.docs.model(uri)!.lines) : null;
  }

  folding(uri: string): FoldingRange[] | null {
    const outline = this.outline(uri);
    return outline ? outlineFolding(outline) : null;
  }

  /** Quick fixes for the diagnostics in the request; the fix-all source action when asked for. */
  async codeActions(p: CodeActionParams, token: CancellationToken): Promise<CodeAction[] | null> {
    const uri = p.textDocument.uri;
    const doc = this.docs.get(uri);
    if (!doc || !this.docs.model(uri)) return null;
    const finding = (check: string, i: number) => this.checker.byResultId(uri, check)?.result.findings[i];
    const actions = wants(p.context.only, CodeActionKind.QuickFix) ? quickFixes(uri, doc.version, p.context.diagnostics, finding) : [];
    if (wants(p.context.only, FIX_ALL_KIND)) {
      const checked = await this.checker.current(uri, token);
      const all = checked && fixAll(uri, checked.version, checked.result.findings, text(this.host.locale, 'fixAll'));
      if (all) actions.push(all);
    }
    return actions;
  }

  /** The check of an open report as it is now, with the document it ran on (for custom requests). */
  async current(uri: string, token: CancellationToken): Promise<{ checked: Checked; document: ReportDocument } | undefined> {
    const checked = await this.checker.current(uri, token);
    const document = this.docs.model(uri);
    return checked && document ? { checked, document } : undefined;
  }

  /** The `reportlint` settings changed: forget them all and re-check. */
  configurationChanged(): void {
    this.settings.invalidate();
    this.host.refresh();
  }

  /**
   * Files changed on disk. When a check read one of them (a template, configuration, data file or
   * image, present or missing), or a `.reportlint.yaml` appeared or went, the reports are checked again.
   */
  filesChanged(uris: readonly string[]): void {
    const relevant = uris.some((uri) => {
      const file = uriToPath(uri);
      return file !== undefined && (path.basename(file) === CONFIG_FILE || this.checker.dependsOn(file));
    });
    if (relevant) this.dependenciesChanged();
  }

  private dependenciesChanged(): void {
    this.checker.filesGeneration++;
    this.host.refresh();
  }

  /** An open document changed, opened or closed; when reports depend on it, they are checked again. */
  documentChanged(doc: TextDocument, closed = false): void {
    if (closed) {
      this.checker.forget(doc.uri);
      this.settings.forget(doc.uri);
    }
    const file = uriToPath(doc.uri);
    if (REPORT_LANGUAGES.includes(doc.languageId)) {
      if (closed) this.pushed.set(doc.uri, [], file);
      return;
    }
    if (!file) return;
    this.pushed.publish();
    if (this.checker.dependsOn(file) || configFileKind(file, doc.getText(), false)) this.dependenciesChanged();
  }

  private configDiagnostics(uri: string): Diagnostic[] {
    const file = uriToPath(uri);
    const doc = this.docs.get(uri);
    const kind = file && doc && this.host.trusted ? configFileKind(file, doc.getText(), this.checker.dependsOn(file)) : undefined;
    return kind ? configFileDiagnostics(this.engine, file!, kind) : [];
  }

  private outline(uri: string): Outline | undefined {
    const model = this.docs.model(uri);
    const version = this.docs.get(uri)?.version;
    if (!model || version === undefined) return undefined;
    return this.checker.peek(uri, version)?.result.outline ?? buildOutline(model);
  }
}
