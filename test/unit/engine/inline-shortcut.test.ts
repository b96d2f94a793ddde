import * as assert from 'assert';
import * as fc from 'fast-check';
import { ReportDocument } from '../../../server/src/engine/document';
import { inlineFacts, isProse, parsedFacts } from '../../../server/src/engine/markdown/inline';
import { fuzzParameters } from '../../support/arbitraries';

// inlineFacts skips markdown-it's inline parse where its outcome is known (no markup; one run of stars and
// nothing else); the parse is the definition.

const PIECES = ['*', '**', '***', '局', '科', '在', '试点', '。', '，', 'a', '1', ' ', '  ', '\t', '_', '`', '<', '\\', '[', ']', '!', '&', '~', '(', ')', '😀', '\n', '\n  '];
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
});
