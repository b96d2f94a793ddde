import * as assert from 'assert';
import { Engine } from '../../../server/src/engine/engine';
import '../../../server/src/engine/figures/bind';
import { memoKeyCount } from '../../../server/src/engine/markdown/blocks';
import { MemoSlots, readSlot, SLOT_COUNT, writeSlot } from '../../../server/src/engine/markdown/memo-slots';

// A block's memo slots are fields, one per key: every registered key must have one (a key past them is
// kept in a side table, correct but slower), and each key reads back what was written under it alone.

describe('memo slots', () => {
  it('has a field for every registered memo key', () => {
    assert.ok(new Engine());
    assert.ok(memoKeyCount() <= SLOT_COUNT, `${memoKeyCount()} memo keys, ${SLOT_COUNT} slots: raise SLOT_COUNT in memo-slots.ts`);
  });

  it('reads back each key as written, past the fields too', () => {
    const slots = new MemoSlots();
    const keys = Array.from({ length: SLOT_COUNT + 3 }, (_, key) => key);
    for (const key of keys) assert.strictEqual(readSlot(slots, key), undefined);
    for (const key of keys) writeSlot(slots, key, `value ${key}`);
    for (const key of keys) assert.strictEqual(readSlot(slots, key), `value ${key}`);
  });
});
