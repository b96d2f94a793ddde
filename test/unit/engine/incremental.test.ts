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

/**
 * A report pasted as plain lines, where most lines are paragraph blocks of their own (see `opensOwnParagraph`), and
 * what can end, join or turn such a paragraph: blank lines, Setext underlines, a table's delimiter row, lines that
 * cannot open a block of their own (ASCII ends, list markers that do not interrupt a paragraph, deep indentation).
 */
const PASTED = ['一、总体情况\n', '全年组织学习24次。\n', '（一）加强建设\n', '1.坚持学习，\n', '接着写', '。\n', '\n', '---\n', '===\n', '-\n', '|--|\n',
  'a | b\n', '2. 不打断\n', 'ends in ASCII\n', '    缩进四格\n', '  缩进两格。\n', '```\n', '> 引用\n', '**加粗**\n', '1. 列表\n'];

/**
 * Lists, where each top-level item is a block of its own: items of both kinds and every marker (a change of marker
 * starts another list), nested items, lazy lines, blank lines between items, and blocks an item can hold or be
 * ended by (fences, quotes, headings, rules, Setext underlines).
 */
const LISTS = ['- 条目\n', '* 条目\n', '+ 条目\n', '1. 第一\n', '2. 第二\n', '3) 第三\n', '  - 嵌套\n', '   1. 嵌套\n', '继续文字\n', '  缩进续行\n', '\n', '-\n',
  '    代码\n', '  ```\n', '```\n', '> 引用\n', '# 标题\n', '---\n', '===\n', '正文。\n', '1.坚持\n', '- '];

/**
 * Tables, where each row is a block of its own and no place a parse can start: header, delimiter and body rows,
 * rows of other widths, and what ends a table or makes a row something else (blank lines, headings, fences, quotes,
 * lists, indentation, lines without pipes).
 */
const TABLES = ['| a | b |\n', '|---|---|\n', '| 1 | 2 |\n', '|x|\n', '| 1 | 2 | 3 |\n', 'a | b\n', '--|--\n', '| :-: | --: |\n', '\n', '正文，\n', '# 标题\n',
  '```\n', '> 引用\n', '- 条目\n', '    | 缩进 |\n', '|', '---\n', '===\n'];

