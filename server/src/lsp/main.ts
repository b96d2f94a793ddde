// Entry point of the language server (dist/server.js): VS Code starts it over node IPC; `--stdio` works too.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
// Handlers are guarded one by one; this catches what escapes them, so one bad input does not end the server.
const report = (kind: string) => (e: unknown) => connection.console.error(`reportlint: ${kind}: ${e instanceof Error ? e.stack : String(e)}`);
process.on('uncaughtException', report('uncaught exception'));
process.on('unhandledRejection', report('unhandled rejection'));
startServer(connection);
