import { blockIndexAt, parseBlocks, type Block } from './markdown/blocks';
import { continues, firstOfParagraph } from './markdown/pieces';
import { applyEdit, documentLines, spanLength, splitLines, spliceInPlace, type LineText, type LineSplice } from './text/lines';
import type { Range } from './types';

/** A change as editors send it: `range` absent means the whole text is replaced. */
export interface TextChange {
  range?: Range;
  text: string;
}

/** The YAML front matter between `---` lines at the top of a report. */
export interface FrontMatterSpan {
  /** Line of the closing `---` / `...`; the YAML is lines `[1, close)`. */
  close: number;
  source: string;
}

/**
 * A report being checked (its text as an editor holds it: a byte-order mark is the file reader's
 * business, see `stripBom`): its lines, front matter and top-level Markdown blocks. Edits update the
 * blocks incrementally: only the blocks around an edit are parsed again, and the result is always the
 * same as parsing the new text from scratch (see `reparse`).
 */
export class ReportDocument {
  readonly text: LineText;
  frontMatter: FrontMatterSpan | undefined;
  blocks: Block[] = [];
  /** The text's length in characters (line breaks included), kept up to date by edits. */
  length: number;
  /**
   * Counts parser calls and parsed lines (tests use them to prove edits stay local), and edits whose incremental
   * re-parse failed and whose text was parsed whole instead (none, as tests check).
   */
  readonly work = { parses: 0, parsedLines: 0, recovered: 0 };

  constructor(text: string) {
    this.text = documentLines(text);
    this.length = text.length;
    this.parseAll(text);
  }

  get lines(): readonly string[] {
    return this.text.lines;
  }

  get lineCount(): number {
    return this.text.lines.length;
  }

  /** The text exactly as it is now (line breaks preserved). */
  getText(): string {
    let out = '';
    for (let i = 0; i < this.text.lines.length; i++) out += this.text.lines[i] + this.text.eols[i];
    return out;
  }

  /** Applies editor changes in order. */
  applyChanges(changes: readonly TextChange[]): void {
    for (const change of changes) {
      if (!change.range) {
        const fresh = splitLines(change.text);
        this.text.lines = fresh.lines;
        this.text.eols = fresh.eols;
        this.length = change.text.length;
        this.parseAll(change.text);
      } else {
        const splice = applyEdit(this.text, change.range, change.text);
        this.length += splice.lengthDelta;
        try {
          this.reparse(splice);
        } catch {
          // The text is the editor's; only its blocks are in doubt. (The language server keeps no other copy of it.)
          this.work.recovered++;
          this.parseAll();
        }
      }
    }
  }

  /** First line of the Markdown body (after the front matter). */
  get bodyStart(): number {
    return this.frontMatter ? this.frontMatter.close + 1 : 0;
  }

  /** Parses the whole body; `text`, when given, is the whole text (the parser can read its body in place). */
  private parseAll(text?: string): void {
    this.frontMatter = findFrontMatter(this.text.lines);
    const from = this.bodyStart;
    // With LF breaks only, the body as the parser wants it (lines joined with LF) is a slice of the text.
    const body = text === undefined || text.includes('\r') ? undefined : text.slice(spanLength(this.text, 0, from));
    this.blocks = this.parse(from, this.text.lines.length, body);
  }

  private parse(from: number, to: number, joined?: string): Block[] {
    this.work.parses++;
    this.work.parsedLines += to - from;
    return parseBlocks(this.text.lines, from, to, joined);
  }

  /**
   * Re-parses from the second-to-last block that starts before the edit (an edit can only change
   * blocks from there on) until the new parse lines up with an old block start after the edit. From such a
   * start on, CommonMark's top-level parse depends only on the lines that follow, which are unchanged,
   * so the old blocks are reused, shifted. The window grows until it finds one, or reaches the end.
   */
  private reparse(splice: LineSplice): void {
    const delta = splice.newEnd - splice.oldEnd;
    if ((this.frontMatter && splice.start <= this.bodyStart) || (this.frontMatter === undefined) !== (findFrontMatter(this.text.lines) === undefined)) {
      this.parseAll();
      return;
    }
    const old = this.blocks;
    // One block further back than the one before the edit: whether a paragraph ends at line L depends
    // on lines L and L + 1 (a table needs its delimiter row), so the block before may change too. A table's row is
    // no place to start (alone, a row is a paragraph): the parse then starts at its table.
    let first = lastIndexBefore(old, splice.start) - 1;
    while (continues(old, first, 'table')) first--;
    // The first old block after the edited lines, and the first the parse may line up with: none of the edited
    // table's rows (see `resync`).
    const afterEdit = lastIndexBefore(old, splice.oldEnd) + 1;
    let after = afterEdit;
    while (after < old.length && continues(old, after, 'table')) after++;
    // A paragraph's line of its own (see `opensOwnParagraph` in markdown/pieces.ts) is a start the parse can begin at,
    // unless the edit makes its paragraph something else (a Setext heading, a table): then the parse begins where the
    // paragraph does.
    const window = this.parseWindow(first, after, delta) ?? this.parseWindow(firstOfParagraph(old, first), after, delta)!;
    const { keep, reuse } = window;
    const replaced = Math.max(window.first, 0); // the window started at old[first] (or at the body start)
    keepUntouched(keep, old, replaced, reuse, splice.start);
    keepMoved(keep, old, afterEdit, reuse, splice.newEnd, delta);
    for (let i = reuse; i < old.length; i++) {
      old[i].start += delta;
      old[i].end += delta;
    }
    spliceInPlace(old, replaced, reuse - replaced, keep);
  }

