import type { Block, BlockFindings, BlockKind, ListItem } from './blocks';
import { MemoSlots } from './memo-slots';

// A parsed block keeps what only headings and lists have — a heading's level and Setext flag, a list's order
// and items — in one field: a small integer for a heading, an object for a list, nothing for a paragraph (most
// blocks). With a field each, those four were a third of a block's size, undefined in most blocks, and a 1 MB
// report has 3,667 blocks, alive for as long as the document.

/** A heading's level (1–7) in the low bits of `detail`, 0 for none. */
const LEVEL_MASK = 7;
/** The Setext flag above it: not set, false or true. */
const SETEXT_FALSE = 8;
const SETEXT_TRUE = 16;

/** Every field a block can have besides its lines and kind, for a list (or any block whose details do not fit a number). */
interface FullDetail {
  headingLevel: number | undefined;
  setext: boolean | undefined;
  ordered: boolean | undefined;
  items: ListItem[] | undefined;
}

/** A top-level block as the parser makes it, with its memo slots: one hidden class for all of them, read and written as a `Block`. */
export class ParsedBlock extends MemoSlots implements Block {
  merged: BlockFindings | undefined = undefined;
  private detail: number | FullDetail | undefined = undefined;

  constructor(
    public start: number,
    public end: number,
    public kind: BlockKind,
  ) {
    super();
  }

  get headingLevel(): number | undefined {
    const d = this.detail;
    if (typeof d === 'number') return (d & LEVEL_MASK) === 0 ? undefined : d & LEVEL_MASK;
    return d?.headingLevel;
  }

  set headingLevel(level: number | undefined) {
    const d = this.detail;
    const setextBits = d === undefined ? 0 : typeof d === 'number' ? d & ~LEVEL_MASK : -1; // -1: the details are an object
    if (setextBits >= 0 && (level === undefined || (Number.isInteger(level) && level >= 1 && level <= LEVEL_MASK))) this.detail = setextBits | (level ?? 0);
    else this.full().headingLevel = level;
  }

  get setext(): boolean | undefined {
    const d = this.detail;
    if (typeof d === 'number') return (d & SETEXT_TRUE) !== 0 ? true : (d & SETEXT_FALSE) !== 0 ? false : undefined;
    return d?.setext;
  }

  set setext(setext: boolean | undefined) {
    const d = this.detail;
    if (typeof d === 'object') d.setext = setext;
    else this.detail = ((d ?? 0) & LEVEL_MASK) | (setext === undefined ? 0 : setext ? SETEXT_TRUE : SETEXT_FALSE);
  }

  get ordered(): boolean | undefined {
    const d = this.detail;
    return typeof d === 'object' ? d.ordered : undefined;
  }

  set ordered(ordered: boolean | undefined) {
    this.full().ordered = ordered;
  }

  get items(): ListItem[] | undefined {
    const d = this.detail;
    return typeof d === 'object' ? d.items : undefined;
  }

  set items(items: ListItem[] | undefined) {
    this.full().items = items;
  }

  /** The details as an object, made from the packed ones when needed (a list's, when its order is set). */
  private full(): FullDetail {
    const d = this.detail;
    if (typeof d === 'object') return d;
    const full: FullDetail = { headingLevel: this.headingLevel, setext: this.setext, ordered: undefined, items: undefined };
    this.detail = full;
    return full;
  }
}
