import * as assert from 'assert';
import * as fc from 'fast-check';
import { applyEdit, documentLines, spanLength, splitLines } from '../../../server/src/engine/text/lines';
import { fuzzParameters } from '../../support/arbitraries';

// A document's lines with LF breaks only make their list of breaks when first read: lengths, edits and the
// breaks themselves must be what the eagerly split lines give.

const text = fc.array(fc.constantFrom('a', '局', '\n', '\n', '\r\n', '\r', ' ', ''), { maxLength: 20 }).map((p) => p.join(''));

describe('document lines', () => {
  it('measure spans, take edits and give breaks as the eagerly split lines do', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.constantFrom('', 'x', '\n', 'y\r\nz', '\r'), (t, a, b, c, d, inserted) => {
        const lazy = documentLines(t);
        const eager = splitLines(t);
        const n = eager.lines.length;
        const [from, to] = [a % (n + 1), b % (n + 1)].sort((x, y) => x - y);
        assert.strictEqual(spanLength(lazy, from, to), spanLength(eager, from, to));
        assert.strictEqual(spanLength(lazy), t.length);
        const range = { start: { line: c % n, character: d % 3 }, end: { line: (c + d) % n, character: a % 4 } };
        assert.deepStrictEqual(applyEdit(lazy, range, inserted), applyEdit(eager, range, inserted));
        assert.deepStrictEqual([lazy.lines, lazy.eols], [eager.lines, eager.eols]);
        assert.strictEqual(spanLength(lazy), spanLength(eager));
      }),
      fuzzParameters(2000),
    );
  });
});