describe('incremental block parsing', () => {
  for (const [name, vocabulary, seed, rounds] of [['Markdown', PIECES, 42, 60], ['a report pasted as plain lines', PASTED, 7, 200], ['lists', LISTS, 11, 200], ['tables', TABLES, 13, 200]] as const) {
    it(`gives the same blocks as a fresh parse after every edit (random edits, ${name})`, () => {
      const words: readonly string[] = vocabulary;
      const next = random(seed);
      const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
      for (let round = 0; round < rounds; round++) {
        let text = Array.from({ length: 30 }, () => pick(words)).join('');
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
          const insert = next() < 0.7 ? pick(words) : '';
          doc.applyChanges([{ range, text: insert }]);
          text = doc.getText();
          const fresh = new ReportDocument(text);
          assert.deepStrictEqual(doc.lines, fresh.lines, `lines after step ${step} of round ${round}`);
          assert.strictEqual(doc.length, text.length, 'length kept up to date');
          assert.deepStrictEqual(blocksOf(doc), blocksOf(fresh), `blocks after step ${step} of round ${round}: ${JSON.stringify(text)}`);
          assert.strictEqual(doc.work.recovered, 0, 'no re-parse failed (and was replaced by a whole one)');
        }
      }
    });
  }

  it('re-parses only near a one-character edit in a long document', () => {
    const paragraph = '加强学习型机关建设，全年组织集中学习24次，撰写心得体会120篇。\n\n';
    const doc = new ReportDocument('# 报告\n\n' + paragraph.repeat(5000));
    const before = doc.work.parsedLines;
    doc.applyChanges([{ range: { start: { line: 5000, character: 3 }, end: { line: 5000, character: 3 } }, text: '新' }]);
    assert.ok(doc.work.parsedLines - before < 50, `parsed ${doc.work.parsedLines - before} lines for one keystroke`);
    assert.deepStrictEqual(blocksOf(doc), blocksOf(new ReportDocument(doc.getText())));
  });

  it('re-parses only near a one-character edit in a report pasted as plain lines (one paragraph)', () => {
    const lines = ['一、主要做法', '（一）加强学习', '全年组织集中学习24次，撰写心得体会120篇。', '1.坚持学习。每月一次。'];
    const doc = new ReportDocument(Array.from({ length: 20000 }, (_, i) => lines[i % lines.length]).join('\n'));
    assert.strictEqual(doc.blocks.length, 20000, 'a block per line');
    const kept = doc.blocks.slice();
    const before = doc.work.parsedLines;
    doc.applyChanges([{ range: { start: { line: 10002, character: 3 }, end: { line: 10002, character: 3 } }, text: '新' }]);
    assert.ok(doc.work.parsedLines - before < 50, `parsed ${doc.work.parsedLines - before} lines for one keystroke`);
    assert.strictEqual(doc.blocks.filter((b, i) => b !== kept[i]).length, 1, 'only the edited line is a new block');
    assert.deepStrictEqual(blocksOf(doc), blocksOf(new ReportDocument(doc.getText())));
  });

  it('re-parses only near a one-character edit in a long list', () => {
    const doc = new ReportDocument(Array.from({ length: 20000 }, (_, i) => `${i % 2 ? '-' : '*'} 第${i}项：组织学习24次。`).join('\n'));
    assert.strictEqual(doc.blocks.length, 20000, 'a block per item (and per list: the marker changes at every line)');
    const items = new ReportDocument(Array.from({ length: 20000 }, (_, i) => `${i + 1}. 第${i}项：组织学习24次。`).join('\n'));
    assert.strictEqual(items.blocks.length, 20000, 'a block per item of one list');
    const kept = items.blocks.slice();
    const before = items.work.parsedLines;
    items.applyChanges([{ range: { start: { line: 10002, character: 10 }, end: { line: 10002, character: 10 } }, text: '新' }]); // in the item's text, after its marker
    assert.ok(items.work.parsedLines - before < 50, `parsed ${items.work.parsedLines - before} lines for one keystroke`);
    assert.strictEqual(items.blocks.filter((b, i) => b !== kept[i]).length, 1, 'only the edited item is a new block');
    assert.deepStrictEqual(blocksOf(items), blocksOf(new ReportDocument(items.getText())));
  });

  it('re-parses a long table for a one-character edit in a row, and makes that row alone a new block', () => {
    const rows = Array.from({ length: 20000 }, (_, i) => `| 第${i}项 | 组织学习${i % 50}次 |`);
    const doc = new ReportDocument(['# 报告', '', '| 项目 | 次数 |', '|---|---|', ...rows, '', '结尾。'].join('\n'));
    assert.strictEqual(doc.blocks.length, 20003, 'the heading, a block for the header and delimiter rows, one per row, the paragraph');
    const kept = doc.blocks.slice();
    const before = doc.work.parses;
    doc.applyChanges([{ range: { start: { line: 10002, character: 5 }, end: { line: 10002, character: 5 } }, text: '新' }]);
    assert.strictEqual(doc.work.parses - before, 1, 'one parse, from the table to the block after it');
    assert.strictEqual(doc.blocks.filter((b, i) => b !== kept[i]).length, 1, 'only the edited row is a new block');
    assert.deepStrictEqual(blocksOf(doc), blocksOf(new ReportDocument(doc.getText())));
  });

  it('applies CRLF-sensitive edits exactly as an editor buffer does', () => {
    const doc = new ReportDocument('a\rb\nc');
    doc.applyChanges([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n' }]);
    assert.strictEqual(doc.getText(), 'a\r\nb\nc');
    assert.deepStrictEqual(doc.lines, ['a', 'b', 'c']);
  });
});
