import * as assert from 'assert';
import { CancellationTokenSource, CodeActionKind, DocumentDiagnosticRequest, LSPErrorCodes } from 'vscode-languageserver-protocol';
import { engineView, fixture, FOLDER, view } from './helpers';
import { TestClient } from './lsp-client';

describe('protocol: initialize, diagnostics, locale, shutdown', function () {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ folder: FOLDER });
  });
  after(async () => {
    if (client.process.exitCode === null) await client.shutdown();
  });

  it('announces pull diagnostics, symbols, folding, code actions and incremental sync', () => {
    const caps = client.initializeResult.capabilities;
    assert.strictEqual(typeof caps.textDocumentSync === 'object' && caps.textDocumentSync.change, 2);
    assert.deepStrictEqual(caps.diagnosticProvider, { identifier: 'reportlint', interFileDependencies: true, workspaceDiagnostics: false });
    assert.ok(caps.documentSymbolProvider);
    assert.ok(caps.foldingRangeProvider);
    const kinds = typeof caps.codeActionProvider === 'object' ? caps.codeActionProvider.codeActionKinds : undefined;
    assert.deepStrictEqual(kinds, [CodeActionKind.QuickFix, 'source.fixAll.reportlint']);
  });

  for (const name of ['zh-plain.md', 'zh-runin.md', 'en-atx.md']) {
    it(`pulls for ${name} what the engine finds in the same text`, async () => {
      const { uri, file, text } = fixture(name);
      await client.open(uri, text);
      const items = await client.pull(uri);
      assert.ok(items.length > 0, 'fixture has findings');
      assert.deepStrictEqual(items.map(view), engineView(text, file));
      for (const d of items) {
        assert.strictEqual(d.source, 'reportlint');
        assert.match(d.codeDescription!.href, new RegExp(`docs/rules/${d.code}\\.md$`));
        if (d.data !== undefined) assert.deepStrictEqual(d.data, { check: '1/0.0', finding: items.indexOf(d) }, 'a fix is referred to by its check and finding');
      }
      assert.ok(items.some((d) => d.data !== undefined), 'fixture has a fixable finding');
    });
  }

  it('asks for settings per document, with the document as scope', () => {
    const scopes = client.configurationRequests.flat().map((i) => i.scopeUri);
    assert.ok(scopes.includes(fixture('zh-plain.md').uri));
    assert.ok(client.configurationRequests.flat().every((i) => i.section === 'reportlint'));
  });

  it('answers "unchanged" for a result the client already has', async () => {
    const { uri } = fixture('en-atx.md');
    const first = await client.pullReport(uri);
    assert.strictEqual(first.kind, 'full');
    const again = await client.pullReport(uri, first.resultId);
    assert.deepStrictEqual(again, { kind: 'unchanged', resultId: first.resultId });
  });

  it('answers empty results for documents it does not know', async () => {
    const uri = fixture('never-opened.md').uri;
    assert.deepStrictEqual(await client.pull(uri), []);
    assert.deepStrictEqual(await client.symbols(uri), []);
    assert.deepStrictEqual(await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, []), []);
  });

  it('checks a report that is not open (a restored tab) from disk', async () => {
    const { uri, file, text } = fixture('uses-bad-template.md');
    const items = await client.pull(uri);
    assert.deepStrictEqual(items.filter((d) => d.code === 'numbering-sequence').map(view), engineView(text, file).filter((v) => v.code === 'numbering-sequence'));
  });

  it('answers a request that makes a handler throw with an empty result, logs it, and goes on', async () => {
    assert.strictEqual(await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: fixture('zh-plain.md').uri } }), null);
    assert.deepStrictEqual(await client.connection.sendRequest('textDocument/diagnostic', {}), { kind: 'full', items: [] });
    assert.ok(client.logs.some((m) => /code actions failed: TypeError/.test(m)), client.logs.join('\n'));
    assert.ok((await client.pull(fixture('zh-plain.md').uri)).length > 0);
  });

  it('drops a request the client cancelled', async () => {
    const { text } = fixture('zh-plain.md');
    const { uri, file } = fixture('cancelled.md');
    await client.open(uri, text);
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }, source.token);
    source.cancel();
    await assert.rejects(pending, (e: { code?: number }) => e.code === LSPErrorCodes.RequestCancelled);
    assert.deepStrictEqual((await client.pull(uri)).map(view), engineView(text, file));
  });

  it('shuts down and exits with code 0', async () => {
    assert.strictEqual(await client.shutdown(), 0);
  });
});

describe('protocol: locale', () => {
  it('gives Chinese messages when the editor is in Chinese', async () => {
    const client = await TestClient.start({ folder: FOLDER, locale: 'zh-cn' });
    try {
      const { uri, file, text } = fixture('zh-plain.md');
      await client.open(uri, text);
      const items = await client.pull(uri);
      assert.deepStrictEqual(items.map(view), engineView(text, file, {}, 'zh-cn'));
      assert.ok(items.map(view).some((d) => d.message.includes('序号不连续')));
    } finally {
      assert.strictEqual(await client.shutdown(), 0);
    }
  });
});
