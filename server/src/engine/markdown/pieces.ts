import type { Block } from './blocks';
import { ParsedBlock } from './parsed-block';
import type { StateBlock } from './block-rules';

// Where the parser makes several blocks of one CommonMark block, so that an edit re-checks a part of it: a report
// pasted as plain lines (one paragraph) a block per line, a list a block per item, a table a block per row. Each
// such piece reads as a block of its own to the checks, which read paragraphs, lists and tables a line or an item
// at a time anyway. Where a parse can start again among the pieces (lines and items, not rows) is what
// Document.reparse needs to know: the functions at the end tell it.

/**
 * Whether a line inside a top-level paragraph starts a paragraph block of its own: the line before it ends in a
 * character outside ASCII (Chinese prose, whose writers do not wrap lines: a soft break there is where a pasted
 * paragraph ended), and the line itself would open a paragraph if a block started there (indented by less than four
 * columns, opening with a character outside ASCII, a letter, or a digit that is not an ordered list's marker).
 * Such a line is one where the parse can start over and find the same blocks after it: the paragraph rule decides
 * each following line on that line alone, and a line like this is never a table's first row inside a paragraph (the
 * table would have ended the paragraph there) nor anything but a paragraph at a block's start. Document.reparse
 * relies on it. Its inline syntax is then read on its own line: bold that spans such a break is two runs of stars.
 */
export function opensOwnParagraph(state: StateBlock, line: number): boolean {
  if (state.sCount[line] - state.blkIndent >= 4 || state.sCount[line] < 0) return false;
  const start = state.bMarks[line] + state.tShift[line];
  const c = state.src.charCodeAt(start);
  const digit = c >= 0x30 && c <= 0x39;
  if (c < 0x80 && !digit && !((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) return false;
  if (digit && mayOpenOrderedList(state, start, state.eMarks[line])) return false;
  let end = state.eMarks[line - 1];
  const lineStart = state.bMarks[line - 1];
  while (end > lineStart && (state.src.charCodeAt(end - 1) === 0x20 || state.src.charCodeAt(end - 1) === 0x09)) end--;
  return end > lineStart && state.src.charCodeAt(end - 1) >= 0x80;
}

/**
 * What markdown-it's ordered list marker needs: digits, `.` or `)`, then a blank or the line's end (`1.坚持…`, the
 * run-in headings of a report, has none, and the list rule is not called for it).
 */
export function mayOpenOrderedList(state: StateBlock, start: number, max: number): boolean {
  let pos = start;
  while (pos < max && state.src.charCodeAt(pos) >= 0x30 && state.src.charCodeAt(pos) <= 0x39) pos++;
  const c = state.src.charCodeAt(pos);
  if (pos >= max || (c !== 0x2e && c !== 0x29)) return false;
  return pos + 1 >= max || state.src.charCodeAt(pos + 1) === 0x20 || state.src.charCodeAt(pos + 1) === 0x09;
}

/**
 * The blocks with each top-level list of several items made a block per item (its lines up to the next item's), and
 * each table with rows a block for its header and delimiter rows and one per row, so that typing in a long list or
 * table re-checks one item or row. A parse can start at a top-level item and find the same blocks: there a list
 * opens with that item (any marker opens one at a block's start), and where each later item and the list end depends
 * on those lines alone. A parse cannot start at a row (alone, it is a paragraph): Document.reparse starts at its table.
 * The checks read a list an item at a time and a table a row at a time (heading candidates, inline syntax, figures):
 * nothing of one item or row is read with another's.
 */
export function pieces(blocks: Block[]): Block[] {
  let count = 0;
  for (let i = 0; i < blocks.length; i++) count += pieceCount(blocks[i]);
  if (count === blocks.length) return blocks;
  // Made at its size: a list grown by push was most of what splitting allocated (about 0.3 MB per 1 MB report).
  const out: Block[] = new Array<Block>(count);
  let n = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    out[n++] = block; // the first piece: the block itself, ending where its second begins
    if (pieceCount(block) === 1) continue;
    if (block.kind === 'table') {
      for (let line = block.start + 2; line < block.end; line++) out[n++] = new ParsedBlock(line, line + 1, 'table');
      block.end = block.start + 2;
      continue;
    }
    const items = block.items!;
    for (let k = 1; k < items.length; k++) {
      const piece = new ParsedBlock(block.start + items[k].line, k + 1 < items.length ? block.start + items[k + 1].line : block.end, 'list');
      piece.ordered = block.ordered;
      piece.items = [{ line: 0, marker: items[k].marker }];
      out[n++] = piece;
    }
    block.end = block.start + items[1].line;
    block.items = [items[0]];
  }
  return out;
}

/** How many blocks a block makes: a list one per item, a table one for its header and delimiter rows and one per row. */
function pieceCount(block: Block): number {
  if (block.kind === 'list') return Math.max(1, block.items!.length);
  return block.kind === 'table' && block.end - block.start > 2 ? block.end - block.start - 1 : 1;
}

/**
 * Whether block `i` is a piece of the same paragraph or table as the block before it: a line of its own after a
 * paragraph's first, or a row after a table's header and delimiter rows (see `pieces`). Two paragraphs never touch;
 * two tables only where markdown-it ends one after 65,536 filled-in cells, and taking the second for rows of the
 * first only starts a parse earlier than needed. (Touching list blocks may be two lists: whether they are does not
 * matter, as a parse can start at any item.)
 */
export function continues(blocks: readonly Block[], i: number, kind: 'paragraph' | 'table'): boolean {
  return i > 0 && blocks[i].kind === kind && blocks[i - 1].kind === kind && blocks[i - 1].end === blocks[i].start;
}

/** The index of the first block of the paragraph block `i` belongs to (`i` itself unless it continues one). */
export function firstOfParagraph(blocks: readonly Block[], i: number): number {
  while (continues(blocks, i, 'paragraph')) i--;
  return i;
}
