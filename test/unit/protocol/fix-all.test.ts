import * as assert from 'assert';
import { fixAll } from '../../../server/src/lsp/code-actions';
import type { Finding, TextEdit } from '../../../server/src/engine/types';

const edit = (line: number, from: number, to: number, newText: string): TextEdit => ({ range: { start: { line, character: from }, end: { line, character: to } }, newText });
const finding = (safe: boolean, ...edits: TextEdit[]): Finding => ({
  ruleId: 'numbering-level', severity: 'warning', message: 'm', range: edits[0].range, fixes: [{ title: 't', safe, edits }],
});

describe('fix-all edit', () => {
  it('takes safe fixes once each, skips unsafe ones and those overlapping a fix already taken', () => {
    const shared = finding(true, edit(3, 0, 3, '（三）'));
    const action = fixAll('file:///r.md', 7, [
      finding(true, edit(1, 0, 3, '（一）')),
      shared, { ...shared, range: edit(9, 0, 1, '').range },
      finding(true, edit(1, 2, 4, 'x')),
      finding(false, edit(5, 0, 2, '三、')),
      finding(true, edit(6, 0, 0, 'a')), finding(true, edit(6, 0, 0, 'b')),
    ], 'Fix all');
    const change = action!.edit!.documentChanges![0] as { textDocument: { version: number }; edits: TextEdit[] };
    assert.strictEqual(change.textDocument.version, 7);
    assert.deepStrictEqual(change.edits.map((e) => e.newText), ['（一）', '（三）', 'a']);
  });

  it('offers nothing when no fix is safe', () => {
    assert.strictEqual(fixAll('file:///r.md', 1, [finding(false, edit(0, 0, 1, 'x'))], 'Fix all'), undefined);
  });
});
