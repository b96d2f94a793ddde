// The VS Code side of reportlint: starts the language server (dist/server.js) and restarts it when the
// settings that shape the client (which documents, when to check) or the workspace trust change; shows
// the active report's status (client/src/status).
import * as path from 'path';
import { window, workspace, type ExtensionContext, type FileSystemWatcher, type LogOutputChannel, type Uri } from 'vscode';
import { LanguageClient, TransportKind, type DocumentSelector, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { registerReportStatus, type ReportStatus } from './status';

/** What `activate` returns: other extensions and the integration tests read the report status. */
export interface ReportlintApi {
  status: ReportStatus;
}

/** What every client instance shares: the log and the watchers of templates, configuration, data and image files. */
interface Shared {
  serverModule: string;
  output: LogOutputChannel;
  watchers: FileSystemWatcher[];
}

let client: LanguageClient | undefined;
let restarting: Promise<void> = Promise.resolve();

export async function activate(context: ExtensionContext): Promise<ReportlintApi> {
  const shared: Shared = {
    serverModule: context.asAbsolutePath(path.join('dist', 'server.js')),
    output: window.createOutputChannel('reportlint', { log: true }),
    watchers: ['**/.reportlint.yaml', '**/*.{yaml,yml,csv}', '**/*.{png,jpg,jpeg,gif,svg,webp}'].map((glob) => workspace.createFileSystemWatcher(glob)),
  };
  context.subscriptions.push(
    shared.output,
    ...shared.watchers,
    workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('reportlint.enablePlainText') || e.affectsConfiguration('reportlint.run')) void restart(shared);
    }),
    workspace.onDidGrantWorkspaceTrust(() => void restart(shared)),
  );
  registerCommands(context, () => client);
  await restart(shared);
  return { status: registerReportStatus(context.subscriptions, () => client) };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

function restart(shared: Shared): Promise<void> {
  restarting = restarting
    .then(async () => {
      await client?.dispose();
      client = createClient(shared);
      await client.start();
    })
    .catch((e) => shared.output.error('the language server did not start', e));
  return restarting;
}

function createClient(shared: Shared): LanguageClient {
  const module = shared.serverModule;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const settings = workspace.getConfiguration('reportlint');
  const plainText = settings.get<boolean>('enablePlainText') === true;
  const onSave = settings.get<string>('run') === 'onSave';
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector(plainText),
    outputChannel: shared.output,
    initializationOptions: () => ({ trusted: workspace.isTrusted }),
    diagnosticPullOptions: { onChange: !onSave, onSave, onTabs: true, match: (_selector, uri) => isReportFile(uri, plainText) },
    synchronize: { fileEvents: shared.watchers },
  };
  return new LanguageClient('reportlint', 'reportlint', serverOptions, clientOptions);
}

/** Reports in Markdown (and plain text when enabled); YAML files so templates and .reportlint.yaml get checked too. */
function selector(plainText: boolean): DocumentSelector {
  const reports = plainText ? ['markdown', 'plaintext'] : ['markdown'];
  return [
    ...reports.flatMap((language) => ['file', 'untitled', 'vscode-vfs'].map((scheme) => ({ language, scheme }))),
    { language: 'yaml', scheme: 'file' },
  ];
}

/** Which not-yet-opened tabs the client asks diagnostics for. */
function isReportFile(uri: Uri, plainText: boolean): boolean {
  return uri.scheme === 'file' && (/\.(md|markdown)$/i.test(uri.path) || (plainText && /\.txt$/i.test(uri.path)));
}
