import {
  DidChangeConfigurationNotification, DocumentDiagnosticReportKind, TextDocumentSyncKind,
  type Connection, type DocumentDiagnosticReport, type InitializeParams, type InitializeResult, type ServerCapabilities,
} from 'vscode-languageserver/node';
import { toLocale } from '../engine/i18n';
import { CODE_ACTION_KINDS } from './code-actions';
import { SERVER_COMMANDS, TEMPLATES_REQUEST, type CommandResult } from './commands';
import { TRIGGER_CHARACTERS } from './completion';
import { OpenDocuments } from './documents';
import { OutlineStatusRequest, outlineStatusOf } from './outline-status';
import { guard, guardNotification } from './guard';
import { WorkspaceFolders } from './paths';
import { ReportService } from './service';

/** What the server offers. Diagnostics are pulled (`textDocument/diagnostic`). */
export const CAPABILITIES: ServerCapabilities = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
  diagnosticProvider: { identifier: 'reportlint', interFileDependencies: true, workspaceDiagnostics: false },
  documentSymbolProvider: { label: 'reportlint' },
  foldingRangeProvider: true,
  hoverProvider: true,
  codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
  completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false },
  executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
  workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
};

/** Options the client may pass in `initialize`. */
export interface InitializationOptions {
  /** False when the workspace is not trusted (VS Code restricted mode). */
  trusted?: boolean;
}

/** Wires the language features to a connection and starts listening. */
export function startServer(connection: Connection): void {
  const log = (message: string) => connection.console.error(message);
  const docs = new OpenDocuments(log);
  const folders = new WorkspaceFolders();
  let service: ReportService | undefined;
  let canRefresh = false;
  let canRegisterConfiguration = false;
  let hasFolders = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    folders.add(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
    const caps = params.capabilities;
    canRefresh = caps.workspace?.diagnostics?.refreshSupport === true;
    canRegisterConfiguration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    const canFetch = caps.workspace?.configuration === true;
    hasFolders = caps.workspace?.workspaceFolders === true;
    service = new ReportService(docs, {
      locale: toLocale(params.locale),
      trusted: (params.initializationOptions as InitializationOptions | undefined)?.trusted !== false,
      folders,
      fetchSettings: (scopeUri) => (canFetch ? connection.workspace.getConfiguration({ scopeUri, section: 'reportlint' }).catch(() => undefined) : Promise.resolve(undefined)),
      push: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
      refresh: () => void (canRefresh && connection.languages.diagnostics.refresh().catch((e) => log(`reportlint: refresh failed: ${e}`))),
      applyEdit: (edit) => connection.workspace.applyEdit(edit),
    });
    return { capabilities: CAPABILITIES, serverInfo: { name: 'reportlint' } };
  });

  connection.onInitialized(() => {
    if (canRegisterConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'reportlint' });
    if (!hasFolders) return;
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      folders.remove(e.removed.map((f) => f.uri));
      folders.add(e.added.map((f) => f.uri));
      service?.configurationChanged();
    });
  });
  connection.onDidChangeConfiguration(guardNotification(log, 'configuration', () => service?.configurationChanged()));
  connection.onDidChangeWatchedFiles(guardNotification(log, 'watched files', (p) => service?.filesChanged(p.changes.map((c) => c.uri))));

  docs.editor.onDidChangeContent(guardNotification(log, 'change', (e) => service?.documentChanged(e.document)));
  docs.editor.onDidClose(guardNotification(log, 'close', (e) => service?.documentChanged(e.document, true)));

  const emptyReport: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
  connection.languages.diagnostics.on(guard(log, 'diagnostics', emptyReport, (p, token) => service?.diagnostics(p.textDocument.uri, p.previousResultId, token) ?? emptyReport));
  connection.onDocumentSymbol(guard(log, 'symbols', null, (p) => service?.symbols(p.textDocument.uri) ?? null));
  connection.onHover(guard(log, 'hover', null, (p, token) => service?.hover(p.textDocument.uri, p.position, token) ?? null));
  connection.onFoldingRanges(guard(log, 'folding', null, (p) => service?.folding(p.textDocument.uri) ?? null));
  connection.onCodeAction(guard(log, 'code actions', null, (p, token) => service?.codeActions(p, token) ?? null));
  connection.onCompletion(guard(log, 'completion', null, (p, token) => service?.completion(p, token) ?? null));
  const notRun: CommandResult = { applied: false, edits: 0, failureReason: 'reportlint: the command failed; see the reportlint output' };
  connection.onExecuteCommand(guard(log, 'command', notRun, (p, token) => service?.executeCommand(p, token) ?? notRun));
  connection.onRequest(TEMPLATES_REQUEST, guard(log, 'templates', [], (p: { uri?: string } | undefined) => service?.templates(typeof p?.uri === 'string' ? p.uri : undefined) ?? []));
  connection.onRequest(OutlineStatusRequest, guard(log, 'outline status', null, (p, token) => (service ? outlineStatusOf(service, p, token) : null)));

  docs.editor.listen(connection);
  connection.listen();
}
