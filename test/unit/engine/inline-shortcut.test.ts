import * as assert from 'assert';
import * as fc from 'fast-check';
import { ReportDocument } from '../../../server/src/engine/document';
import { inlineFacts, isProse, literalStarsOf, maskedText, parsedFacts, proseLine } from '../../../server/src/engine/markdown/inline';
import { fuzzParameters } from '../../support/arbitraries';

// inlineFacts skips markdown-it's inline parse where its outcome is known (no markup; one run of stars and
// nothing else); the parse is the definition.

const PIECES = ['](', '://', 'x](y)', 'http://a.b', '*', '**', '***', '局', '科', '在', '试点', '。', '，', 'a', '1', ' ', '  ', '\t', '_', '`', '<', '\\', '[', ']', '!', '&', '~', '(', ')', '😀', '\n', '\n  '];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((p) => p.join(''));

describe('inline facts without the parse', () => {
  it('are the facts the parse gives (random paragraphs of stars, Han, blanks and other syntax)', () => {
    fc.assert(
      fc.property(text, (src) => {
        const doc = new ReportDocument(src);
        for (const block of doc.blocks.filter(isProse)) {
          const own = doc.lines.slice(block.start, block.end);
          assert.deepStrictEqual(inlineFacts(block, doc.lines), parsedFacts(block, own), JSON.stringify(src));
        }
      }),
      fuzzParameters(5000),
    );
  });

  it('read without facts for plain blocks give the facts\' text and stars (read before the facts are made)', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('', '```\n', '<div>\n'), (src, opening) => {
        const fresh = new ReportDocument(opening + src);
        const doc = new ReportDocument(opening + src);
        for (let b = 0; b < doc.blocks.length; b++) {
          const block = fresh.blocks[b];
          const n = block.end - block.start;
          const lines = Array.from({ length: n }, (_, i) => proseLine(block, fresh.lines, i));
          const masked = maskedText(block, fresh.lines);
          const stars = literalStarsOf(block, fresh.lines);
          const facts = inlineFacts(doc.blocks[b], doc.lines);
          assert.deepStrictEqual(lines, facts.text, JSON.stringify(src));
          assert.deepStrictEqual(masked ?? fresh.lines.slice(block.start, block.end), facts.text);
          assert.deepStrictEqual(stars, facts.literalStars);
          assert.deepStrictEqual(inlineFacts(block, fresh.lines), facts);
        }
      }),
      fuzzParameters(2000),
    );
  });
});
