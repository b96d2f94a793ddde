import * as assert from 'assert';
import * as fc from 'fast-check';
import { sortFew } from '../../../server/src/engine/sort-few';
import { fuzzParameters } from '../../support/arbitraries';

describe('sortFew', () => {
  it('orders any list exactly as the stable Array.prototype.sort does, short or long (fast-check)', () => {
    const byKey = (a: [number, number], b: [number, number]) => a[0] - b[0];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat()), { maxLength: 60 }), (pairs) => {
        const list = pairs.map(([key], i): [number, number] => [key, i]);
        const expected = [...list].sort(byKey);
        sortFew(list, byKey);
        assert.deepStrictEqual(list, expected);
      }),
      fuzzParameters(300),
    );
  });
});
