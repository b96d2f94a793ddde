import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

// markdown-it set up to run its block phase only, with two of its parts replaced by equivalents that
// allocate less: the paragraph rule and the block state's line table. Both follow markdown-it 14 exactly
// (test/unit/engine/line-table.test.ts compares the table with markdown-it's own on random texts).

let parser: MarkdownIt | undefined;

/** A block rule as markdown-it's ruler takes it. */
type BlockRule = Parameters<MarkdownIt['block']['ruler']['at']>[1];
type StateBlock = Parameters<BlockRule>[0];

/** The inline token and the close of every paragraph: one shared instance of each, as nothing reads them. */
let paragraphInline: Token | undefined;
let paragraphClose: Token | undefined;

/**
 * markdown-it's `paragraph` rule without the paragraph's text, which is the inline phase's input (a phase this
 * parser never runs). Of the three tokens a paragraph is, only the open one (with the paragraph's lines) is
 * made per paragraph; tokens were most of what a parse allocated. The lines a paragraph spans are decided
 * exactly as markdown-it 14 decides them.
 */
function paragraph(state: StateBlock, startLine: number, endLine: number): boolean {
  const terminators = state.md.block.ruler.getRules('paragraph');
  const oldParentType = state.parentType;
  let nextLine = startLine + 1;
  state.parentType = 'paragraph';
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    // A code block's indentation is a lazy continuation after a paragraph; a negative count is a
    // blockquote quirk whose line the blockquote rule already checked.
    if (state.sCount[nextLine] - state.blkIndent > 3 || state.sCount[nextLine] < 0) continue;
    let terminate = false;
    for (let i = 0; i < terminators.length && !terminate; i++) terminate = terminators[i](state, nextLine, endLine, true);
    if (terminate) break;
  }
  state.line = nextLine;
  state.push('paragraph_open', 'p', 1).map = [startLine, nextLine];
  // The stream keeps its open–inline–close shape: markdown-it's list rule finds a paragraph's close two
  // tokens after its open (to mark it hidden). What `push` would do to the level, done by hand.
  state.tokens.push((paragraphInline ??= new state.Token('inline', '', 0)));
  state.level--;
  state.tokens.push((paragraphClose ??= new state.Token('paragraph_close', 'p', -1)));
  state.parentType = oldParentType;
  return true;
}

/**
 * markdown-it's block state with its line table (where each line starts and ends, its indentation) built by
 * jumping from line break to line break with `indexOf`, instead of reading every character of the source
 * one by one; the table is the one markdown-it 14 builds, quirks included (see `lineTable`).
 */
type StateClass = MarkdownIt['block']['State'];

/** What `parseBlocks` tells the parser: how many lines the source has (its line table is made that long). */
export interface ParseEnv {
  lines?: number;
}

function lineTableState(Base: StateClass): StateClass {
  return class LineTableState extends Base {
    constructor(src: string, md: MarkdownIt, env: unknown, tokens: Token[]) {
      super('', md, env, tokens); // every other field as markdown-it sets it; the table of an empty source is replaced
      this.src = src;
      lineTable(this, src, (env as ParseEnv).lines);
    }
  };
}

/** Fills `bMarks`, `eMarks`, `tShift`, `sCount` and `bsCount` for `src` exactly as markdown-it 14's StateBlock does. */
export function lineTable(state: Pick<StateBlock, 'bMarks' | 'eMarks' | 'tShift' | 'sCount' | 'bsCount' | 'lineMax'>, src: string, lines?: number): void {
  // Made at their final size when the caller knows the line count: grown by push, they were a quarter of a parse's allocations.
  const size = lines === undefined ? 0 : lines + 1;
  const bMarks: number[] = (state.bMarks = new Array(size));
  const eMarks: number[] = (state.eMarks = new Array(size));
  const tShift: number[] = (state.tShift = new Array(size));
  const sCount: number[] = (state.sCount = new Array(size));
  const bsCount: number[] = (state.bsCount = new Array(size));
  const len = src.length;
  let n = 0;
  for (let start = 0; start < len; n++) {
    let end = src.indexOf('\n', start);
    const last = end < 0;
    if (last) end = len;
    let pos = start;
    let offset = 0;
    for (let c = src.charCodeAt(pos); pos < end && (c === 0x20 || c === 0x09); c = src.charCodeAt(++pos)) offset += c === 0x09 ? 4 - (offset % 4) : 1;
    // markdown-it drops a last line (no break after it) of blanks only: its loop never sees the line end.
    if (last && pos === end) break;
    bMarks[n] = start;
    eMarks[n] = end;
    tShift[n] = pos - start;
    sCount[n] = offset;
    bsCount[n] = 0;
    start = end + 1;
  }
  // markdown-it's fake entry after the last line, which spares its rules bounds checks.
  bMarks[n] = eMarks[n] = len;
  tShift[n] = sCount[n] = bsCount[n] = 0;
  bMarks.length = eMarks.length = tShift.length = sCount.length = bsCount.length = n + 1;
  state.lineMax = n;
}

/**
 * A CommonMark parser (with GFM tables) that runs the block phase only: the inline phase is 2/3 of
 * markdown-it's time and the checks read inline syntax only where they need it. Line breaks are
 * already normalised by the caller, so markdown-it's own normalisation pass is skipped too.
 */
export function blockParser(): MarkdownIt {
  if (!parser) {
    parser = new MarkdownIt('commonmark', { html: true });
    parser.enable('table');
    parser.core.ruler.enableOnly(['block']);
    parser.block.ruler.at('paragraph', paragraph);
    parser.block.State = lineTableState(parser.block.State);
  }
  return parser;
}
