import { spawn, type ChildProcess } from 'child_process';
import { EventEmitter } from 'events';
import {
  CodeActionRequest, ConfigurationRequest, DiagnosticRefreshRequest, DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification, DidSaveTextDocumentNotification, DocumentDiagnosticRequest, DocumentSymbolRequest,
  ExitNotification, FoldingRangeRequest, InitializedNotification, InitializeRequest, LogMessageNotification,
  PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
  createProtocolConnection,
  type CodeAction, type ConfigurationItem, type Diagnostic, type DocumentSymbol, type FileEvent,
  type FullDocumentDiagnosticReport, type InitializeResult, type ProtocolConnection, type Range,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { repoPath } from '../../support/paths';

/** How long any awaited message may take before a test fails (the suite never sleeps). */
const WAIT_MS = 15_000;

export interface StartOptions {
  folder: string;
  locale?: string;
  trusted?: boolean;
  /** Settings answered to `workspace/configuration` (the `reportlint` section). */
  settings?: Record<string, unknown>;
}

/**
 * A language client for tests: runs the bundled server (dist/server.js) in its own process and talks
 * to it over stdio with a real JSON-RPC connection. Answers the server's requests like VS Code does.
 */
export class TestClient {
  settings: Record<string, unknown>;
  readonly configurationRequests: ConfigurationItem[][] = [];
  /** Last pushed diagnostics per URI. */
  readonly published = new Map<string, Diagnostic[]>();
  readonly logs: string[] = [];
  /** How many `workspace/diagnostic/refresh` requests the server sent. */
  refreshes = 0;
  initializeResult!: InitializeResult;
  private readonly events = new EventEmitter();
  private readonly exited: Promise<number | null>;

  private constructor(readonly process: ChildProcess, readonly connection: ProtocolConnection, options: StartOptions) {
    this.settings = options.settings ?? {};
    this.exited = new Promise((resolve) => process.on('exit', (code) => resolve(code)));
    connection.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests.push(params.items);
      this.events.emit('configuration', params.items);
      return params.items.map(() => this.settings);
    });
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshes++;
      this.events.emit('refresh');
    });
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.set(p.uri, p.diagnostics);
      this.events.emit('publish', p.uri);
    });
    connection.onNotification(LogMessageNotification.type, (p) => void this.logs.push(p.message));
    connection.listen();
  }

  static async start(options: StartOptions): Promise<TestClient> {
    const child = spawn(process.execPath, [repoPath('dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection, options);
    const folderUri = URI.file(options.folder).toString();
    const died = client.exited.then((code) => Promise.reject(new Error(`server exited with code ${code}`)));
    client.initializeResult = await Promise.race([died, connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folderUri,
      locale: options.locale ?? 'en',
      workspaceFolders: [{ uri: folderUri, name: 'fixtures' }],
      initializationOptions: { trusted: options.trusted ?? true },
      capabilities: {
        workspace: { configuration: true, diagnostics: { refreshSupport: true }, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
        textDocument: { diagnostic: { dynamicRegistration: false }, codeAction: { dataSupport: true } },
      },
    })]);
    died.catch(() => undefined);
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  save(uri: string): Promise<void> {
    return this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  filesChanged(changes: FileEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  configurationChanged(): Promise<void> {
    return this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  /** Pulls a full diagnostic report. */
  async pull(uri: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    if (report.kind !== 'full') throw new Error(`expected a full report, got ${report.kind}`);
    return (report as FullDocumentDiagnosticReport).items;
  }

  pullReport(uri: string, previousResultId?: string) {
    return this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId });
  }

  async symbols(uri: string): Promise<DocumentSymbol[]> {
    return ((await this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) ?? []) as DocumentSymbol[];
  }

  folding(uri: string) {
    return this.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const result = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } });
    return (result ?? []) as CodeAction[];
  }

  /** Resolves on the next event of a kind that satisfies `test` (registered before the action that causes it). */
  next<T = unknown>(kind: 'refresh' | 'publish' | 'configuration', test: (value: T) => boolean = () => true): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.events.off(kind, listener);
        reject(new Error(`no ${kind} within ${WAIT_MS} ms`));
      }, WAIT_MS);
      const listener = (value: T) => {
        if (!test(value)) return;
        clearTimeout(timer);
        this.events.off(kind, listener);
        resolve(value);
      };
      this.events.on(kind, listener);
    });
  }

  /** Shuts the server down the LSP way and resolves to its exit code. */
  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const timer = setTimeout(() => this.process.kill(), WAIT_MS);
    const code = await this.exited;
    clearTimeout(timer);
    this.connection.dispose();
    return code;
  }
}
