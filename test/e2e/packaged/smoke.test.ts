import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAll, EXTENSION_ID, openReport, waitForCodes, waitForStatus } from '../helpers';

describe('the packaged extension (installed from the .vsix)', () => {
  after(closeAll);

  it('is installed from the package, not run from the repository', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    const repo = path.resolve(__dirname, '..', '..', '..', '..');
    assert.notStrictEqual(path.resolve(ext.extensionPath), repo);
    assert.ok(ext.extensionPath.includes(`${EXTENSION_ID}-`), ext.extensionPath);
    assert.ok(!fs.existsSync(path.join(ext.extensionPath, 'node_modules')), 'the package has no node_modules');
    assert.ok(!fs.existsSync(path.join(ext.extensionPath, 'client', 'src')), 'the package has no sources');
  });

  it('activates on a report, checks it, and shows its status', async () => {
    const { document } = await openReport('agency-report.md');
    await waitForCodes(document.uri, ['missing-section', 'numbering-sequence']);
    assert.strictEqual(vscode.extensions.getExtension(EXTENSION_ID)!.isActive, true);
    await waitForStatus(document.uri, /Outline 2\/3/);
  });

  it('contributes its snippets and settings from the package', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    for (const s of ext.packageJSON.contributes.snippets as { path: string }[]) assert.ok(fs.existsSync(path.join(ext.extensionPath, s.path)), s.path);
    const inspected = vscode.workspace.getConfiguration('reportlint').inspect('run');
    assert.strictEqual(inspected?.defaultValue, 'onType');
  });
});
