import * as assert from 'assert';
import * as fc from 'fast-check';
import { PackedDate } from '../../../server/src/engine/text/line-date';
import { fuzzParameters } from '../../support/arbitraries';

// A date of a block's facts packs its fields into two small integers, and keeps them aside when they do not
// fit: whatever it is made with reads back as made.

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const position = fc.oneof(fc.nat(40), fc.nat(5000));
const span = maybe(fc.tuple(position, fc.nat(20)).map(([a, n]): [number, number] => [a, a + n]));
const part = (max: number) => maybe(fc.oneof(fc.integer({ min: 0, max }), fc.integer({ min: -2, max: 20000 }), fc.constant(2.5)));

describe('packed dates', () => {
  it('read back the fields they are made with', () => {
    fc.assert(
      fc.property(position, fc.nat(30), part(9999), part(12), part(31), fc.boolean(), fc.constantFrom('cn' as const, 'numeric' as const, 'en' as const), span, span, span,
        (start, length, year, month, day, endOf, style, yearSpan, monthSpan, daySpan) => {
          const date = new PackedDate(start, start + length, year, month, day, endOf, style, yearSpan, monthSpan, daySpan);
          const read = { start: date.start, end: date.end, year: date.year, month: date.month, day: date.day, endOf: date.endOf, style: date.style,
            yearSpan: date.yearSpan, monthSpan: date.monthSpan, daySpan: date.daySpan, line: date.line, asOf: date.asOf };
          assert.deepStrictEqual(read, { start, end: start + length, year, month, day, endOf, style, yearSpan, monthSpan, daySpan, line: 0, asOf: undefined });
        }),
      fuzzParameters(5000),
    );
  });
});
