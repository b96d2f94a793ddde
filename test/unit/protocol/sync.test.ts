import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { engineView, fixture, FOLDER, view } from './helpers';
import { TestClient } from './lsp-client';

const at = (line: number, character: number) => ({ line, character });

/** Edits one document on both sides: the server gets the changes, the test keeps the text they give. */
class Editing {
  private doc: TextDocument;

  constructor(private readonly client: TestClient, readonly uri: string, readonly file: string, text: string) {
    this.doc = TextDocument.create(uri, 'markdown', 1, text);
  }

  get text(): string {
    return this.doc.getText();
  }

  async apply(...changes: TextDocumentContentChangeEvent[]): Promise<void> {
    this.doc = TextDocument.update(this.doc, changes, this.doc.version + 1);
    await this.client.change(this.uri, this.doc.version, changes);
  }

  /** Pulls and compares with a fresh engine check of the same text. */
  async assertFresh(): Promise<void> {
    assert.deepStrictEqual((await this.client.pull(this.uri)).map(view), engineView(this.text, this.file));
  }
}

describe('protocol: incremental changes', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ folder: FOLDER });
  });
  after(async () => {
    assert.strictEqual(await client.shutdown(), 0);
  });

  async function edit(source: string, as: string, crlf = false): Promise<Editing> {
    const text = crlf ? fixture(source).text.replace(/\n/g, '\r\n') : fixture(source).text;
    const { uri, file } = fixture(as);
    await client.open(uri, text);
    return new Editing(client, uri, file, text);
  }

  it('matches a fresh check after each of several edits, a multi-line insert among them', async () => {
    const e = await edit('zh-plain.md', 'incremental.md');
    await e.assertFresh();
    await e.apply({ range: { start: at(11, 0), end: at(11, 2) }, text: '三、' });
    await e.assertFresh();
    await e.apply({ range: { start: at(9, 0), end: at(9, 0) }, text: '（三）人才队伍建设稳步推进\n引进急需紧缺人才21名。\n（五）营商环境持续优化\n' });
    await e.assertFresh();
    await e.apply({ range: { start: at(7, 0), end: at(9, 0) }, text: '' }, { range: { start: at(0, 0), end: at(0, 0) }, text: '# ' });
    await e.assertFresh();
    await e.apply({ range: { start: at(4, 2), end: at(6, 4) }, text: '主要工作\n（一）企业培育\n新认定' });
    await e.assertFresh();
  });

  it('keeps CRLF documents in step, line breaks inserted and removed', async () => {
    const e = await edit('en-atx.md', 'crlf.md', true);
    await e.assertFresh();
    await e.apply({ range: { start: at(15, 0), end: at(15, 0) }, text: '## Risks\r\n\r\nVendor delay may push the export by a week.\r\n\r\n' });
    await e.assertFresh();
    assert.ok(!(await client.pull(e.uri)).some((d) => d.code === 'missing-section'));
    await e.apply({ range: { start: at(2, 10), end: at(4, 0) }, text: '' });
    await e.assertFresh();
    await e.apply({ range: { start: at(0, 2), end: at(0, 2) }, text: 'Data\r\n\r\n# ' });
    await e.assertFresh();
  });

  it('takes a whole-document change', async () => {
    const e = await edit('en-atx.md', 'replaced.md');
    await e.apply({ text: fixture('zh-runin.md').text });
    await e.assertFresh();
  });

  it('stops checking a report whose change it cannot apply, says so, and starts again from a whole-document change', async () => {
    const e = await edit('en-atx.md', 'unapplied.md');
    assert.ok((await client.pull(e.uri)).length > 0);
    // The server keeps a report's text only as its model: after a change it could not apply, no text of its is the
    // editor's, and neither findings nor fixes are made from it.
    const broken = [{ range: { start: null, end: null }, text: 'x' }] as unknown as TextDocumentContentChangeEvent[];
    await client.change(e.uri, 2, broken);
    assert.deepStrictEqual(await client.pull(e.uri), []);
    assert.ok(client.logs.some((m) => m.includes('applying an edit to') && m.includes('failed') && m.includes('unapplied.md')), client.logs.join('\n'));
    await client.change(e.uri, 3, [{ text: fixture('zh-runin.md').text }]);
    assert.deepStrictEqual((await client.pull(e.uri)).map(view), engineView(fixture('zh-runin.md').text, e.file));
  });
});

describe('protocol: run on save', () => {
  it('keeps serving the last diagnostics until the document is saved', async () => {
    const client = await TestClient.start({ folder: FOLDER, settings: { run: 'onSave' } });
    try {
      const { text } = fixture('en-atx.md');
      const { uri, file } = fixture('on-save.md');
      await client.open(uri, text);
      const before = await client.pull(uri);
      assert.deepStrictEqual(before.map(view), engineView(text, file));
      const edited = text.replace('## Summary', '## Sumary');
      await client.change(uri, 2, [{ range: { start: at(2, 3), end: at(2, 10) }, text: 'Sumary' }]);
      assert.deepStrictEqual(await client.pull(uri), before);
      await client.save(uri);
      const saved = await client.pull(uri);
      assert.deepStrictEqual(saved.map(view), engineView(edited, file));
      assert.notDeepStrictEqual(saved.map(view), before.map(view));
    } finally {
      assert.strictEqual(await client.shutdown(), 0);
    }
  });
});
