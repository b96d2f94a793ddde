// Entry point of the language server (dist/server.js): VS Code starts it over node IPC; `--stdio` works too.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
