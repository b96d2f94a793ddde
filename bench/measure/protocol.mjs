// didChange → diagnostics through the real language server process, over stdio with the standard
// protocol: the client sends the edit, then pulls diagnostics (textDocument/diagnostic) and waits.
import { spawn } from 'child_process';
import * as fs from 'fs';
import { performance } from 'perf_hooks';
import { pathToFileURL } from 'url';
import lsp from 'vscode-languageserver-protocol/node';
import { keystroke } from './engine.mjs';
import { CHILD_ENV } from './process.mjs';
import { median } from './stats.mjs';

const TIMEOUT_MS = 120_000;

/** Undefined when there is no server build; else the median ms of `runs` edits after warm-up. */
export async function measureProtocol(server, file, runs, root) {
  if (!fs.existsSync(server)) return undefined;
  const child = spawn(process.execPath, [server, '--stdio'], { cwd: root, env: CHILD_ENV, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const conn = lsp.createProtocolConnection(new lsp.StreamMessageReader(child.stdout), new lsp.StreamMessageWriter(child.stdin));
  conn.onRequest((method, params) => (method === 'workspace/configuration' ? params.items.map(() => ({})) : null));
  conn.onNotification(() => undefined);
  conn.listen();
  try {
    return await session(conn, file, runs, root);
  } catch (e) {
    throw new Error(`${e.message}\nserver stderr: ${stderr}`);
  } finally {
    await stop(conn, child);
  }
}

async function session(conn, file, runs, root) {
  const uri = pathToFileURL(file).href;
  const rootUri = pathToFileURL(root).href;
  const init = await timed(conn.sendRequest(lsp.InitializeRequest.type, {
    processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }], initializationOptions: {},
    capabilities: { textDocument: { diagnostic: { dynamicRegistration: false }, synchronization: { dynamicRegistration: false } }, workspace: { configuration: true } },
  }));
  if (!init.capabilities.diagnosticProvider) throw new Error('the server does not offer pull diagnostics (diagnosticProvider)');
  const sync = typeof init.capabilities.textDocumentSync === 'number' ? init.capabilities.textDocumentSync : init.capabilities.textDocumentSync?.change;
  await conn.sendNotification(lsp.InitializedNotification.type, {});
  const editor = new EditorText(fs.readFileSync(file, 'utf8'));
  await conn.sendNotification(lsp.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: editor.text } });
  // Like vscode-languageclient, the client sends the result id it holds: after an edit that changes no
  // diagnostic the server may answer "unchanged". A second series pulls without it, so every answer
  // carries all diagnostics, as after an edit that changes one.
  let held;
  const pull = async (previous) => {
    const report = await timed(conn.sendRequest(lsp.DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: previous ? held?.resultId : undefined }));
    if (report.kind === 'unchanged' && previous && report.resultId === held?.resultId) return held.items.length;
    if (report.kind !== 'full' || !Array.isArray(report.items)) throw new Error(`unexpected diagnostic report: ${JSON.stringify(report).slice(0, 200)}`);
    held = report;
    return report.items.length;
  };
  const diagnostics = await pull(false);
  const at = editor.middle();
  let version = 1;
  const series = async (previous) => {
    const times = [];
    const warmup = Math.max(2, Math.ceil(runs / 5));
    for (let i = 0; i < warmup + runs; i++) {
      const change = keystroke(i, at);
      editor.apply(change);
      const contentChanges = sync === lsp.TextDocumentSyncKind.Incremental ? [change] : [{ text: editor.text }];
      const t0 = performance.now();
      await conn.sendNotification(lsp.DidChangeTextDocumentNotification.type, { textDocument: { uri, version: ++version }, contentChanges });
      await pull(previous);
      if (i >= warmup) times.push(performance.now() - t0);
    }
    return median(times);
  };
  const ms = await series(true);
  const msFull = await series(false);
  return { ms, msFull, diagnostics, sync: sync === lsp.TextDocumentSyncKind.Incremental ? 'incremental' : 'full' };
}

async function stop(conn, child) {
  try {
    await Promise.race([conn.sendRequest(lsp.ShutdownRequest.type), delay(2000)]);
    await conn.sendNotification(lsp.ExitNotification.type);
  } catch {
    // the server is gone already
  }
  const exited = new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
  await Promise.race([exited, delay(3000)]);
  if (child.exitCode === null) child.kill();
  conn.dispose();
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function timed(promise) {
  return Promise.race([promise, delay(TIMEOUT_MS).then(() => Promise.reject(new Error('language server did not answer in time')))]);
}

/** The client's copy of the text, to send whole when the server asks for full sync. */
class EditorText {
  constructor(text) {
    this.text = text;
  }
  middle() {
    const lines = this.text.split('\n');
    for (let line = lines.length >> 1; line < lines.length; line++) {
      if (lines[line].length > 10 && !/^[#（(0-9一二三四五六七八九十]/.test(lines[line])) return { line, character: 5 };
    }
    return { line: 0, character: 0 };
  }
  apply(change) {
    const offset = (p) => {
      let o = 0;
      for (let l = 0; l < p.line; l++) o = this.text.indexOf('\n', o) + 1;
      return o + p.character;
    };
    this.text = this.text.slice(0, offset(change.range.start)) + change.text + this.text.slice(offset(change.range.end));
  }
}
