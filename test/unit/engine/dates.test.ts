import * as assert from 'assert';
import { dateBounds, daysBetween, fullYear } from '../../../server/src/engine/text/calendar';
import { scanDates } from '../../../server/src/engine/text/dates';
import { periodsIn, phraseBefore } from '../../../server/src/engine/text/quantities';

function read(text: string, reportDate = '2026-11-20') {
  return scanDates(text).map((d) => [text.slice(d.start, d.end), dateBounds(d, reportDate).first, dateBounds(d, reportDate).last]);
}

describe('date parser', () => {
  it('reads Chinese, numeric and English dates, full-width digits too', () => {
    assert.deepStrictEqual(read('截至2026年10月31日'), [['2026年10月31日', '2026-10-31', '2026-10-31']]);
    assert.deepStrictEqual(read('２０２６年３月５日'), [['２０２６年３月５日', '2026-03-05', '2026-03-05']]);
    assert.deepStrictEqual(read('2026-10-31、2026/1/2、2026.10.31').map((d) => d[1]), ['2026-10-31', '2026-01-02', '2026-10-31']);
    assert.deepStrictEqual(read('as of Oct 31, 2026; 31 October 2026; October 2026').map((d) => d[2]), ['2026-10-31', '2026-10-31', '2026-10-31']);
  });

  it('reads months, year ends and dates without a year as periods', () => {
    assert.deepStrictEqual(read('2026年10月'), [['2026年10月', '2026-10-01', '2026-10-31']]);
    assert.deepStrictEqual(read('2025年底'), [['2025年底', '2025-01-01', '2025-12-31']]);
    assert.deepStrictEqual(read('10月底'), [['10月底', '2026-10-01', '2026-10-31']]);
    assert.deepStrictEqual(read('12月31日', '2026-01-10'), [['12月31日', '2025-12-31', '2025-12-31']], 'a year-less date is never after the report');
  });

  it('does not read a date out of a longer number or a duration', () => {
    assert.deepStrictEqual(read('5年10月底'), [], 'five years and ten months, not the end of October');
    assert.deepStrictEqual(read('110月31日'), []);
    assert.deepStrictEqual(read('2026-10-311，12026-10-31，v1.2026.10.31'), []);
    assert.deepStrictEqual(read('２０２６-１０-３１１'), []);
  });

  it('leaves out impossible dates and two-digit years without a month', () => {
    assert.deepStrictEqual(read('2月30日，2026年13月'), []);
    assert.deepStrictEqual(read('近26年来'), []);
    const [short] = scanDates('26年3月');
    assert.strictEqual(fullYear(short, '2026-11-20'), 2026);
    assert.strictEqual(fullYear({ ...short, year: 99 }, '2026-11-20'), 1999);
  });

  it('counts days', () => {
    assert.strictEqual(daysBetween('2023-10-31', '2026-11-20'), 1116);
  });
});

describe('figure context', () => {
  it('names the metric before a number', () => {
    assert.strictEqual(phraseBefore('全年开展专题学习16次', 8), '开展专题学习');
    assert.strictEqual(phraseBefore('上半年完成投资共2.3亿元', 8), '完成投资');
    assert.strictEqual(phraseBefore('We trained 120 people', 11), 'trained');
    assert.strictEqual(phraseBefore('共19次', 1), undefined);
  });

  it('normalises periods', () => {
    assert.strictEqual(periodsIn('2025年度一季度'), '2025年|q1');
    assert.strictEqual(periodsIn('上半年和Q2'), 'h1|q2');
    assert.strictEqual(periodsIn('全年开展'), '全年');
    assert.strictEqual(periodsIn('开展学习'), '');
  });
});
