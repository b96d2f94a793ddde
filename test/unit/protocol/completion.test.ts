import * as assert from 'assert';
import {
  CompletionItemKind, CompletionRequest, CompletionTriggerKind,
  type CompletionItem, type CompletionList, type Position, type TextEdit,
} from 'vscode-languageserver-protocol';
import { fixture, FOLDER } from './helpers';
import { TestClient } from './lsp-client';

describe('protocol: completion', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ folder: FOLDER });
  });
  after(async () => {
    assert.strictEqual(await client.shutdown(), 0);
  });

  async function complete(uri: string, position: Position, triggerCharacter?: string): Promise<CompletionItem[]> {
    const context = triggerCharacter ? { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter } : { triggerKind: CompletionTriggerKind.Invoked };
    const result = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position, context })) as CompletionList | null;
    assert.ok(result && !Array.isArray(result), 'a completion list');
    assert.strictEqual(result.isIncomplete, false);
    return result.items;
  }

  const edit = (item: CompletionItem) => item.textEdit as TextEdit;

  it('declares completion with report trigger characters', () => {
    const provider = client.initializeResult.capabilities.completionProvider!;
    for (const c of ['、', '）', '.', '#', '。']) assert.ok(provider.triggerCharacters!.includes(c), c);
  });

  it('numbers the next section right in a Chinese plain-line report, the missing template section first', async () => {
    const { text } = fixture('zh-runin.md');
    const { uri } = fixture('complete-plain.md');
    await client.open(uri, text + '\n');
    const line = text.split('\n').length;
    const items = await complete(uri, { line, character: 0 });
    assert.deepStrictEqual(items.slice(0, 2).map((i) => [i.label, i.kind, edit(i).newText]), [
      ['三、下步工作思路', CompletionItemKind.Module, '三、下步工作思路'],
      ['三、', CompletionItemKind.Value, '三、'],
    ]);
    assert.deepStrictEqual(edit(items[0]).range, { start: { line, character: 0 }, end: { line, character: 0 } });
    assert.match(items[0].detail!, /zh-model-agency/);
    assert.deepStrictEqual(items.map((i) => i.sortText), [...items.map((i) => i.sortText)].sort());
  });

  it('writes the next section like its siblings in an ATX report, renumbering the one after it', async () => {
    const text = '---\ntemplate: zh-model-agency\n---\n# 汇报\n\n## 一、主要做法\n\n### （一）甲\n\n甲。\n\n### （二）乙\n\n乙。\n\n## \n\n## 二、下步工作思路\n\n思路。\n';
    const { uri } = fixture('complete-atx.md');
    await client.open(uri, text);
    await client.pull(uri); // the check the completion reuses for its template
    const items = await complete(uri, { line: 15, character: 3 }, '#');
    assert.deepStrictEqual(items.map((i) => edit(i).newText), ['## 二、存在的不足', '### （三）', '## 二、', '#### 1.']);
    assert.strictEqual(items[0].filterText, '## 二、存在的不足');
    assert.deepStrictEqual(edit(items[0]).range, { start: { line: 15, character: 0 }, end: { line: 15, character: 3 } });
    assert.deepStrictEqual(items[0].additionalTextEdits, [{ range: { start: { line: 17, character: 3 }, end: { line: 17, character: 5 } }, newText: '三、' }]);
  });

  it('offers the next enumeration marker after a typed 。', async () => {
    const text = '# 工作总结\n\n## 一、主要做法\n\n坚持问题导向：一是完善制度。';
    const { uri } = fixture('complete-enumeration.md');
    await client.open(uri, text);
    const items = await complete(uri, { line: 4, character: 14 }, '。');
    assert.deepStrictEqual(items.map((i) => [i.label, i.kind]), [['二是', CompletionItemKind.EnumMember]]);
    assert.deepStrictEqual(await complete(uri, { line: 4, character: 9 }, '、'), [], 'nothing mid-sentence');
  });

  it('offers template titles after a typed marker, and follows edits before any check of them', async () => {
    const { text } = fixture('en-atx.md');
    const { uri } = fixture('complete-titles.md');
    await client.open(uri, text);
    await client.pull(uri);
    const line = text.split('\n').length - 1;
    await client.change(uri, 2, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '\n## Ri' }]);
    const items = await complete(uri, { line: line + 1, character: 5 });
    assert.deepStrictEqual(items.map((i) => [i.label, i.kind]), [['Risks', CompletionItemKind.Text]]);
    assert.deepStrictEqual(edit(items[0]).range, { start: { line: line + 1, character: 3 }, end: { line: line + 1, character: 5 } });
  });

  it('answers null for documents that are not open reports', async () => {
    const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: fixture('nowhere.md').uri }, position: { line: 0, character: 0 } });
    assert.strictEqual(result, null);
  });
});
