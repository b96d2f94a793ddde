import * as assert from 'assert';
import * as fc from 'fast-check';
import { fixAll } from '../../../server/src/lsp/code-actions';
import { comparePositions, type Finding, type TextEdit } from '../../../server/src/engine/types';
import { fuzzParameters } from '../../support/arbitraries';

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

  it('takes what comparing each fix with every edit taken takes (fast-check)', () => {
    // The definition: fixes in the findings' order, each taken unless one of its edits overlaps (or starts where)
    // an edit already taken or another of its own; each fix once, however many findings share it or repeat its edits.
    const overlaps = (a: TextEdit, b: TextEdit) =>
      (comparePositions(a.range.start, b.range.end) < 0 && comparePositions(b.range.start, a.range.end) < 0) || comparePositions(a.range.start, b.range.start) === 0;
    const plain = (findings: readonly Finding[]): string[] => {
      const taken: TextEdit[] = [];
      const seen = new Set<string>();
      for (const fix of findings.flatMap((f) => f.fixes ?? []).filter((f) => f.safe)) {
        const key = JSON.stringify(fix.edits);
        const own = fix.edits.some((e, i) => fix.edits.some((f, j) => i !== j && overlaps(e, f)));
        if (seen.has(key) || own || fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
        seen.add(key);
        taken.push(...fix.edits);
      }
      return taken.sort((a, b) => comparePositions(a.range.start, b.range.start)).map((e) => JSON.stringify(e));
    };
    const anEdit = fc.tuple(fc.nat(3), fc.nat(6), fc.nat(3), fc.constantFrom('a', '')).map(([line, from, length, text]) => edit(line, from, from + length, text));
    const findings = fc.array(fc.tuple(fc.boolean(), fc.array(anEdit, { minLength: 1, maxLength: 3 })).map(([safe, edits]) => finding(safe, ...edits)), { maxLength: 12 })
      .chain((list) => fc.constantFrom(list, [...list, ...list.slice(0, 3)])); // shared fixes too
    fc.assert(
      fc.property(findings, (list) => {
        const action = fixAll('file:///r.md', 1, list, 'Fix all');
        const got = action ? (action.edit!.documentChanges![0] as { edits: TextEdit[] }).edits.map((e) => JSON.stringify(e)) : [];
        assert.deepStrictEqual(got, plain(list));
      }),
      fuzzParameters(1000),
    );
  });
});
