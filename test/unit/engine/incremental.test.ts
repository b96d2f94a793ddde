import * as assert from 'assert';
import { ReportDocument } from '../../../server/src/engine/document';
import type { Range } from '../../../server/src/engine/types';

function blocksOf(doc: ReportDocument) {
  return doc.blocks.map((b) => `${b.kind}:${b.start}-${b.end}${b.headingLevel ? 'h' + b.headingLevel : ''}${b.items ? ':' + b.items.map((i) => i.line + i.marker).join(',') : ''}`);
}

/** A deterministic pseudo-random generator, so failures reproduce. */
function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const PIECES = ['\n', '\n\n', '# 标题\n', '## 一、主要做法\n', '（一）加强建设\n', '1. 列表\n', '- 条目\n', '```\n', '~~~\n', '> 引用\n', '正文内容。', '    缩进代码\n', '<!--\n', '-->\n', '---\n', '===\n', '| a | b |\n|---|---|\n', '\r\n', '\r', 'text '];

describe('incremental block parsing', () => {
  it('gives the same blocks as a fresh parse after every edit (random edits)', () => {
    const next = random(42);
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
    for (let round = 0; round < 60; round++) {
      let text = Array.from({ length: 30 }, () => pick(PIECES)).join('');
      const doc = new ReportDocument(text);
      for (let step = 0; step < 40; step++) {
        const lines = doc.lines;
        const a = Math.floor(next() * lines.length);
        const b = Math.min(lines.length - 1, a + Math.floor(next() * 3));
        const range: Range = {
          start: { line: a, character: Math.floor(next() * (lines[a].length + 1)) },
          end: { line: b, character: Math.floor(next() * (lines[b].length + 1)) },
        };
        if (b === a && range.end.character < range.start.character) range.end.character = range.start.character;
        const insert = next() < 0.7 ? pick(PIECES) : '';
        doc.applyChanges([{ range, text: insert }]);
        text = doc.getText();
        const fresh = new ReportDocument(text);
        assert.deepStrictEqual(doc.lines, fresh.lines, `lines after step ${step} of round ${round}`);
        assert.strictEqual(doc.length, text.length, 'length kept up to date');
        assert.deepStrictEqual(blocksOf(doc), blocksOf(fresh), `blocks after step ${step} of round ${round}: ${JSON.stringify(text)}`);
      }
    }
  });

  it('re-parses only near a one-character edit in a long document', () => {
    const paragraph = '加强学习型机关建设，全年组织集中学习24次，撰写心得体会120篇。\n\n';
    const doc = new ReportDocument('# 报告\n\n' + paragraph.repeat(5000));
    const before = doc.work.parsedLines;
    doc.applyChanges([{ range: { start: { line: 5000, character: 3 }, end: { line: 5000, character: 3 } }, text: '新' }]);
    assert.ok(doc.work.parsedLines - before < 50, `parsed ${doc.work.parsedLines - before} lines for one keystroke`);
    assert.deepStrictEqual(blocksOf(doc), blocksOf(new ReportDocument(doc.getText())));
  });

  it('applies CRLF-sensitive edits exactly as an editor buffer does', () => {
    const doc = new ReportDocument('a\rb\nc');
    doc.applyChanges([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n' }]);
    assert.strictEqual(doc.getText(), 'a\r\nb\nc');
    assert.deepStrictEqual(doc.lines, ['a', 'b', 'c']);
  });
});
