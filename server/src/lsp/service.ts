import * as path from 'path';
import {
  CodeActionKind, CompletionTriggerKind, DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError,
  type ApplyWorkspaceEditResult, type CancellationToken, type CodeAction, type CodeActionParams, type CompletionList,
  type CompletionParams, type Diagnostic, type DocumentDiagnosticReport, type DocumentSymbol, type ExecuteCommandParams,
  type FoldingRange, type WorkspaceEdit, MarkupKind, type Hover, type Position,
} from 'vscode-languageserver/node';
import { complete } from '../engine/complete';
import { CONFIG_FILE } from '../engine/config/config-file';
import type { ReportDocument } from '../engine/document';
import { Engine, type CheckResult } from '../engine/engine';
import { localToday } from '../engine/host';
import type { Locale } from '../engine/i18n';
import { isInside } from '../engine/inside-workspace';
import { figureAt } from '../engine/figures/bind';
import { figureHoverText } from '../engine/figures/hover';
import { buildOutline } from '../engine/outline/build';
import type { Outline } from '../engine/outline/model';
import { listTemplates, type TemplateSummary } from '../engine/template/catalog';
import { isBuiltinTemplate } from '../engine/template/load';
import type { Template } from '../engine/template/types';
import { Checker, type Checked } from './checker';
import { FIX_ALL_KIND, fixAll, quickFixes, versionedEdit, wants } from './code-actions';
import { commandArgs, commandEdits, type CommandResult } from './commands';
import { CompletionModels, completionItems } from './completion';
import { configFileDiagnostics, configFileKind, PushedProblems } from './config-files';
import { REPORT_LANGUAGES, type OpenDocument, type OpenDocuments } from './documents';
import { text } from './messages';
import { uriToPath, type WorkspaceFolders } from './paths';
import { SettingsCache } from './settings';
import { outlineFolding, outlineSymbols } from './symbols';
import { workspaceTemplateFiles } from './templates';

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
  /** Asks the client to apply an edit (`workspace/applyEdit`); rejects when the client cannot. */
  applyEdit(edit: WorkspaceEdit): Promise<ApplyWorkspaceEditResult>;
}

