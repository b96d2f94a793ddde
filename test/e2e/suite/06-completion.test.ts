import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, openReport, waitForCodes } from '../helpers';

describe('completion', () => {
  after(closeAll);

  // Pending: the language server declares no completionProvider yet; completion of the next section
  // comes with the snippets/completions work. Remove `.skip` when the server offers completions.
  it.skip('offers the next required section at the end of a report', async () => {
    const editor = await openReport('agency-report.md');
    await waitForCodes(editor.document.uri, ['missing-section']);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((e) => e.insert(end, '\n\n'));
    const at = new vscode.Position(editor.document.lineCount - 1, 0);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, at);
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.some((l) => l.includes('存在的不足')), `no 存在的不足 among ${labels.join(' | ')}`);
  });
});
