import * as assert from 'assert';
import * as fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { parseBlocks, type Block } from '../../../server/src/engine/markdown/blocks';
import { fuzzParameters } from '../../support/arbitraries';

// The block parser replaces parts of markdown-it (its paragraph rule, fused with the Setext heading rule; its
// `push`; a shortcut for lines opening with a letter, a digit or a non-ASCII character). The definition of a document's blocks is
// markdown-it's own, unmodified block parse: the top-level tokens of its stream, read as they were before.

const KIND: Record<string, Block['kind']> = {
  heading_open: 'heading', paragraph_open: 'paragraph', bullet_list_open: 'list', ordered_list_open: 'list', fence: 'code',
  code_block: 'code', html_block: 'html', table_open: 'table', blockquote_open: 'quote', hr: 'rule',
};

const stock = new MarkdownIt('commonmark', { html: true }).enable('table');
stock.core.ruler.enableOnly(['normalize', 'block']);

type Plain = Pick<Block, 'start' | 'end' | 'kind' | 'headingLevel' | 'setext' | 'ordered' | 'items'>;

/** The blocks as markdown-it's stock token stream gives them, lists and tables in pieces (see `pieces`). */
function byMarkdownIt(src: string, offset: number): Plain[] {
  const blocks: Plain[] = [];
  let open: Plain | undefined;
  for (const token of stock.parse(src, {}) as Token[]) {
    if (token.level === 0 && token.map && token.nesting >= 0 && KIND[token.type]) {
      const kind = KIND[token.type];
      open = { start: token.map[0] + offset, end: token.map[1] + offset, kind, headingLevel: undefined, setext: undefined, ordered: undefined, items: undefined };
      if (kind === 'heading') {
        open.headingLevel = Number(token.tag.slice(1));
        open.setext = token.markup === '=' || token.markup === '-';
      } else if (kind === 'list') {
        open.ordered = token.type === 'ordered_list_open';
        open.items = [];
      }
      blocks.push(open);
    } else if (open?.kind === 'list' && token.level === 1 && token.type === 'list_item_open' && token.map) {
      open.items!.push({ line: token.map[0] + offset - open.start, marker: token.info + token.markup });
    }
  }
  return blocks.flatMap(pieces);
}

/**
 * A list of several items as the parser gives it, a block per item (its lines up to the next item's); a table with
 * rows, a block for its header and delimiter rows and one per row.
 */
function pieces(block: Plain): Plain[] {
  if (block.kind === 'table' && block.end - block.start > 2) {
    const rows = Array.from({ length: block.end - block.start - 2 }, (_, i) => ({ ...block, start: block.start + 2 + i, end: block.start + 3 + i }));
    return [{ ...block, end: block.start + 2 }, ...rows];
  }
  if (block.kind !== 'list' || block.items!.length < 2) return [block];
  return block.items!.map((item, i, items) => ({
    ...block, start: block.start + item.line, end: i + 1 < items.length ? block.start + items[i + 1].line : block.end, items: [{ line: 0, marker: item.marker }],
  }));
}

/**
 * The blocks as markdown-it would give them: a paragraph whose lines the parser gave blocks of their own (a report
 * pasted as plain lines) joined again. Two paragraphs never touch otherwise: only a blank line or another block
 * ends one.
 */
function plain(blocks: Block[]): Plain[] {
  const out: Plain[] = [];
  for (const { start, end, kind, headingLevel, setext, ordered, items } of blocks) {
    const last = out[out.length - 1];
    if (kind === 'paragraph' && last?.kind === 'paragraph' && last.end === start) last.end = end;
    else out.push({ start, end, kind, headingLevel, setext, ordered, items });
  }
  return out;
}

/** Lines of every block kind, their edges (indentation, lazy lines, underlines, NUL) and CJK prose. */
const LINES = [
  '', '', '', ' ', '\t', '中文段落，写了一句话。', '（一）加强建设', '一、主要做法', '　　全角缩进的段落', 'plain text', '**加粗**开头', '1.坚持学习。',
  '# 标题', '## 二、标题', '####### 七个', '#no space', '===', '---', '--', '- - -', '***', '___', '- item', '* item', '+ item', '-', '1. item',
  '2) item', '10. 十', '1.坚持', '1', '1.', '2)', '0. zero', '1234567890. long', 'Z', '1\t tab', '1.\tx', '2)\t', '> 引用', '>', '> - 引用中的列表', '```', '```js', '~~~', '    code', '\tcode', '  - nested', '   1. x', '     deep',
  '| a | b |', '|---|---|', '| :-: | --: |', 'a | b', '--|--', ':-|-:', '1.|2.', '中文 | 表格', '|中|文|', '<div>', '</div>', '<!-- c -->', '<p>html</p>', '[ref]: /url',
  '[ref]:', '  > 缩进引用', '中文\\', '😀 表情开头', '\u00a0不换行空格',
  // Lines of a report pasted as plain lines, and lines that end or open one in ways that cannot start a block of its own.
  '接着写的一行。', '中文结尾  ', 'ends in ASCII.', '2. 不打断段落', '2.坚持', '10) 不打断', '   缩进三格的中文', '\t制表符缩进', '*', '* 条目', '中文 | 表格行', '|--|',
  // NUL, which markdown-it reads as U+FFFD: it ends a reference's destination and an unquoted HTML attribute.
  '\0', '中\0文', '[a]: \0', '[a]: x\0', '  \0', '<a b=\0>', '<a b=x\0>', '> [a]: \0', '- <a b=\0>', '"\0"',
];

const text = fc.array(fc.constantFrom(...LINES), { maxLength: 40 }).map((lines) => lines.join('\n'));

describe('block parser', () => {
  it('finds the top-level blocks markdown-it finds (random Markdown)', () => {
    fc.assert(
      fc.property(text, (src) => {
        const lines = src.split('\n');
        assert.deepStrictEqual(plain(parseBlocks(lines, 0, lines.length, src)), byMarkdownIt(src, 0));
      }),
      fuzzParameters(3000),
    );
  });

  it('gives a line of a report pasted as plain lines a block of its own, where a block could start there', () => {
    const lines = [
      '一、主要做法', // the paragraph's first line
      '全年组织学习24次。', // after a line ending in Chinese: its own
      'ends in ASCII', // likewise
      '接着写', // after an ASCII end: the same block
      '    缩进四格', // a code block if a block started here
      '2. 不打断', // an ordered list if a block started here
      '2.坚持学习。', // no list marker (no blank after the dot): its own
      '*不是条目', // opens with neither a letter, a digit nor a character outside ASCII
      'Next line', // its own
    ];
    const blocks = parseBlocks(lines, 0, lines.length, lines.join('\n'));
    assert.deepStrictEqual(blocks.map((b) => [b.kind, b.start, b.end]), [['paragraph', 0, 1], ['paragraph', 1, 2], ['paragraph', 2, 6], ['paragraph', 6, 8], ['paragraph', 8, 9]]);
    const underlined = [...lines.slice(0, 3), '---'];
    assert.deepStrictEqual(parseBlocks(underlined, 0, 4).map((b) => [b.kind, b.start, b.end]), [['heading', 0, 4]], 'a Setext heading stays one block');
  });

  it('numbers the lines of a part of a document from its first line', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (src, a, b) => {
        const lines = src.split('\n');
        const from = a % lines.length;
        const to = from + 1 + (b % (lines.length - from));
        const part = lines.slice(from, to);
        assert.deepStrictEqual(plain(parseBlocks(lines, from, to)), byMarkdownIt(part.join('\n'), from));
      }),
      fuzzParameters(1000),
    );
  });
});
