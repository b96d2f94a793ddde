import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, findSymbol, openReport, waitForCodes } from '../helpers';

describe('outline', () => {
  after(closeAll);

  it('lists plain-line and run-in headings with their markers', async () => {
    const { document } = await openReport('agency-report.md');
    await waitForCodes(document.uri, ['missing-section']);
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri)) ?? [];
    const practices = findSymbol(symbols, '主要做法');
    assert.ok(practices, `no 主要做法 among ${JSON.stringify(symbols.map((s) => s.name))}`);
    assert.strictEqual(practices.detail, '一、');
    assert.strictEqual(practices.kind, vscode.SymbolKind.Namespace);
    assert.deepStrictEqual(practices.children.map((c) => c.detail), ['（一）', '（二）', '（四）']);
    const runIn = practices.children[0];
    assert.match(runIn.name, /^筑牢思想根基，让学习氛围“浓”起来/);
    assert.strictEqual(document.lineAt(runIn.selectionRange.start.line).text.slice(0, 3), '（一）');
    assert.strictEqual(findSymbol(symbols, '下步工作思路')?.detail, '二、');
  });
});
