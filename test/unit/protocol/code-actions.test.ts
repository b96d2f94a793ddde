import * as assert from 'assert';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol';
import { applyEdit, engineView, fixture, FOLDER, view } from './helpers';
import { TestClient } from './lsp-client';

describe('protocol: quick fixes and fix-all', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ folder: FOLDER });
  });
  after(async () => {
    assert.strictEqual(await client.shutdown(), 0);
  });

  /** Opens a fixture's text under a name of its own, so each test edits its own document. */
  async function openCopy(name: string, as: string) {
    const { text } = fixture(name);
    const { uri, file } = fixture(as);
    await client.open(uri, text);
    return { uri, file, text, diagnostics: await client.pull(uri) };
  }

  async function fixesFor(uri: string, d: Diagnostic): Promise<CodeAction[]> {
    return client.codeActions(uri, d.range, [d]);
  }

  for (const [name, code] of [['zh-plain.md', 'numbering-sequence'], ['en-atx.md', 'missing-section'], ['zh-runin.md', 'missing-section']] as const) {
    it(`fixes ${code} in ${name}: the edit applies and the diagnostic is gone`, async () => {
      const doc = await openCopy(name, `quick-fix-${name}`);
      const target = doc.diagnostics.find((d) => d.code === code)!;
      const actions = await fixesFor(doc.uri, target);
      assert.ok(actions.length >= 1);
      const action = actions[0];
      assert.strictEqual(action.kind, CodeActionKind.QuickFix);
      assert.strictEqual(action.isPreferred, true);
      assert.deepStrictEqual(action.diagnostics, [target]);
      const change = action.edit!.documentChanges![0] as { textDocument: { uri: string; version: number } };
      assert.deepStrictEqual(change.textDocument, { uri: doc.uri, version: 1 });
      const fixed = applyEdit(doc.text, doc.uri, 1, action.edit!);
      await client.change(doc.uri, 2, [{ text: fixed }]);
      const after = await client.pull(doc.uri);
      assert.deepStrictEqual(after.filter((d) => d.code === code), []);
      assert.deepStrictEqual(after.map(view), engineView(fixed, doc.file));
    });
  }

  it('offers no fix for a diagnostic computed for an older version, and the editor would refuse its edit', async () => {
    const doc = await openCopy('zh-plain.md', 'stale.md');
    const target = doc.diagnostics.find((d) => d.code === 'numbering-sequence')!;
    const [action] = await fixesFor(doc.uri, target);
    const edited = doc.text.replace('今年以来', '今年上半年');
    await client.change(doc.uri, 2, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } }, text: '今年上半年' }]);
    assert.deepStrictEqual(await fixesFor(doc.uri, target), []);
    assert.throws(() => applyEdit(edited, doc.uri, 2, action.edit!), /refused/);
    const fresh = (await client.pull(doc.uri)).find((d) => d.code === 'numbering-sequence')!;
    const actions = await fixesFor(doc.uri, fresh);
    assert.strictEqual((actions[0].edit!.documentChanges![0] as { textDocument: { version: number } }).textDocument.version, 2);
  });

  it('applies every safe fix with source.fixAll.reportlint, and only when asked', async () => {
    const doc = await openCopy('zh-plain.md', 'fix-all.md');
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    assert.deepStrictEqual((await client.codeActions(doc.uri, range, [])).filter((a) => a.kind !== CodeActionKind.QuickFix), []);
    const actions = await client.codeActions(doc.uri, range, [], [CodeActionKind.SourceFixAll]);
    assert.deepStrictEqual(actions.map((a) => a.kind), ['source.fixAll.reportlint']);
    const fixed = applyEdit(doc.text, doc.uri, 1, actions[0].edit!);
    assert.ok(fixed.includes('（二）科技成果转化提速'));
    await client.change(doc.uri, 2, [{ text: fixed }]);
    const codes = (await client.pull(doc.uri)).map((d) => d.code);
    assert.ok(!codes.includes('numbering-level'), 'the safe marker fix was applied');
    assert.ok(codes.includes('numbering-sequence'), 'renumbering is not safe and stays for review');
  });
});
