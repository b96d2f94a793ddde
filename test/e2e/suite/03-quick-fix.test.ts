import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, codeOf, findCodeAction, openReport, waitForCodes, waitForDiagnostics } from '../helpers';

describe('quick fixes', () => {
  afterEach(closeAll);

  it('inserts a missing section, renumbering the ones after it, and the diagnostic goes away', async () => {
    const { document } = await openReport('agency-report.md');
    const [missing] = (await waitForCodes(document.uri, ['missing-section'])).filter((d) => codeOf(d) === 'missing-section');
    const insert = await findCodeAction(document.uri, missing.range, (a) => a.title === 'Insert section "存在的不足"', vscode.CodeActionKind.QuickFix);
    assert.ok(insert.edit);
    assert.strictEqual(insert.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(insert.edit));
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => codeOf(d) === 'missing-section') && ds.some((d) => codeOf(d) === 'numbering-sequence'), 'missing-section gone, numbering-sequence left');
    const lines = document.getText().split(/\r?\n/);
    assert.ok(lines.includes('二、存在的不足'), 'the section is inserted with the next number');
    assert.ok(lines.includes('三、下步工作思路'), 'the following section is renumbered');
  });

  it('renumbers a broken sequence', async () => {
    const { document } = await openReport('agency-report.md');
    const numbering = (await waitForCodes(document.uri, ['numbering-sequence'])).find((d) => codeOf(d) === 'numbering-sequence')!;
    const fix = await findCodeAction(document.uri, numbering.range, (a) => a.title === 'Renumber this sequence', vscode.CodeActionKind.QuickFix);
    assert.ok(fix.edit && (await vscode.workspace.applyEdit(fix.edit)));
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => codeOf(d) === 'numbering-sequence'), 'numbering-sequence gone');
    assert.match(document.getText(), /^（三）聚焦群众期盼/m);
  });
});
