// A block's memo slots (see `memo` in blocks.ts) are fields of the block itself, read and written through a
// switch on the key. As an array of their own, they were an array and its store per block, 160 bytes of each
// block's 232, and a 1 MB report has 3,667 blocks, alive for as long as the document. Where `memo` is
// inlined with its key, a constant, the switch folds to one field; elsewhere it is one jump.

/** Slots for this many keys: as many as are registered (a test says so); any more are kept aside. */
export const SLOT_COUNT = 14;

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
  s10: unknown = undefined;
  s11: unknown = undefined;
  s12: unknown = undefined;
  s13: unknown = undefined;
}

/** Slots of keys from SLOT_COUNT on, should more be registered: correct, if slower. */
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
    case 10:
      return slots.s10;
    case 11:
      return slots.s11;
    case 12:
      return slots.s12;
    case 13:
      return slots.s13;
    default:
      return more.get(slots)?.[key - SLOT_COUNT];
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
    case 10:
      slots.s10 = value;
      break;
    case 11:
      slots.s11 = value;
      break;
    case 12:
      slots.s12 = value;
      break;
    case 13:
      slots.s13 = value;
      break;
    default: {
      let list = more.get(slots);
      if (!list) more.set(slots, (list = []));
      list[key - SLOT_COUNT] = value;
    }
  }
}
