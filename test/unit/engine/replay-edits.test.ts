import * as assert from 'assert';
import { ReportDocument } from '../../../server/src/engine/document';
import type { CheckResult } from '../../../server/src/engine/engine';
import { readText, testEngine } from '../../support/engine';
import { fixtureCases } from '../../support/fixtures';

/** Pieces typed into the fixtures: headings, numbering, figures, dates, placeholders, enumerations, line breaks. */
const PIECES = ['新', '\n', '一、', '（二）', '3.', '19次', '1.8亿元', '截至2023年10月31日', '20xx年', '×××', '## ', '一是', '二是', '**', '\n\n', ' ', '，', '。', '存在的不足', '\n三、下步打算\n', '2025年上半年', '98%', '第三'];

/** A small deterministic generator (the same edits on every run). */
function generator(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s % n;
  };
}

/** What an editor shows of a check: findings with their fixes, and the outline with every range. */
function shown(result: CheckResult): string {
  return JSON.stringify({
    findings: result.findings.map((f) => ({ ...f, fixes: f.fixes })),
    outline: result.outline.all.map((s) => [s.title, s.kind, s.depth, s.marker?.text, s.range, s.headingRange, s.bodyRange, s.titleRange, s.markerRange, s.children.length]),
  });
}

describe('checks while typing into every fixture report', () => {
  it('show what a fresh check of the same text shows, after each of 25 random edits per fixture', () => {
    const incremental = testEngine();
    const fresh = testEngine();
    const settings = { rules: {} };
    for (const { file } of fixtureCases()) {
      const next = generator(file.length * 7919);
      const doc = new ReportDocument(readText(file));
      incremental.check({ document: doc, path: file, settings });
      for (let e = 0; e < 25; e++) {
        const line = next(doc.lineCount);
        const length = doc.lines[line].length;
        const character = next(length + 1);
        const kind = next(4);
        const change =
          kind === 0 && character < length ? { range: { start: { line, character }, end: { line, character: Math.min(length, character + 1 + next(4)) } }, text: '' }
          : kind === 1 && line + 1 < doc.lineCount ? { range: { start: { line, character }, end: { line: line + 1, character: 0 } }, text: '' }
          : { range: { start: { line, character }, end: { line, character } }, text: PIECES[next(PIECES.length)] };
        doc.applyChanges([change]);
        const typed = shown(incremental.check({ document: doc, path: file, settings }));
        assert.strictEqual(typed, shown(fresh.check({ document: new ReportDocument(doc.getText()), path: file, settings })), `${file}, edit ${e}: ${JSON.stringify(change)}`);
      }
    }
  });
});
