/**
 * A minimal language server over stdio with pull diagnostics, standing in for dist/server.js so the
 * bench's protocol measurement is exercised before the real server is merged. Test support only.
 */
import { ReportDocument, type TextChange } from '../../server/src/engine/document';
import { Engine } from '../../server/src/engine/engine';

// Loaded untyped: the package types `./node` through its `exports` map, which `moduleResolution: node10` cannot read.
const lsp = require('vscode-languageserver-protocol/node');

interface TextDocumentItem {
  uri: string;
  text: string;
}

const conn = lsp.createProtocolConnection(new lsp.StreamMessageReader(process.stdin), new lsp.StreamMessageWriter(process.stdout));
const engine = new Engine();
const docs = new Map<string, ReportDocument>();

conn.onRequest(lsp.InitializeRequest.type, () => ({
  capabilities: { textDocumentSync: lsp.TextDocumentSyncKind.Incremental, diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } },
}));
conn.onNotification(lsp.DidOpenTextDocumentNotification.type, (p: { textDocument: TextDocumentItem }) => {
  docs.set(p.textDocument.uri, new ReportDocument(p.textDocument.text));
});
conn.onNotification(lsp.DidChangeTextDocumentNotification.type, (p: { textDocument: { uri: string }; contentChanges: TextChange[] }) => {
  docs.get(p.textDocument.uri)?.applyChanges(p.contentChanges);
});
conn.onRequest(lsp.DocumentDiagnosticRequest.type, (p: { textDocument: { uri: string } }) => {
  const document = docs.get(p.textDocument.uri);
  const findings = document ? engine.check({ document, settings: { rules: {} } }).findings : [];
  return { kind: 'full', items: findings.map((f) => ({ range: f.range, message: f.message, code: f.ruleId, source: 'reportlint' })) };
});
conn.onRequest(lsp.ShutdownRequest.type, () => null);
conn.onNotification(lsp.ExitNotification.type, () => process.exit(0));
conn.listen();
