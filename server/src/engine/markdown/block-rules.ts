import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Block, BlockKind } from './blocks';
import { ParsedBlock } from './parsed-block';
import { mayOpenOrderedList, opensOwnParagraph } from './pieces';

// The block rules of the parser (block-parser.ts) that are not markdown-it's own: its paragraph rule fused with
// the Setext heading rule, its ATX heading rule without tokens, a first rule that sends lines opening with a
// letter, a digit or a non-ASCII character straight to the only rules that can take them, and a guard on the two
// rules that can tell NUL from U+FFFD.
// test/unit/engine/block-parser.test.ts holds them to markdown-it's stock parse.

/** A block rule as markdown-it's ruler takes it. */
export type BlockRule = Parameters<MarkdownIt['block']['ruler']['at']>[1];
export type StateBlock = Parameters<BlockRule>[0];

/** What `parseBlocks` tells the parser, and where the parser puts what it finds. */
export interface ParseEnv {
  /** The document's lines; the source is `lines[from, to)` joined with LF, and `from` is its first line's number. */
  lines: readonly string[];
  from: number;
  to: number;
  /** The top-level blocks in document order: paragraphs complete, the others completed by `finish`. */
  blocks: FoundBlocks;
  /** The tokens of top-level blocks other than paragraphs, and of their list items, with the block each belongs to. */
  tokens: Token[];
  owners: Block[];
  /** Whether the source holds a NUL character, once a rule that cares has asked (see `nulGuarded`). */
  hasNul?: boolean;
}

/**
 * The blocks a parse finds, gathered in `items[0…count)` and taken at their size. The list keeps its slots
 * from parse to parse: a list grown by push for each parse made about three times the final list in all
 * (a 1 MB report has 3,667 blocks).
 */
export class FoundBlocks {
  private readonly items: Block[] = [];
  count = 0;

  push(block: Block): void {
    this.items[this.count++] = block;
  }

  /** The last block found (there is one). */
  last(): Block {
    return this.items[this.count - 1];
  }

  /** The blocks found, as a list of their own; the slots emptied (not to keep a document's blocks alive), not dropped. */
  take(): Block[] {
    const taken = this.items.slice(0, this.count);
    this.clear();
    return taken;
  }

  clear(): void {
    for (let i = 0; i < this.count; i++) this.items[i] = undefined as unknown as Block;
    this.count = 0;
  }
}

/** A block (whose lines may not be known yet): all blocks share one class (see `ParsedBlock`). */
export function newBlock(start: number, end: number, kind: BlockKind): Block {
  return new ParsedBlock(start, end, kind);
}

/**
 * markdown-it's `paragraph` rule, with the scan of markdown-it's `lheading` rule (which it runs first, over the
 * same lines, with the same terminators): where that scan finds no Setext underline, the paragraph ends where it
 * ended. Only a top-level paragraph is recorded, as a block; no token is made for it or for its text.
 */
function paragraphOrSetext(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false; // lheading's own condition: the paragraph rule then runs
  const terminators = state.md.block.ruler.getRules('paragraph');
  const oldParentType = state.parentType;
  state.parentType = 'paragraph';
  let nextLine = startLine + 1;
  let setext = false;
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    // A code block's indentation is a lazy continuation after a paragraph; a negative count is a
    // blockquote quirk whose line the blockquote rule already checked.
    if (state.sCount[nextLine] - state.blkIndent > 3) continue;
    if (state.sCount[nextLine] >= state.blkIndent && isSetextUnderline(state, nextLine)) {
      setext = true;
      break;
    }
    if (state.sCount[nextLine] < 0) continue;
    let terminate = false;
    for (let i = 0; i < terminators.length && !terminate; i++) terminate = terminators[i](state, nextLine, endLine, true);
    if (terminate) break;
  }
  state.parentType = oldParentType;
  if (setext) return lheading!(state, startLine, endLine, silent); // rare: markdown-it's rule makes the heading
  endParagraph(state, startLine, nextLine);
  return true;
}

/** Whether a line is a Setext underline (`===` or `---`, blanks after), as markdown-it's lheading rule reads it. */
function isSetextUnderline(state: StateBlock, line: number): boolean {
  let pos = state.bMarks[line] + state.tShift[line];
  const max = state.eMarks[line];
  if (pos >= max) return false;
  const marker = state.src.charCodeAt(pos);
  if (marker !== 0x2d && marker !== 0x3d) return false;
  pos = state.skipSpaces(state.skipChars(pos, marker));
  return pos >= max;
}

/** markdown-it's `paragraph` rule, for the lines `paragraphOrSetext` leaves to it (indented by four or more). */
function paragraph(state: StateBlock, startLine: number, endLine: number): boolean {
  const terminators = state.md.block.ruler.getRules('paragraph');
  const oldParentType = state.parentType;
  let nextLine = startLine + 1;
  state.parentType = 'paragraph';
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine] - state.blkIndent > 3 || state.sCount[nextLine] < 0) continue;
    let terminate = false;
    for (let i = 0; i < terminators.length && !terminate; i++) terminate = terminators[i](state, nextLine, endLine, true);
    if (terminate) break;
  }
  state.parentType = oldParentType;
  endParagraph(state, startLine, nextLine);
  return true;
}

/**
 * Records a top-level paragraph as blocks: one per line where its lines are a report pasted as plain lines (see
 * `opensOwnParagraph`), else one. The checks read such a report a line at a time anyway; as one block, a keystroke
 * anywhere in it made every fact of the whole report be computed again (a 1 MB report pasted without blank lines
 * is one paragraph).
 */
