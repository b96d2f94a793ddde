import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, codeOf, extensionApi, openReport, waitForCodes, waitForDiagnostics, waitForStatus } from '../helpers';

describe('report status', () => {
  afterEach(closeAll);

  it('shows required sections present / required and open figure problems for the active report', async () => {
    const { document } = await openReport('agency-report.md');
    assert.strictEqual(await waitForStatus(document.uri, /Outline 2\/3/), '$(checklist) Outline 2/3 · Figures 0');
    const { status } = await extensionApi();
    assert.match(status.current!.summary.tooltip, /^Template: 创建模范机关汇报/);
    const complete = await openReport('complete-report.md');
    await waitForStatus(complete.document.uri, /Outline 3\/3/);
  });

  it('counts open stale-figure and stale-date findings', async () => {
    const { document } = await openReport('figures-report.md');
    await waitForCodes(document.uri, ['stale-date']);
    assert.strictEqual(await waitForStatus(document.uri, /Figures 1/), '$(checklist) Outline 3/3 · Figures 1');
  });

  it('the checklist lists the template sections, with where present ones are', async () => {
    const { document } = await openReport('agency-report.md');
    const outline = await (await extensionApi()).status.statusOf(document.uri);
    assert.deepStrictEqual(outline?.template, { id: 'zh-model-agency', name: '创建模范机关汇报' });
    assert.deepStrictEqual(outline.sections.map((s) => [s.title, s.required, s.present]), [
      ['主要做法', true, true], ['存在的不足', true, false], ['下步工作思路', true, true],
    ]);
    assert.strictEqual(outline.sections[1].missing?.fixTitle, 'Insert section "存在的不足"');
  });

  it('jumps to a present section', async () => {
    const editor = await openReport('agency-report.md');
    assert.strictEqual(await vscode.commands.executeCommand('reportlint.revealSection', editor.document.uri.toString(), 'next-steps'), true);
    const active = vscode.window.activeTextEditor!;
    assert.strictEqual(active.document.lineAt(active.selection.active.line).text, '二、下步工作思路');
  });

  it('"insert missing" applies the missing-section quick fix, and the status follows', async () => {
    const { document } = await openReport('agency-report.md');
    await waitForCodes(document.uri, ['missing-section']);
    assert.strictEqual(await vscode.commands.executeCommand('reportlint.insertMissingSection', document.uri.toString(), 'shortcomings'), true);
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => codeOf(d) === 'missing-section'), 'missing-section gone');
    assert.ok(document.getText().includes('二、存在的不足'));
    await waitForStatus(document.uri, /Outline 3\/3/);
  });

  it('hides for documents that are not reports', async () => {
    const { status } = await extensionApi();
    const json = await vscode.workspace.openTextDocument({ language: 'json', content: '{}' });
    await vscode.window.showTextDocument(json);
    const shown = await status.update();
    assert.strictEqual(shown, undefined);
  });
});
