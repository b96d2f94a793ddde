import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, codeOf, openReport, waitForCodes, waitForDiagnostics } from '../helpers';

describe('diagnostics', () => {
  after(closeAll);

  it('reports the missing section and the broken numbering of a report with plain-line and run-in headings', async () => {
    const { document } = await openReport('agency-report.md');
    const diagnostics = await waitForCodes(document.uri, ['missing-section', 'numbering-sequence']);
    assert.deepStrictEqual(diagnostics.map(codeOf).sort(), ['missing-section', 'numbering-sequence']);
    for (const d of diagnostics) {
      assert.strictEqual(d.source, 'reportlint');
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    }
    const numbering = diagnostics.find((d) => codeOf(d) === 'numbering-sequence')!;
    assert.strictEqual(document.getText(numbering.range), '（四）');
    assert.strictEqual(numbering.message, 'Numbering out of sequence: expected "（三）", found "（四）".');
    const missing = diagnostics.find((d) => codeOf(d) === 'missing-section')!;
    assert.match(missing.message, /^Missing section "存在的不足" required by template zh-model-agency/);
    assert.strictEqual(document.lineAt(missing.range.start.line).text, '二、下步工作思路');
    const link = missing.code as { value: string; target: vscode.Uri };
    assert.match(link.target.toString(), /missing-section/);
  });

  it('updates as the report is edited: a broken number is reported, and cleared once it is put back', async () => {
    await breakAndRestore(await openReport('complete-report.md'), '（三）');
  });

  it('follows edits in a report pasted as plain lines (one Markdown paragraph), an underline that makes it a heading included', async () => {
    const editor = await openReport('pasted-report.md');
    const uri = editor.document.uri;
    const lines = editor.document.getText().split('\n');
    await breakAndRestore(editor, '（四）');
    // `---` right under the paragraph (on the empty last line) makes all of it one Setext heading: a section with
    // nothing in it, and no title to tell the template by.
    const last = editor.document.lineCount - 1;
    assert.strictEqual(editor.document.lineAt(last).text, '');
    await editor.edit((e) => e.insert(new vscode.Position(last, 0), '---'));
    await waitForCodes(uri, ['empty-section']);
    await editor.edit((e) => e.delete(new vscode.Range(last, 0, last, 3)));
    await waitForDiagnostics(uri, (ds) => ds.length === 0, 'none');
    assert.strictEqual(editor.document.getText(), lines.join('\n'));
  });
});

/** Writes `wrong` over the report's （二）, waits for the numbering finding, puts （二） back and waits until nothing is reported. */
async function breakAndRestore(editor: vscode.TextEditor, wrong: string): Promise<void> {
  const uri = editor.document.uri;
  const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('（二）'));
  const marker = new vscode.Range(line, 0, line, 3);
  await editor.edit((e) => e.replace(marker, wrong));
  const [broken] = await waitForCodes(uri, ['numbering-sequence']);
  assert.strictEqual(broken.message, `Numbering out of sequence: expected "（二）", found "${wrong}".`);
  await editor.edit((e) => e.replace(marker, '（二）'));
  await waitForDiagnostics(uri, (ds) => ds.length === 0, 'none');
}
