import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Nesting } from 'markdown-it/lib/token.mjs';
import type { Block, BlockKind } from './blocks';

// markdown-it set up to run its block phase only, and to hand back top-level blocks instead of a token stream.
// Its block rules stay markdown-it's own (they decide what is a list, a table, a heading…); four things around
// them are replaced by equivalents that do less: the paragraph rule (fused with the Setext heading rule, whose
// scan it repeated), the block state's line table, the state's `push`, and a first rule that sends lines opening
// with a letter, a digit or a non-ASCII character straight to the only rules that can take them. Each follows
// markdown-it 14 exactly: test/unit/engine/block-parser.test.ts compares the blocks with markdown-it's own token
// stream on random Markdown, and test/unit/engine/line-table.test.ts the line table.

let parser: MarkdownIt | undefined;

/** A block rule as markdown-it's ruler takes it. */
type BlockRule = Parameters<MarkdownIt['block']['ruler']['at']>[1];
type StateBlock = Parameters<BlockRule>[0];
type StateClass = MarkdownIt['block']['State'];

/** What `parseBlocks` tells the parser, and where the parser puts what it finds. */
export interface ParseEnv {
  /** The document's lines; the source is `lines[from, to)` joined with LF, and `from` is its first line's number. */
  lines: readonly string[];
  from: number;
  to: number;
  /** The top-level blocks in document order: paragraphs complete, the others completed by `finish`. */
  blocks: Block[];
  /** The tokens of top-level blocks other than paragraphs, and of their list items, with the block each belongs to. */
  tokens: Token[];
  owners: Block[];
}

const KIND: Record<string, BlockKind> = {
  heading_open: 'heading',
  paragraph_open: 'paragraph',
  bullet_list_open: 'list',
  ordered_list_open: 'list',
  fence: 'code',
  code_block: 'code',
  html_block: 'html',
  table_open: 'table',
  blockquote_open: 'quote',
  hr: 'rule',
};

/** A block whose lines are not known yet; every field set, in one order, so all blocks share one hidden class. */
function newBlock(start: number, end: number, kind: BlockKind): Block {
  return { start, end, kind, headingLevel: undefined, setext: undefined, ordered: undefined, items: undefined, memo: undefined, merged: undefined };
}

/**
 * The one token given to every push whose token nothing reads: closes, inline contents, and everything nested
 * deeper than a top-level list's items. Rules only write to the tokens they push (markdown-it's list rule reads
 * the stream back to hide tight paragraphs, a rendering detail, and finds it empty), so one object serves them all.
 */
let scratch: Token | undefined;

/**
 * markdown-it's `push`, keeping the nesting level exactly as it does, but making a token only for a top-level block
 * (and a top-level list's items), recorded with its block; the stream itself stays empty. A parse made a token for
 * every block, close and inline content (14,000 for a 1 MB report), only to read the top-level ones.
 */
function push(this: StateBlock, type: string, tag: string, nesting: Nesting): Token {
  if (nesting < 0) this.level--;
  const level = this.level;
  if (nesting > 0) this.level++;
  const env = this.env as ParseEnv;
  if (level === 0 && nesting >= 0) {
    const kind = KIND[type];
    if (kind) {
      const token = new this.Token(type, tag, nesting);
      const block = newBlock(-1, -1, kind);
      env.blocks.push(block);
      env.tokens.push(token);
      env.owners.push(block);
      return token;
    }
  } else if (level === 1 && type === 'list_item_open' && env.blocks.length) {
    const token = new this.Token(type, tag, nesting);
    env.tokens.push(token);
    env.owners.push(env.blocks[env.blocks.length - 1]);
    return token;
  }
  return (scratch ??= new this.Token('', '', 0));
}

/**
 * Gives the recorded blocks their lines, heading levels and list items from their tokens (whose lines the rules
 * set after pushing them) and drops any without lines.
 */
