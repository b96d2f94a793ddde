// The VS Code side of reportlint: starts the language server (dist/server.js) and shows the active
// report's status. The language-server issue owns the client's options; this is the thin form.
import * as path from 'path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerReportStatus, type ReportStatus } from './status';

/** What `activate` returns: other extensions and the integration tests read the report status. */
export interface ReportlintApi {
  status: ReportStatus;
}

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<ReportlintApi> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown' }, { language: 'plaintext' }, { language: 'yaml', scheme: 'file' }],
    initializationOptions: { trusted: workspace.isTrusted },
    diagnosticPullOptions: { onChange: true, onTabs: true },
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/*.{yaml,yml,csv}') },
  };
  client = new LanguageClient('reportlint', 'reportlint', serverOptions, clientOptions);
  await client.start();
  const status = registerReportStatus(context.subscriptions, () => client);
  return { status };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