  /**
   * Parses from old block `first` (the body's start when -1) until the parse lines up with an old block start after
   * the edit (index `after` or later; see `resync`), growing the window until it does or reaches the end. Returns the
   * fresh blocks to keep and the first old block reused; undefined when `first` continues a paragraph and the fresh
   * parse does not open one there.
   */
  private parseWindow(first: number, after: number, delta: number): { first: number; keep: Block[]; reuse: number } | undefined {
    const old = this.blocks;
    const from = first >= 0 ? old[first].start : this.bodyStart;
    for (let span = 2; ; span *= 2) {
      const lastCandidate = Math.min(old.length, after + span);
      const to = lastCandidate < old.length ? old[lastCandidate].start + delta : this.text.lines.length;
      const fresh = this.parse(from, to);
      if (continues(old, first, 'paragraph') && (fresh.length === 0 || fresh[0].kind !== 'paragraph' || fresh[0].start !== from)) return undefined;
      const match = resync(fresh, old, after, lastCandidate, delta, to);
      if (match || to === this.text.lines.length) return { first, keep: match ? fresh.slice(0, match.fresh) : fresh, reuse: match ? match.old : old.length };
    }
  }
}

/**
 * In the re-parsed window, a fresh block that ends before the edited lines and equals an old block (same
 * lines, kind and structure) is that old block: its text did not change, so its memoised facts and
 * findings stay, and rules that compare facts by identity see nothing new.
 */
function keepUntouched(fresh: Block[], old: Block[], from: number, to: number, editStart: number): void {
  let o = from;
  for (let f = 0; f < fresh.length && fresh[f].end <= editStart; f++) {
    while (o < to && old[o].start < fresh[f].start) o++;
    if (o < to && old[o].end <= editStart && sameBlock(old[o], fresh[f], 0)) fresh[f] = old[o];
  }
}

/**
 * The same after the edit: a fresh block that starts at or after the edited lines' new end (`editEnd`) and equals an
 * old block from there (index in `[from, to)`) moved by `delta` lines has the same text, and is that old block,
 * moved. The window often holds such blocks (the rows of an edited table, blocks a grown window passed over).
 */
function keepMoved(fresh: Block[], old: Block[], from: number, to: number, editEnd: number, delta: number): void {
  let o = from;
  for (let f = 0; f < fresh.length; f++) {
    if (fresh[f].start < editEnd) continue;
    while (o < to && old[o].start + delta < fresh[f].start) o++;
    if (o >= to) return;
    if (sameBlock(old[o], fresh[f], delta)) {
      old[o].start += delta;
      old[o].end += delta;
      fresh[f] = old[o++];
    }
  }
}

/** Whether `a`, moved by `delta` lines, is block `b`: the same lines, kind and structure. */
function sameBlock(a: Block, b: Block, delta: number): boolean {
  return a.start + delta === b.start && a.end + delta === b.end && a.kind === b.kind && a.headingLevel === b.headingLevel && a.setext === b.setext &&
    a.ordered === b.ordered && (a.items === b.items || (a.items !== undefined && b.items !== undefined && a.items.length === b.items.length &&
    a.items.every((item, i) => item.line === b.items![i].line && item.marker === b.items![i].marker)));
}

/**
 * Finds an old block (index ≥ `from`) whose shifted start is also where a fresh block starts cleanly. That may be a
 * paragraph's line of its own (see `opensOwnParagraph` in markdown/pieces.ts), fresh or old: the window holds the whole
 * old block (it ends at a later one's start), so where the old block was not a paragraph (a table, a Setext heading)
 * the fresh parse saw the same; where it was, the lines from there on are read as before, to the same end. A table's
 * row, fresh or old, is not such a start: alone, a row is a paragraph.
 */
function resync(fresh: Block[], old: Block[], from: number, to: number, delta: number, windowEnd: number): { fresh: number; old: number } | undefined {
  let f = 0;
  for (let o = from; o < to; o++) {
    const target = old[o].start + delta;
    if (target + 1 >= windowEnd) break; // the block before it must have seen the line after it too
    while (f < fresh.length && fresh[f].start < target) f++;
    if (f < fresh.length && fresh[f].start === target && (f === 0 || fresh[f - 1].end <= target) && !continues(fresh, f, 'table') && !continues(old, o, 'table')) {
      return { fresh: f, old: o };
    }
  }
  return undefined;
}

/** Index of the last block starting before `line` (-1 when none). */
function lastIndexBefore(blocks: readonly Block[], line: number): number {
  return blockIndexAt(blocks, line - 1);
}

/** Finds YAML front matter: `---` on the first line, closed by `---` or `...`. */
export function findFrontMatter(lines: readonly string[]): FrontMatterSpan | undefined {
  if (lines.length < 2 || lines[0].trimEnd() !== '---') return undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trimEnd();
    if (line === '---' || line === '...') return { close: i, source: lines.slice(1, i).join('\n') };
  }
  return undefined;
}
