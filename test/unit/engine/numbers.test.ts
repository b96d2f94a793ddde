import * as assert from 'assert';
import { formatLike, states } from '../../../server/src/engine/text/numbers';
import { scanQuantities } from '../../../server/src/engine/text/quantity-reader';
import { parseUnit } from '../../../server/src/engine/text/units';

function read(text: string) {
  return scanQuantities(text).map((q) => ({ text: text.slice(q.start, q.end), value: q.value, high: q.high, magnitude: q.magnitude, unit: q.unit, approximate: q.approximate }));
}

describe('number parser', () => {
  it('reads counts, separators, decimals, magnitudes and full-width forms', () => {
    assert.deepStrictEqual(read('专题学习19次，覆盖175人次').map((q) => [q.text, q.value, q.unit]), [['19次', 19, '次'], ['175人次', 175, '人次']]);
    assert.deepStrictEqual(read('共1,200人、1，200人').map((q) => q.value), [1200, 1200]);
    assert.deepStrictEqual(read('投资1.8亿元和18000万元').map((q) => [q.value * q.magnitude, q.unit]), [[180000000, '元'], [180000000, '元']]);
    assert.deepStrictEqual(read('达到９８％').map((q) => [q.value, q.unit]), [[98, '%']]);
    assert.deepStrictEqual(read('Trained 120 people').map((q) => [q.value, q.unit]), [[120, 'people']]);
  });

  it('reads ranges and marks approximate figures', () => {
    assert.deepStrictEqual(read('每次3至5名发言').map((q) => [q.value, q.high]), [[3, 5]]);
    assert.deepStrictEqual(read('3-5 items').map((q) => [q.value, q.high, q.unit]), [[3, 5, 'items']]);
    assert.deepStrictEqual(read('60多场次，20余万元，约30人，100人以上，近40个').map((q) => q.approximate), [true, true, true, true, true]);
  });

  it('does not take durations, ordinals, currencies or dates for figures', () => {
    assert.deepStrictEqual(read('5个月内，第3期，3人民币，2026年10月31日，H5页面'), []);
    assert.deepStrictEqual(read('提高3个百分点').map((q) => q.unit), ['个百分点']);
  });

  it('compares amounts in the base unit, reading written figures as rounded', () => {
    const [yi] = scanQuantities('1.8亿元');
    assert.ok(states(yi, 182_340_000));
    assert.ok(!states(yi, 190_000_000));
    const [two] = scanQuantities('2亿元');
    assert.ok(!states(two, 180_000_000), 'a one-digit figure must be exact');
    const [range] = scanQuantities('3至5名');
    assert.ok(states(range, 4) && !states(range, 6));
    assert.strictEqual(formatLike(yi, 210_000_000), '2.1');
    assert.strictEqual(formatLike(scanQuantities('1,200人')[0], 1250), '1,250');
  });

  it('reads data file units', () => {
    assert.deepStrictEqual(parseUnit('万元'), { magnitude: 1e4, unit: '元' });
    assert.deepStrictEqual(parseUnit('亿元'), { magnitude: 1e8, unit: '元' });
    assert.deepStrictEqual(parseUnit('％'), { magnitude: 1, unit: '%' });
    assert.deepStrictEqual(parseUnit('People'), { magnitude: 1, unit: 'people' });
    assert.strictEqual(parseUnit('平方米'), undefined);
  });
});
