import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, openReport, waitForCodes } from '../helpers';

const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);

describe('completion', () => {
  after(closeAll);

  it('offers the missing section, numbered for its place, with the sections after it renumbered', async () => {
    const editor = await openReport('agency-report.md');
    const { document } = editor;
    await waitForCodes(document.uri, ['missing-section']);
    const next = document.getText().split('\n').indexOf('二、下步工作思路');
    await editor.edit((e) => e.insert(new vscode.Position(next, 0), '\n\n'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(next, 0));
    const item = list.items.find((i) => labelOf(i) === '二、存在的不足');
    assert.ok(item, `no 二、存在的不足 among ${list.items.map(labelOf).join(' | ')}`);
    assert.match(item.detail ?? '', /zh-model-agency/);
    const renumber = item.additionalTextEdits ?? [];
    assert.deepStrictEqual(renumber.map((e) => [e.range.start.line, e.newText]), [[next + 2, '三、']]);
  });
});
