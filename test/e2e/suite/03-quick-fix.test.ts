import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, codeOf, openReport, waitForCodes, waitForDiagnostics } from '../helpers';

/**
 * The quick fixes the editor offers at a diagnostic's range, as the light bulb asks for them (the
 * command returns the actions without the diagnostics they fix).
 */
async function quickFixes(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  return (actions ?? []).filter((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value);
}

describe('quick fixes', () => {
  afterEach(closeAll);

  it('inserts a missing section, renumbering the ones after it, and the diagnostic goes away', async () => {
    const { document } = await openReport('agency-report.md');
    const [missing] = (await waitForCodes(document.uri, ['missing-section'])).filter((d) => codeOf(d) === 'missing-section');
    const actions = await quickFixes(document.uri, missing);
    const insert = actions.find((a) => a.title === 'Insert section "存在的不足"');
    assert.ok(insert?.edit, `no insert fix among ${actions.map((a) => a.title).join(' | ')}`);
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
    const actions = await quickFixes(document.uri, numbering);
    const fix = actions.find((a) => a.title === 'Renumber this sequence');
    assert.ok(fix?.edit, `no renumber fix among ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => codeOf(d) === 'numbering-sequence'), 'numbering-sequence gone');
    assert.match(document.getText(), /^（三）聚焦群众期盼/m);
  });
});
