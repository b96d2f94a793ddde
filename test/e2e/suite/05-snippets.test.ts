import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, extensionApi, waitFor } from '../helpers';

describe('snippets', () => {
  after(closeAll);

  it('inserts the 汇报 skeleton, which the checks accept as complete', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: '汇报材料框架' });
    const text = document.getText();
    assert.match(text, /^# 【单位】【工作名称】情况汇报$/m);
    for (const heading of ['## 一、主要做法', '## 二、存在的不足', '## 三、下步工作思路']) assert.ok(text.includes(heading), heading);
    const { status } = await extensionApi();
    const outline = await waitFor(vscode.workspace.onDidChangeTextDocument, () => status.statusOf(document.uri), 'the outline status of the skeleton');
    assert.strictEqual(outline.template?.id, 'zh-model-agency');
    assert.deepStrictEqual(outline.sections.map((s) => [s.id, s.present]), [['practices', true], ['shortcomings', true], ['next-steps', true]]);
  });
});
