import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAll, EXTENSION_ID, openReport, waitForCodes } from '../helpers';

describe('activation', () => {
  after(closeAll);

  it('activates when a Markdown report opens and its language server answers', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    const editor = await openReport('agency-report.md');
    assert.strictEqual(editor.document.languageId, 'markdown');
    await waitForCodes(editor.document.uri, ['missing-section']);
    assert.strictEqual(ext.isActive, true);
    assert.strictEqual(ext.packageJSON.engines.vscode, '^1.100.0');
    assert.ok(vscode.version.startsWith('1.'), `running in VS Code ${vscode.version}`);
  });

  it('runs the extension under development from this repository', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const repo = path.resolve(__dirname, '..', '..', '..', '..');
    assert.strictEqual(path.resolve(ext.extensionPath), repo);
  });
});