function endParagraph(state: StateBlock, startLine: number, nextLine: number): void {
  state.line = nextLine;
  if (state.level !== 0) return;
  const env = state.env as ParseEnv;
  let start = startLine;
  for (let line = startLine + 1; line < nextLine; line++) {
    if (!opensOwnParagraph(state, line)) continue;
    env.blocks.push(newBlock(start + env.from, line + env.from, 'paragraph'));
    start = line;
  }
  env.blocks.push(newBlock(start + env.from, nextLine + env.from, 'paragraph'));
}

/**
 * markdown-it's ATX heading rule (`# title`), deciding exactly as it does, without its tokens: a top-level heading
 * is recorded as a block, complete, as a paragraph is. markdown-it's rule pushed three tokens and made two line
 * maps, the title's text trimmed and an empty list of children for each heading, only for `finish` to read its
 * level and lines; nested deeper, its pushes changed nothing (the level they open they close).
 */
function atxHeading(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  const max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  let ch = state.src.charCodeAt(pos);
  if (ch !== 0x23 || pos >= max) return false;
  let level = 1;
  ch = state.src.charCodeAt(++pos);
  while (ch === 0x23 && pos < max && level <= 6) {
    level++;
    ch = state.src.charCodeAt(++pos);
  }
  if (level > 6 || (pos < max && ch !== 0x20 && ch !== 0x09)) return false;
  if (silent) return true;
  state.line = startLine + 1;
  if (state.level === 0) {
    const env = state.env as ParseEnv;
    const block = newBlock(startLine + env.from, startLine + 1 + env.from, 'heading');
    block.headingLevel = level;
    block.setext = false;
    env.blocks.push(block);
  }
  return true;
}

/** markdown-it's own rules that the ones here defer to. */
let lheading: BlockRule | undefined;
let table: BlockRule | undefined;
let list: BlockRule | undefined;

/**
 * A line that opens with a letter, a digit or a character outside ASCII (most lines of a report) can open no
 * block but a table, an ordered list (a digit) or a paragraph: every other block rule wants another character
 * there (`#`, `>`, `-`, `<`…) or an indentation of four (code). So those rules are asked in markdown-it's order,
 * skipping the seven that would each look at the line and decline.
 */
function plainStart(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (silent || state.sCount[startLine] - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine] + state.tShift[startLine];
  const c = state.src.charCodeAt(start);
  const digit = c >= 0x30 && c <= 0x39;
  if (c < 0x80 && !digit && !((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) return false;
  return (mayOpenTable(state, startLine, endLine) && table!(state, startLine, endLine, false)) ||
    (digit && mayOpenOrderedList(state, start, state.eMarks[startLine]) && list!(state, startLine, endLine, false)) ||
    paragraphOrSetext(state, startLine, endLine, false);
}

/**
 * What markdown-it's table rule checks first: a line after this one whose first character can start a delimiter
 * row (`|`, `-`, `:`). Most paragraphs are followed by a blank line, and the rule is not called for them.
 */
function mayOpenTable(state: StateBlock, startLine: number, endLine: number): boolean {
  if (startLine + 2 > endLine) return false;
  const c = state.src.charCodeAt(state.bMarks[startLine + 1] + state.tShift[startLine + 1]);
  return c === 0x7c || c === 0x2d || c === 0x3a;
}

/** Thrown by a guarded rule when a NUL character might make it decide otherwise than on U+FFFD. */
export const NUL_MATTERS = new Error('reportlint: NUL characters to replace');

/**
 * markdown-it replaces NUL by U+FFFD before parsing. Looking for one in a 1 MB report takes 0.5 ms (searching a
 * two-byte string for code 0 stops at every ASCII character), and only two block rules can tell them apart:
 * a link reference definition (`[a]: …`, whose destination ends at a control character) and an HTML block of
 * the seventh kind (`<a b=…>`, whose unquoted attribute values exclude them). So the source is searched once,
 * when one of those rules is first asked about a line that opens with its `[` or `<`, and if it holds a NUL the
 * parse starts over with NULs replaced. (Searching the lines each such rule may read, up to a blank line,
 * read a run of n reference definitions n²/2 lines: 6,000 of them took 1.6 s.)
 */
function nulGuarded(rule: BlockRule): BlockRule {
  return (state, startLine, endLine, silent) => {
    const c = state.src.charCodeAt(state.bMarks[startLine] + state.tShift[startLine]);
    if (c === 0x5b || c === 0x3c) {
      const env = state.env as ParseEnv;
      if ((env.hasNul ??= state.src.indexOf('\0') >= 0)) throw NUL_MATTERS;
    }
    return rule(state, startLine, endLine, silent);
  };
}

/** Puts the rules above in place of markdown-it's (whose own `lheading`, `table` and `list` they call). */
export function replaceRules(md: MarkdownIt): void {
  const rules = (md.block.ruler as unknown as { __rules__: Array<{ name: string; fn: BlockRule; alt: string[] }> }).__rules__;
  const rule = (name: string) => rules.find((r) => r.name === name)!;
  lheading = rule('lheading').fn;
  table = rule('table').fn;
  list = rule('list').fn;
  for (const name of ['reference', 'html_block']) md.block.ruler.at(name, nulGuarded(rule(name).fn), { alt: rule(name).alt });
  md.block.ruler.at('heading', atxHeading, { alt: rule('heading').alt });
  md.block.ruler.at('lheading', paragraphOrSetext);
  md.block.ruler.at('paragraph', paragraph);
  md.block.ruler.before('table', 'plain_start', plainStart);
}