function finish(env: ParseEnv): Block[] {
  const { tokens, owners, from: offset } = env;
  let lost = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const block = owners[i];
    const map = token.map;
    if (token.type === 'list_item_open') {
      if (map && block.kind === 'list' && block.start >= 0) block.items!.push({ line: map[0] + offset - block.start, marker: token.info + token.markup });
      continue;
    }
    if (!map) {
      lost = true;
      continue;
    }
    block.start = map[0] + offset;
    block.end = map[1] + offset;
    if (block.kind === 'heading') {
      block.headingLevel = Number(token.tag.slice(1));
      block.setext = token.markup === '=' || token.markup === '-';
    } else if (block.kind === 'list') {
      block.ordered = token.type === 'ordered_list_open';
      block.items = [];
    }
  }
  return lost ? env.blocks.filter((b) => b.start >= 0) : env.blocks;
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

function endParagraph(state: StateBlock, startLine: number, nextLine: number): void {
  state.line = nextLine;
  if (state.level === 0) {
    const env = state.env as ParseEnv;
    env.blocks.push(newBlock(startLine + env.from, nextLine + env.from, 'paragraph'));
  }
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
  const c = state.src.charCodeAt(state.bMarks[startLine] + state.tShift[startLine]);
  const digit = c >= 0x30 && c <= 0x39;
  if (c < 0x80 && !digit && !((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) return false;
  return table!(state, startLine, endLine, false) || (digit && list!(state, startLine, endLine, false)) || paragraphOrSetext(state, startLine, endLine, false);
}

/**
 * markdown-it's block state with its line table (where each line starts and ends, its indentation) taken from
 * the lines the document has already split, instead of reading every character of the source one by one; the
 * table is the one markdown-it 14 builds, quirks included (see `lineTable`).
 */
function lineTableState(Base: StateClass): StateClass {
  const State = class LineTableState extends Base {
    constructor(src: string, md: MarkdownIt, env: unknown, tokens: Token[]) {
      super('', md, env, tokens); // every other field as markdown-it sets it; the table of an empty source is replaced
      this.src = src;
      const { lines, from, to } = env as ParseEnv;
      lineTable(this, src, lines, from, to);
    }
  };
  State.prototype.push = push;
  return State;
}

/**
 * Fills `bMarks`, `eMarks`, `tShift`, `sCount` and `bsCount` for `src` exactly as markdown-it 14's StateBlock does.
 * `src` is `lines[from, to)` joined with LF: where each line ends is known from their lengths, and only the
 * indentation at each line's start is read.
 */
export function lineTable(state: Pick<StateBlock, 'bMarks' | 'eMarks' | 'tShift' | 'sCount' | 'bsCount' | 'lineMax'>, src: string, lines: readonly string[], from: number, to: number): void {
  const len = src.length;
  const count = to - from;
  // One Int32Array for the five columns, each made as long as the table at the end (a view): markdown-it reads
  // past its last line as it would past a plain array's end. Off the JavaScript heap and half the size of five
  // arrays of numbers, it is nothing for a scavenge to copy.
  const size = count + 1;
  const table = new Int32Array(5 * size);
  let n = 0;
  for (let start = 0; n < count; n++) {
    const end = start + lines[from + n].length;
    let pos = start;
    let offset = 0;
    for (let c = src.charCodeAt(pos); pos < end && (c === 0x20 || c === 0x09); c = src.charCodeAt(++pos)) offset += c === 0x09 ? 4 - (offset % 4) : 1;
    // markdown-it drops a last line (no break after it) of blanks only: its loop never sees the line end.
    if (n === count - 1 && pos === end) break;
    table[n] = start; // bMarks
    table[size + n] = end; // eMarks
    table[2 * size + n] = pos - start; // tShift
    table[3 * size + n] = offset; // sCount; bsCount stays 0
    start = end + 1;
  }
  // markdown-it's fake entry after the last line, which spares its rules bounds checks.
  table[n] = table[size + n] = len;
  const column = (k: number) => table.subarray(k * size, k * size + n + 1) as unknown as number[];
  state.bMarks = column(0);
  state.eMarks = column(1);
  state.tShift = column(2);
  state.sCount = column(3);
  state.bsCount = column(4);
  state.lineMax = n;
}

/**
 * The top-level blocks of `src`, lines `[from, to)` of `lines` joined with LF, numbered from `from`. CommonMark
 * with GFM tables, block phase only: the inline phase is 2/3 of markdown-it's time and the checks read inline
 * syntax only where they need it. Line breaks are already normalised by the caller, and NUL characters are
 * replaced (as markdown-it's normaliser does) only when they could change a block: see `nulGuarded`.
 */
export function parseTopBlocks(src: string, lines: readonly string[], from: number, to: number): Block[] {
  try {
    return parse(src, lines, from, to);
  } catch (e) {
    if (e !== NUL_MATTERS) throw e;
    return parse(src.replace(/\0/g, '\uFFFD'), lines, from, to);
  }
}

function parse(src: string, lines: readonly string[], from: number, to: number): Block[] {
  const md = blockParser();
  const env: ParseEnv = { lines, from, to, blocks: [], tokens: [], owners: [] };
  md.block.parse(src, md, env, []);
  return finish(env);
}

/** Thrown by a guarded rule when a NUL character might make it decide otherwise than on U+FFFD. */
const NUL_MATTERS = new Error('reportlint: NUL characters to replace');

/**
 * markdown-it replaces NUL by U+FFFD before parsing. Looking for one in a 1 MB report took 0.5 ms (searching a
 * two-byte string for code 0 stops at every ASCII character), and only two block rules can tell them apart:
 * a link reference definition (`[a]: …`, whose destination ends at a control character) and an HTML block of
 * the seventh kind (`<a b=…>`, whose unquoted attribute values exclude them). So those rules, where the line
 * opens with their `[` or `<`, look for a NUL in the lines they may read (up to a blank line) and, finding one,
 * have the parse start over with NULs replaced.
 */
function nulGuarded(rule: BlockRule): BlockRule {
  return (state, startLine, endLine, silent) => {
    const c = state.src.charCodeAt(state.bMarks[startLine] + state.tShift[startLine]);
    if ((c === 0x5b || c === 0x3c) && hasNul(state, startLine)) throw NUL_MATTERS;
    return rule(state, startLine, endLine, silent);
  };
}

function hasNul(state: StateBlock, startLine: number): boolean {
  for (let line = startLine; line < state.lineMax && (line === startLine || !state.isEmpty(line)); line++) {
    for (let pos = state.bMarks[line]; pos < state.eMarks[line]; pos++) if (state.src.charCodeAt(pos) === 0) return true;
  }
  return false;
}

/** The parser `parseTopBlocks` runs (markdown-it with the parts above replaced). */
export function blockParser(): MarkdownIt {
  if (!parser) {
    parser = new MarkdownIt('commonmark', { html: true });
    parser.enable('table');
    parser.core.ruler.enableOnly(['block']);
    const rules = (parser.block.ruler as unknown as { __rules__: Array<{ name: string; fn: BlockRule; alt: string[] }> }).__rules__;
    const rule = (name: string) => rules.find((r) => r.name === name)!;
    lheading = rule('lheading').fn;
    table = rule('table').fn;
    list = rule('list').fn;
    for (const name of ['reference', 'html_block']) parser.block.ruler.at(name, nulGuarded(rule(name).fn), { alt: rule(name).alt });
    parser.block.ruler.at('lheading', paragraphOrSetext);
    parser.block.ruler.at('paragraph', paragraph);
    parser.block.ruler.before('table', 'plain_start', plainStart);
    parser.block.State = lineTableState(parser.block.State);
  }
  return parser;
}
