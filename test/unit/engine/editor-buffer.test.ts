import * as assert from 'assert';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ReportDocument } from '../../../server/src/engine/document';
import { fuzzParameters } from '../../support/arbitraries';

// The language server keeps a report's text only as the engine's document (lines and their breaks), updated by the
// editor's incremental changes. It must hold exactly what the editor's buffer holds after any change an editor can
// send: vscode-languageserver-textdocument, the buffer the protocol library keeps, is the reference.

/** Text of breaks of every kind (lone CR, LF, CRLF), Han and ASCII characters, and a character outside the BMP. */
const piece = fc.constantFrom('a', '中', '\n', '\r', '\r\n', ' ', '😀', '|', '');
const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
/** Positions anywhere, past a line's end or the last line too, as a faulty or racing client may send them. */
const position = fc.record({ line: fc.nat(8), character: fc.nat(12) });
const change = fc.oneof(
  { weight: 9, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text }) },
  { weight: 1, arbitrary: fc.record({ text }) },
);

describe('report text under editor changes', () => {
  it('is exactly the editor buffer after any sequence of changes (vscode-languageserver-textdocument as reference)', () => {
    fc.assert(
      fc.property(text, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 12 }), (initial, batches) => {
        const model = new ReportDocument(initial);
        let expected = initial;
        for (const changes of batches) {
          // Each change on a buffer made from the text so far: the reference's own line table goes wrong after a
          // change past its last line (its text stays right, and later changes land in the wrong places).
          for (const c of changes) expected = TextDocument.update(TextDocument.create('file:///r.md', 'markdown', 1, expected), [c], 2).getText();
          model.applyChanges(changes);
          assert.strictEqual(model.getText(), expected, JSON.stringify({ initial, batches }));
          assert.strictEqual(model.length, expected.length);
          assert.strictEqual(model.lineCount, TextDocument.create('file:///r.md', 'markdown', 1, expected).lineCount);
        }
      }),
      fuzzParameters(2000),
    );
  });
});
