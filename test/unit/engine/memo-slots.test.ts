import * as assert from 'assert';
import { Engine } from '../../../server/src/engine/engine';
import '../../../server/src/engine/figures/bind';
import { EMPTY_FACTS, keyCounts, MemoSlots, MOSTLY_EMPTY_BASE, MOSTLY_EMPTY_MAX, readSlot, SLOT_COUNT, writeSlot } from '../../../server/src/engine/markdown/memo-slots';

// A block's memo slots are fields, one per key, and one field shared by the keys of mostly empty facts: every
// registered key must have its field or bit (a field key past them is kept in a side table, correct but
// slower), and each key reads back what was written under it alone, in any order.

describe('memo slots', () => {
  it('has a field or a bit for every registered memo key', () => {
    assert.ok(new Engine());
    const { fields, mostlyEmpty } = keyCounts();
    assert.ok(fields <= SLOT_COUNT, `${fields} memo keys with fields of their own, ${SLOT_COUNT} fields: raise SLOT_COUNT in memo-slots.ts`);
    assert.ok(mostlyEmpty <= MOSTLY_EMPTY_MAX && SLOT_COUNT <= MOSTLY_EMPTY_BASE);
  });

  it('reads back each key as written, past the fields too, empty lists and others in any order', () => {
    const { mostlyEmpty } = keyCounts();
    const keys = [...Array.from({ length: SLOT_COUNT + 3 }, (_, key) => key), ...Array.from({ length: mostlyEmpty }, (_, i) => MOSTLY_EMPTY_BASE + i)];
    for (const [name, value] of [['empty', (_key: number) => EMPTY_FACTS], ['values', (key: number) => `value ${key}`], ['mixed', (key: number) => (key % 2 ? EMPTY_FACTS : [key])]] as const) {
      for (const order of [keys, [...keys].reverse()]) {
        const slots = new MemoSlots();
        for (const key of order) assert.strictEqual(readSlot(slots, key), undefined);
        order.forEach((key, i) => {
          writeSlot(slots, key, value(key));
          for (const k of order.slice(0, i + 1)) assert.deepStrictEqual(readSlot(slots, k), value(k), `${name}: key ${k} after writing ${key}`);
          for (const k of order.slice(i + 1)) assert.strictEqual(readSlot(slots, k), undefined);
        });
        for (const key of order) if (value(key) === EMPTY_FACTS) assert.strictEqual(readSlot(slots, key), EMPTY_FACTS);
      }
    }
  });
});
