import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

/** What a top-level Markdown block is. */
export type BlockKind = 'heading' | 'paragraph' | 'list' | 'code' | 'html' | 'table' | 'quote' | 'rule';

/** An item of a top-level list. */
export interface ListItem {
  /** Line of the item's marker, relative to the block's first line. */
  line: number;
  /** Literal marker: `1.`, `2)`, `-`, `*`. */
  marker: string;
}

/**
 * A top-level block of the document as CommonMark sees it. Lines are absolute and are shifted in place
 * when an edit above changes the line count; everything derived from the block's own text is memoised
 * on it and survives such shifts.
 */
export interface Block {
  start: number;
  /** Exclusive end line. */
  end: number;
  kind: BlockKind;
  /** 1–6 for headings. */
  headingLevel?: number;
  /** True for a Setext heading (underlined with `=` or `-`). */
  setext?: boolean;
  ordered?: boolean;
  items?: ListItem[];
  /** Per-block memo of derived facts, keyed by the deriving module. */
  memo?: Map<string, unknown>;
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

let parser: MarkdownIt | undefined;

/**
 * A CommonMark parser (with GFM tables) that runs the block phase only: the inline phase is 2/3 of
 * markdown-it's time and the checks read inline syntax only where they need it. Line breaks are
 * already normalised by the caller, so markdown-it's own normalisation pass is skipped too.
 */
function blockParser(): MarkdownIt {
  if (!parser) {
    parser = new MarkdownIt('commonmark', { html: true });
    parser.enable('table');
    parser.core.ruler.enableOnly(['block']);
  }
  return parser;
}

/** Parses lines `[from, to)` and returns their top-level blocks with absolute line numbers. */
export function parseBlocks(lines: readonly string[], from: number, to: number): Block[] {
  if (from >= to) return [];
  let src = lines.slice(from, to).join('\n');
  if (src.includes('\0')) src = src.replace(/\0/g, '\uFFFD'); // what markdown-it's normaliser would do
  const tokens = blockParser().parse(src, {});
  const blocks: Block[] = [];
  let open: Block | undefined;
  for (const token of tokens) {
    if (token.level === 0 && token.map && token.nesting >= 0) {
      open = toBlock(token, from);
      if (open) blocks.push(open);
    } else if (open?.kind === 'list' && token.level === 1 && token.type === 'list_item_open' && token.map) {
      open.items!.push({ line: token.map[0] + from - open.start, marker: token.info + token.markup });
    }
  }
  return blocks;
}

function toBlock(token: Token, offset: number): Block | undefined {
  const kind = KIND[token.type];
  if (!kind) return undefined;
  const block: Block = { start: token.map![0] + offset, end: token.map![1] + offset, kind };
  if (kind === 'heading') {
    block.headingLevel = Number(token.tag.slice(1));
    block.setext = token.markup === '=' || token.markup === '-';
  } else if (kind === 'list') {
    block.ordered = token.type === 'ordered_list_open';
    block.items = [];
  }
  return block;
}

/**
 * How many times each memoised fact was computed, by key, since the process started. Tests read it to
 * prove a check does work linear in the document's size and an edit recomputes the facts of a few
 * blocks only.
 */
export const memoComputations = new Map<string, number>();

function counted<T>(key: string, compute: () => T): T {
  memoComputations.set(key, (memoComputations.get(key) ?? 0) + 1);
  return compute();
}

/** Returns the value memoised on a block under `key`, computing it once. */
export function memo<T>(block: Block, key: string, compute: () => T): T {
  const map = (block.memo ??= new Map());
  if (map.has(key)) return map.get(key) as T;
  const value = counted(key, compute);
  map.set(key, value);
  return value;
}

/**
 * Like `memo`, for facts that also depend on configuration (user patterns, a data file): the value is
 * kept for one `version` at a time and computed again when the version changes.
 */
export function memoVersioned<T>(block: Block, key: string, version: string | number, compute: () => T): T {
  const map = (block.memo ??= new Map());
  let slot = map.get(key) as { version: string | number | undefined; value: T | undefined } | undefined;
  if (!slot) map.set(key, (slot = { version: undefined, value: undefined }));
  if (slot.version !== version) {
    slot.value = counted(key, compute);
    slot.version = version;
  }
  return slot.value as T;
}
