import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Nesting } from 'markdown-it/lib/token.mjs';
import { FoundBlocks, NUL_MATTERS, newBlock, replaceRules, type ParseEnv, type StateBlock } from './block-rules';
import type { Block, BlockKind } from './blocks';
import { pieces } from './pieces';

// markdown-it set up to run its block phase only, and to hand back top-level blocks instead of a token stream.
// Its block rules stay markdown-it's own (they decide what is a list, a table, a heading…); what is around them
// is replaced by equivalents that do less: here, the block state's line table and its `push`; in block-rules.ts,
// the paragraph rule and the rules that skip or guard markdown-it's. Each follows markdown-it 14 exactly:
// test/unit/engine/block-parser.test.ts compares the blocks with markdown-it's own token stream on random
// Markdown, and test/unit/engine/line-table.test.ts the line table. Since this relies on markdown-it's internals,
// package.json pins its exact version: an update is taken on purpose, with those two tests run on it.

let parser: MarkdownIt | undefined;

type StateClass = MarkdownIt['block']['State'];

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
  } else if (level === 1 && type === 'list_item_open' && env.blocks.count) {
    const token = new this.Token(type, tag, nesting);
    env.tokens.push(token);
    env.owners.push(env.blocks.last());
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
  const blocks = env.blocks.take();
  return pieces(lost ? blocks.filter((b) => b.start >= 0) : blocks);
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
    // `pos < end` before each read: reading at the source's end (an empty last line) deoptimised this function.
    for (; pos < end; pos++) {
      const c = src.charCodeAt(pos);
      if (c === 0x20) offset++;
      else if (c === 0x09) offset += 4 - (offset % 4);
      else break;
    }
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
 * replaced (as markdown-it's normaliser does) only when they could change a block: see `nulGuarded` in block-rules.ts.
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
  found.clear(); // a parse that threw (NUL_MATTERS) left its blocks
  const env: ParseEnv = { lines, from, to, blocks: found, tokens: [], owners: [] };
  md.block.parse(src, md, env, []);
  return finish(env);
}

/** The blocks of the parse under way (parses do not nest). */
const found = new FoundBlocks();

/** The parser `parseTopBlocks` runs (markdown-it with the parts above and in block-rules.ts replaced). */
export function blockParser(): MarkdownIt {
  if (!parser) {
    parser = new MarkdownIt('commonmark', { html: true });
    parser.enable('table');
    parser.core.ruler.enableOnly(['block']);
    replaceRules(parser);
    parser.block.State = lineTableState(parser.block.State);
  }
  return parser;
}
