// A block's memo slots (see `memo` in blocks.ts) are fields of the block itself, read and written through a
// switch on the key. As an array of their own, they were an array and its store per block, 160 bytes of each
// block's 232, and a 1 MB report has 3,667 blocks, alive for as long as the document. Where `memo` is
// inlined with its key, a constant, the switch folds to one field; elsewhere it is one jump.
//
// Facts that are empty for almost every block (debris, repeated words, images, outdated terms) share one
// field: a bit per key says "computed, and the shared empty list", and only a block with one of them not
// empty gets a list of their values.

/** Fields for this many keys (a test holds the keys registered to it); any more are kept aside. */
export const SLOT_COUNT = 10;
/** Keys of mostly empty facts are numbered from here (after every field key), at most 30 of them. */
export const MOSTLY_EMPTY_BASE = 64;
export const MOSTLY_EMPTY_MAX = 30;

/** The shared empty list of facts (`NO_FACTS` in blocks.ts): what a mostly empty fact's bit stands for. */
export const EMPTY_FACTS: readonly never[] = Object.freeze([]);

let fieldKeys = 0;
let mostlyEmptyKeys = 0;

/** A new key: a field of its own, or (`mostlyEmpty`) a bit of the shared field. */
export function newKey(mostlyEmpty: boolean): number {
  return mostlyEmpty ? MOSTLY_EMPTY_BASE + mostlyEmptyKeys++ : fieldKeys++;
}

/** How many keys of each kind are registered (for the test that holds them to the fields and bits). */
export function keyCounts(): { fields: number; mostlyEmpty: number } {
  return { fields: fieldKeys, mostlyEmpty: mostlyEmptyKeys };
}

/** A block's memo slots, one field per key (`s` and the key), undefined until computed. */
export class MemoSlots {
  s0: unknown = undefined;
  s1: unknown = undefined;
  s2: unknown = undefined;
  s3: unknown = undefined;
  s4: unknown = undefined;
  s5: unknown = undefined;
  s6: unknown = undefined;
  s7: unknown = undefined;
  s8: unknown = undefined;
  s9: unknown = undefined;
  /** The mostly empty facts: a bit per key computed empty, or (once one is not) their values by key. */
  mostlyEmpty: number | unknown[] = 0;
}

/** Slots of field keys from SLOT_COUNT on, should more be registered: correct, if slower. */
const more = new WeakMap<object, unknown[]>();

export function readSlot(slots: MemoSlots, key: number): unknown {
  switch (key) {
    case 0:
      return slots.s0;
    case 1:
      return slots.s1;
    case 2:
      return slots.s2;
    case 3:
      return slots.s3;
    case 4:
      return slots.s4;
    case 5:
      return slots.s5;
    case 6:
      return slots.s6;
    case 7:
      return slots.s7;
    case 8:
      return slots.s8;
    case 9:
      return slots.s9;
    default:
      return key >= MOSTLY_EMPTY_BASE ? readMostlyEmpty(slots, key - MOSTLY_EMPTY_BASE) : more.get(slots)?.[key - SLOT_COUNT];
  }
}

export function writeSlot(slots: MemoSlots, key: number, value: unknown): void {
  switch (key) {
    case 0:
      slots.s0 = value;
      break;
    case 1:
      slots.s1 = value;
      break;
    case 2:
      slots.s2 = value;
      break;
    case 3:
      slots.s3 = value;
      break;
    case 4:
      slots.s4 = value;
      break;
    case 5:
      slots.s5 = value;
      break;
    case 6:
      slots.s6 = value;
      break;
    case 7:
      slots.s7 = value;
      break;
    case 8:
      slots.s8 = value;
      break;
    case 9:
      slots.s9 = value;
      break;
    default:
      if (key >= MOSTLY_EMPTY_BASE) writeMostlyEmpty(slots, key - MOSTLY_EMPTY_BASE, value);
      else writeAside(slots, key - SLOT_COUNT, value);
  }
}

function readMostlyEmpty(slots: MemoSlots, index: number): unknown {
  const facts = slots.mostlyEmpty;
  if (typeof facts === 'number') return (facts & (1 << index)) === 0 ? undefined : EMPTY_FACTS;
  return facts[index];
}

function writeMostlyEmpty(slots: MemoSlots, index: number, value: unknown): void {
  const facts = slots.mostlyEmpty;
  if (typeof facts !== 'number') facts[index] = value;
  else if (value === EMPTY_FACTS) slots.mostlyEmpty = facts | (1 << index);
  else {
    const values: unknown[] = new Array(mostlyEmptyKeys);
    for (let i = 0; i < mostlyEmptyKeys; i++) values[i] = (facts & (1 << i)) === 0 ? undefined : EMPTY_FACTS;
    values[index] = value;
    slots.mostlyEmpty = values;
  }
}

function writeAside(slots: MemoSlots, index: number, value: unknown): void {
  let list = more.get(slots);
  if (!list) more.set(slots, (list = []));
  list[index] = value;
}
