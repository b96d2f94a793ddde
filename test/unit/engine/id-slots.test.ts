import * as assert from 'assert';
import { IdSlots } from '../../../server/src/engine/rules/id-slots';
import { recurringMetrics } from '../../../server/src/engine/rules/recurring-metrics';
import { figuresOfLine } from '../../../server/src/engine/text/quantities';
import { figureIdCount } from '../../../server/src/engine/text/figure';

describe('IdSlots', () => {
  it('reads -1 for a slot not set in the current run, and what was set in it otherwise', () => {
    const slots = new IdSlots();
    slots.begin(10);
    assert.strictEqual(slots.get(3), -1);
    slots.set(3, 7);
    slots.set(9, 0);
    assert.deepStrictEqual([slots.get(3), slots.get(9), slots.get(4)], [7, 0, -1]);
    slots.begin(10);
    assert.deepStrictEqual([slots.get(3), slots.get(9)], [-1, -1], 'a new run starts empty');
  });

  it('grows to the ids asked for, starting empty', () => {
    const slots = new IdSlots();
    slots.begin(5);
    slots.set(4, 1);
    slots.begin(20000);
    assert.strictEqual(slots.get(4), -1);
    slots.set(19999, 2);
    assert.strictEqual(slots.get(19999), 2);
  });
});

describe('recurringMetrics', () => {
  it('marks a metric stated with more than `max` different amounts, counting agreeing amounts once', () => {
    const lists = [figuresOfLine('组织党课12次。组织党课12次。'), figuresOfLine('组织党课13次。组织党课14次。')];
    const id = lists[0][0].names.periodId;
    assert.strictEqual(recurringMetrics(lists, 3, figureIdCount()).get(id), -1, 'three amounts: not more than 3');
    assert.strictEqual(recurringMetrics(lists, 2, figureIdCount()).get(id), 1, 'three amounts: more than 2');
    assert.strictEqual(recurringMetrics(lists, 0, figureIdCount()).get(id), -1, '0: none is taken for recurring');
  });
});
