import { parseTopBlocks } from './block-parser';
import { EMPTY_FACTS, type MemoSlots, newKey, readSlot, writeSlot } from './memo-slots';

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
  /** The block rules' findings for the block, sorted, for one set of rules and their versions. */
  merged?: BlockFindings;
}

/** All block rules' findings for one block, for one configuration (`version`), at the line the block started at. */
export interface BlockFindings {
  version: string;
  start: number;
  list: unknown[];
}

/**
 * Parses lines `[from, to)` and returns their top-level blocks with absolute line numbers. `joined` is
 * those lines joined with `\n`, when the caller has that string already (the text of a document whose
 * breaks are all LF): joining a whole report again costs as much as a copy of it.
 */
export function parseBlocks(lines: readonly string[], from: number, to: number, joined?: string): Block[] {
  if (from >= to) return [];
  return parseTopBlocks(joined ?? lines.slice(from, to).join('\n'), lines, from, to);
}

/** A named memo slot; its index is fixed when the module that owns it loads. */
export type MemoKey = number & { readonly memoKey: unique symbol };

/** Names by key (keys of mostly empty facts are numbered apart, see memo-slots.ts). */
const memoNames: string[] = [];

/**
 * Registers a memo slot (once, at module load). The name is for people reading counts and traces.
 * `mostlyEmpty`: the fact is the shared empty list (NO_FACTS) for almost every block, and shares one field
 * of the block with the other such facts (a field of its own would hold that list in every block).
 */
export function memoKey(name: string, mostlyEmpty = false): MemoKey {
  const key = newKey(mostlyEmpty);
  memoNames[key] = name;
  return key as MemoKey;
}

/** Computations by memo key: counted in an array, as a check computes tens of thousands of facts. */
const computed: number[] = [];

function count(key: MemoKey): void {
  computed[key] = (computed[key] ?? 0) + 1;
}

/** The counts by slot name, for slots computed at least once. */
function countsByName(): Map<string, number> {
  const byName = new Map<string, number>();
  computed.forEach((n, key) => byName.set(memoNames[key], (byName.get(memoNames[key]) ?? 0) + n));
  return byName;
}

/**
 * How many times each memoised fact was computed, by slot name, since the process started (a read-only view
 * of the counts as they are when read). Tests read it to prove a check does work linear in the document's
 * size and an edit recomputes the facts of a few blocks only.
 */
export const memoComputations: ReadonlyMap<string, number> = {
  get size() {
    return countsByName().size;
  },
  get: (name) => countsByName().get(name),
  has: (name) => countsByName().has(name),
  forEach(f, thisArg) {
    countsByName().forEach((n, name) => f.call(thisArg, n, name, this));
  },
  entries: () => countsByName().entries(),
  keys: () => countsByName().keys(),
  values: () => countsByName().values(),
  [Symbol.iterator]: () => countsByName()[Symbol.iterator](),
};

/**
 * Returns the value memoised on a block under `key`, computing it once. Slots are fields of the block (see
 * memo-slots.ts), not map lookups: rules read several of them for every block of a 1 MB report on every keystroke.
 */
export function memo<T, A>(block: Block, key: MemoKey, arg: A, compute: (block: Block, arg: A) => T): T {
  // `compute` is a module-level function and `arg` its input (the document's lines): no closure is made
  // per call, which matters for the rules that look at every block's facts on every keystroke.
  const slots = block as unknown as MemoSlots;
  let value = readSlot(slots, key) as T | undefined;
  if (value === undefined) {
    count(key);
    value = shareEmpty(compute(block, arg));
    writeSlot(slots, key, value === undefined ? UNDEFINED : value);
  } else if (value === UNDEFINED) return undefined as T;
  return value;
}

/**
 * Puts `value` in the block's memo slot `key`, which holds an equivalent value computed before (a compact
 * stand-in for it, as the inline facts of a plain block): later reads get `value` without computing again.
 */
export function replaceMemo<T>(block: Block, key: MemoKey, value: T): T {
  writeSlot(block as unknown as MemoSlots, key, value);
  return value;
}

/**
 * Most blocks have no figures, dates, placeholders…: one frozen empty list stands for all those results,
 * instead of an array per block and fact (tens of thousands of objects a scavenge would copy).
 */
const EMPTY: readonly unknown[] = EMPTY_FACTS;

/**
 * That shared empty list, for compute functions to return instead of a fresh `[]` (which `memo` would
 * only replace by it): a block without any hits then allocates nothing at all.
 */
export const NO_FACTS: readonly never[] = EMPTY as readonly never[];

function shareEmpty<T>(value: T): T {
  return Array.isArray(value) && value.length === 0 ? (EMPTY as T) : value;
}

/** Stands for a memoised `undefined`, so it is not computed again. */
const UNDEFINED: unknown = Symbol('undefined');

/**
 * Like `memo`, for facts that also depend on configuration (user patterns, a data file): the value is
 * kept for one `version` at a time and computed again when the version changes.
 */
export function memoVersioned<T>(block: Block, key: MemoKey, version: string | number, compute: () => T): T {
  let slot = readSlot(block as unknown as MemoSlots, key) as { version?: string | number; value?: T } | undefined;
  if (!slot) writeSlot(block as unknown as MemoSlots, key, (slot = { version: undefined, value: undefined }));
  if (slot.version !== version) {
    count(key);
    slot.value = shareEmpty(compute());
    slot.version = version;
  }
  return slot.value as T;
}

/** Index of the last block starting at or before `line` (-1 when none); binary search. */
export function blockIndexAt(blocks: readonly Block[], line: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].start <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
