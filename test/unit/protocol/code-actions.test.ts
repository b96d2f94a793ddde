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

  it('refers to a fix (here a large one) instead of carrying it, and applies it', async () => {
    const numerals = ['一', '三', '四', '五', '六', '七', '八', '九', '十', ...['一', '二', '三', '四', '五', '六', '七', '八', '九'].map((n) => '十' + n), '二十', '二十一', '二十二', '二十三', '二十四', '二十五'];
    const text = '长篇工作总结\n\n' + numerals.map((n, i) => `${n}、第${i + 1}项工作\n按计划推进。\n`).join('');
    const { uri, file } = fixture('long-sequence.md');
    await client.open(uri, text);
    const target = (await client.pull(uri)).find((d) => d.code === 'numbering-sequence')!;
    const index = engineView(text, file).findIndex((v) => v.code === 'numbering-sequence');
    assert.deepStrictEqual(target.data, { check: (await client.pullReport(uri)).resultId, finding: index });
    const [action] = await fixesFor(uri, target);
    assert.ok((action.edit!.documentChanges![0] as { edits: unknown[] }).edits.length > 20);
    const fixed = applyEdit(text, uri, 1, action.edit!);
    await client.change(uri, 2, [{ text: fixed }]);
    assert.ok(!(await client.pull(uri)).some((d) => d.code === 'numbering-sequence'));
    assert.ok(fixed.includes('二十四、第24项工作'));
  });

  it('offers no referenced fix once the check it refers to was replaced (settings changed, same version)', async () => {
    const numerals = ['一', '三', '四', '五', '六', '七', '八', '九', '十', ...['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'].map((n) => '十' + n), '二十一', '二十二', '二十三'];
    const text = '长篇工作总结\n\n' + numerals.map((n, i) => `${n}、第${i + 1}项工作\n按计划推进。\n`).join('');
    const { uri } = fixture('long-sequence-2.md');
    await client.open(uri, text);
    const old = (await client.pull(uri)).find((d) => d.code === 'numbering-sequence')!;
    assert.strictEqual(typeof (old.data as { finding?: number }).finding, 'number');
    const refreshed = client.next('refresh');
    await client.configurationChanged();
    await refreshed;
    const fresh = (await client.pull(uri)).find((d) => d.code === 'numbering-sequence')!;
    assert.deepStrictEqual(await fixesFor(uri, old), []);
    assert.strictEqual((await fixesFor(uri, fresh)).length, 1);
  });

  it('offers no fix for a diagnostic of an older check, and the editor would refuse its edit', async () => {
    const doc = await openCopy('zh-plain.md', 'stale.md');
    const target = doc.diagnostics.find((d) => d.code === 'numbering-sequence')!;
    const [action] = await fixesFor(doc.uri, target);
    // 20xx adds a placeholder finding: the check of version 2 differs from that of version 1.
    const edited = doc.text.replace('今年以来', '20xx年以来');
    await client.change(doc.uri, 2, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } }, text: '20xx年以来' }]);
    assert.deepStrictEqual(await fixesFor(doc.uri, target), []);
    assert.throws(() => applyEdit(edited, doc.uri, 2, action.edit!), /refused/);
    const fresh = (await client.pull(doc.uri)).find((d) => d.code === 'numbering-sequence')!;
    const actions = await fixesFor(doc.uri, fresh);
    assert.strictEqual((actions[0].edit!.documentChanges![0] as { textDocument: { version: number } }).textDocument.version, 2);
  });

  it('answers "unchanged" after an edit that changes no finding, and the fixes shown stay valid for the new version', async () => {
    const doc = await openCopy('zh-plain.md', 'unchanged.md');
    const first = await client.pullReport(doc.uri);
    assert.strictEqual(first.kind, 'full');
    const target = doc.diagnostics.find((d) => d.code === 'numbering-sequence')!;
    const edited = doc.text.replace('今年以来', '今年上半年');
    await client.change(doc.uri, 2, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } }, text: '今年上半年' }]);
    const second = await client.pullReport(doc.uri, first.resultId);
    assert.deepStrictEqual(second, { kind: 'unchanged', resultId: first.resultId });
    const [action] = await fixesFor(doc.uri, target);
    assert.strictEqual((action.edit!.documentChanges![0] as { textDocument: { version: number } }).textDocument.version, 2);
    const fixed = applyEdit(edited, doc.uri, 2, action.edit!);
    assert.ok(fixed.includes('三、下步工作打算') && fixed.includes('今年上半年'));
    // Without the previous result id the client gets the same diagnostics in full.
    const full = await client.pullReport(doc.uri);
    assert.strictEqual(full.kind, 'full');
    assert.deepStrictEqual((full as { items: Diagnostic[] }).items, doc.diagnostics);
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
