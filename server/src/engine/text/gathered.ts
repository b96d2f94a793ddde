import { NO_FACTS } from '../markdown/blocks';

/**
 * A block's items gathered in `items[0…count)` and taken at their size. The list keeps its slots from block
 * to block: emptying an array by setting its length to 0 lets go of them, and every block with a date or a
 * placeholder grew a new one by push (17 slots at the first).
 */
export class Gathered<T> {
  readonly items: Array<T | undefined> = [];
  count = 0;

  push(item: T): void {
    this.items[this.count++] = item;
  }

  /** The items as a list of their own (the memo's shared empty list, NO_FACTS, for none); the slots emptied, not dropped. */
  take(): T[] {
    const n = this.count;
    if (!n) return NO_FACTS as unknown as T[];
    const taken = this.items.slice(0, n) as T[];
    for (let k = 0; k < n; k++) this.items[k] = undefined; // not to keep the document's facts alive
    this.count = 0;
    return taken;
  }
}
