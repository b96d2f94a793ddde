import * as assert from 'assert';
import { ReportDocument } from '../../../server/src/engine/document';
import { buildOutline } from '../../../server/src/engine/outline/build';
import type { Outline } from '../../../server/src/engine/outline/model';
import { outlineOf } from '../../../server/src/engine/outline/reuse';
import type { Range } from '../../../server/src/engine/types';

/** Everything a rule can read from an outline, parents as indexes. */
function describe_(outline: Outline) {
  return {
    title: outline.title,
    top: outline.sections.map((s) => outline.all.indexOf(s)),
    all: outline.all.map((s) => ({
      kind: s.kind, depth: s.depth, mdLevel: s.mdLevel, marker: s.marker, title: s.title, numberedParagraph: s.numberedParagraph,
      titleRange: s.titleRange, headingRange: s.headingRange, bodyRange: s.bodyRange, range: s.range, markerRange: s.markerRange,
      parent: s.parent ? outline.all.indexOf(s.parent) : -1, children: s.children.map((c) => outline.all.indexOf(c)),
    })),
  };
}

function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const PIECES = ['\n', '\n\n', '# 标题\n', '## 一、主要做法\n', '（一）加强建设\n', '（二）深化改革\n', '1.突出重点，强化落实。一是学习。\n', '1. 列表\n', '二、存在的不足\n', '正文内容。', '   ', 'x', '第一章 总则\n', '```\n', '---\n', '\r\n'];

describe('outline reuse', () => {
  it('gives the outline a fresh build gives after every edit (random edits)', () => {
    const next = random(7);
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
    for (let round = 0; round < 40; round++) {
      const doc = new ReportDocument(Array.from({ length: 30 }, () => pick(PIECES)).join(''));
      outlineOf(doc);
      for (let step = 0; step < 40; step++) {
        const a = Math.floor(next() * doc.lineCount);
        const b = Math.min(doc.lineCount - 1, a + Math.floor(next() * 2));
        const range: Range = {
          start: { line: a, character: Math.floor(next() * (doc.lines[a].length + 1)) },
          end: { line: b, character: Math.floor(next() * (doc.lines[b].length + 1)) },
        };
        if (b === a && range.end.character < range.start.character) range.end.character = range.start.character;
        doc.applyChanges([{ range, text: next() < 0.6 ? pick(PIECES) : '' }]);
        const expected = describe_(buildOutline(new ReportDocument(doc.getText())));
        assert.deepStrictEqual(describe_(outlineOf(doc)), expected, `round ${round}, step ${step}: ${JSON.stringify(doc.getText())}`);
      }
    }
  });

  it('keeps the same outline while typing inside a paragraph (moving section ends), and rebuilds when a heading changes', () => {
    const doc = new ReportDocument('# 汇报\n\n## 一、主要做法\n\n正文第一段。\n\n（一）加强学习\n\n正文第二段。\n');
    const before = outlineOf(doc);
    doc.applyChanges([{ range: { start: { line: 4, character: 2 }, end: { line: 4, character: 2 } }, text: '新' }]);
    assert.strictEqual(outlineOf(doc), before);
    const firstEnd = before.all[0].range.end;
    doc.applyChanges([{ range: { start: { line: 8, character: 2 }, end: { line: 8, character: 2 } }, text: '新' }]); // the last line of both sections
    assert.strictEqual(outlineOf(doc), before);
    assert.deepStrictEqual([before.all[0].range.end, before.all[1].bodyRange.end], [{ line: 8, character: 7 }, { line: 8, character: 7 }]);
    assert.deepStrictEqual(firstEnd, { line: 8, character: 6 }, 'the previous end object is replaced, not changed');
    doc.applyChanges([{ range: { start: { line: 6, character: 5 }, end: { line: 6, character: 5 } }, text: '新' }]);
    assert.notStrictEqual(outlineOf(doc), before);
    assert.strictEqual(outlineOf(doc).all[1].title, '加强新学习');
  });
});