/** The language features, between the connection's handlers and the engine. */
export class ReportService {
  readonly settings: SettingsCache;
  private readonly engine: Engine;
  private readonly checker: Checker;
  private readonly pushed: PushedProblems;
  private readonly completions = new CompletionModels();

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
    const checkOf = (resultId: string) => this.checker.byResultId(uri, resultId);
    const actions = wants(p.context.only, CodeActionKind.QuickFix) ? quickFixes(uri, doc.version, p.context.diagnostics, checkOf) : [];
    if (wants(p.context.only, FIX_ALL_KIND)) {
      const checked = await this.checker.current(uri, token);
      const all = checked && fixAll(uri, checked.version, checked.result.findings, text(this.host.locale, 'fixAll'));
      if (all) actions.push(all);
    }
    return actions;
  }

  /** `textDocument/hover`: on a figure bound to the figures data file, the file's value, unit and as-of date. */
  async hover(uri: string, position: Position, token: CancellationToken): Promise<Hover | null> {
    const model = this.docs.model(uri);
    const checked = model && (await this.checker.current(uri, token));
    const figure = checked && figureAt(model, checked.result.figures, position);
    if (!figure) return null;
    return { contents: { kind: MarkupKind.Markdown, value: figureHoverText(figure, this.host.locale) }, range: figure.range };
  }

  /** The check of an open report as it is now, with the document it ran on (for custom requests). */
  async current(uri: string, token: CancellationToken): Promise<{ checked: Checked; document: ReportDocument } | undefined> {
    const checked = await this.checker.current(uri, token);
    const document = this.docs.model(uri);
    return checked && document ? { checked, document } : undefined;
  }

  /**
   * Completion: whole headings, section numbers, template titles, enumeration markers. The template is
   * the last check's (checking first only when there is none); the outline is of the current version.
   */
  async completion(p: CompletionParams, token: CancellationToken): Promise<CompletionList | null> {
    const uri = p.textDocument.uri;
    const version = this.docs.get(uri)?.version;
    const model = this.docs.model(uri);
    if (version === undefined || !model) return null;
    const checked = this.checker.latest(uri) ?? (await this.checker.current(uri, token));
    if (token.isCancellationRequested || this.docs.get(uri)?.version !== version) return null;
    const source = this.completions.source(uri, version, model, checked?.result.template, () => this.checker.peek(uri, version)?.result);
    const invoked = p.context?.triggerKind !== CompletionTriggerKind.TriggerCharacter;
    return { isIncomplete: false, items: completionItems(complete(source, { position: p.position, invoked, locale: this.host.locale })) };
  }

  /**
   * `workspace/executeCommand`: computes a command's edit from the check of the version the user saw,
   * and asks the client to apply it as one versioned edit. A command for another version is refused, and
   * so is the edit by the client should the report change before it arrives.
   */
  async executeCommand(p: ExecuteCommandParams, token: CancellationToken): Promise<CommandResult> {
    const args = commandArgs(p.command, p.arguments?.[0]);
    const refused = (key: 'notReport' | 'stale' | 'badTemplate'): CommandResult => ({ applied: false, edits: 0, failureReason: text(this.host.locale, key, { template: args.template ?? '' }) });
    if (!this.docs.model(args.uri)) return refused('notReport');
    const settings = await this.settings.get(args.uri);
    const checked = await this.checker.current(args.uri, token);
    const doc = this.docs.get(args.uri);
    const model = this.docs.model(args.uri);
    if (!doc || !model || !checked || checked.version !== args.version || doc.version !== args.version) return refused('stale');
    const template = args.template === undefined ? undefined : this.usableTemplate(args.template, settings.root);
    if (args.template !== undefined && !template) return refused('badTemplate');
    const file = uriToPath(args.uri);
    const input = { model, outline: checked.result.outline, template, reportDir: file ? path.dirname(file) : settings.root, markdown: doc.languageId === 'markdown' };
    const edits = commandEdits(p.command, args, input);
    if (!edits.length) return { applied: true, edits: 0 };
    const edit = versionedEdit(args.uri, args.version, edits);
    try {
      const result = await this.host.applyEdit(edit);
      return { applied: result.applied, edits: edits.length, failureReason: result.applied ? undefined : result.failureReason ?? text(this.host.locale, 'notApplied') };
    } catch {
      return { applied: false, edits: edits.length, failureReason: text(this.host.locale, 'noEditSupport'), edit };
    }
  }

  /** `reportlint/templates`: built-in and workspace templates a report can use, the one it uses now marked `current`. */
  async templates(uri: string | undefined): Promise<Array<TemplateSummary & { current?: true }>> {
    const settings = uri ? await this.settings.get(uri) : undefined;
    const file = uri ? uriToPath(uri) : undefined;
    const root = settings?.root;
    const search = { roots: root ? [root] : this.host.folders.all, dir: file ? path.dirname(file) : root, root, setting: settings?.engine.template };
    const files = this.host.trusted ? workspaceTemplateFiles(this.engine, search) : [];
    const current = uri ? this.checker.latest(uri)?.result.template?.source : undefined;
    return listTemplates(this.engine.templates, files).map((t) => (t.source === current ? { ...t, current: true as const } : t));
  }

  /** A template a command may use: a built-in, or (trusted) a template file in the report's workspace folder. */
  private usableTemplate(source: string, root: string | undefined): Template | undefined {
    const ref = source.startsWith('builtin:') ? source.slice('builtin:'.length) : source;
    if (isBuiltinTemplate(ref)) return this.engine.templates.load(ref, '.').template;
    if (!this.host.trusted || !path.isAbsolute(ref)) return undefined;
    // Only the workspace's own templates; a report's front matter may not name one outside its folder.
    if (root ? !isInside(ref, root) : this.host.folders.rootOf(ref) === undefined) return undefined;
    return this.engine.templates.load(ref, path.dirname(ref)).template;
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
  documentChanged(doc: OpenDocument, closed = false): void {
    if (closed) {
      this.checker.forget(doc.uri);
      this.completions.forget(doc.uri);
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
