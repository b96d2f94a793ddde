import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, codeOf, openReport, waitForCodes, waitForDiagnostics, workspaceFile } from '../helpers';

describe('settings', () => {
  const settings = () => vscode.workspace.getConfiguration('reportlint', workspaceFile('agency-report.md'));

  afterEach(async () => {
    await settings().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await settings().update('template', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAll();
  });

  it('turning a rule off re-checks open reports without it, and turning it back on brings it back', async () => {
    const { document } = await openReport('agency-report.md');
    await waitForCodes(document.uri, ['missing-section', 'numbering-sequence']);
    await settings().update('rules', { 'numbering-sequence': 'off' }, vscode.ConfigurationTarget.Workspace);
    const without = await waitForDiagnostics(document.uri, (ds) => ds.length > 0 && !ds.some((d) => codeOf(d) === 'numbering-sequence'), 'numbering-sequence turned off');
    assert.deepStrictEqual(without.map(codeOf), ['missing-section']);
    await settings().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForCodes(document.uri, ['missing-section', 'numbering-sequence']);
  });

  it('a rule set to another severity is reported with it', async () => {
    const { document } = await openReport('agency-report.md');
    await waitForCodes(document.uri, ['numbering-sequence']);
    await settings().update('rules', { 'numbering-sequence': 'info' }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'numbering-sequence' && d.severity === vscode.DiagnosticSeverity.Information), 'numbering-sequence as information');
  });

  it('changing reportlint.template checks open reports against the new template', async () => {
    const { document } = await openReport('agency-report.md');
    await waitForCodes(document.uri, ['missing-section']);
    await settings().update('template', 'zh-work-summary', vscode.ConfigurationTarget.Workspace);
    const diagnostics = await waitForDiagnostics(document.uri, (ds) => ds.some((d) => d.message.includes('zh-work-summary')), 'findings against zh-work-summary');
    assert.ok(!diagnostics.some((d) => d.message.includes('zh-model-agency')));
  });
});
