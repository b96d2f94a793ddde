import * as assert from 'assert';
import { ReportDocument } from '../../../server/src/engine/document';
import { inlineFacts } from '../../../server/src/engine/markdown/inline';
import { testEngine } from '../../support/engine';

describe('inline spans across lines', () => {
  it('masks a code span that crosses a line break without shifting the next line', () => {
    const doc = new ReportDocument('a `b\nc` d 党员党员\n');
    const facts = inlineFacts(doc.blocks[0], doc.lines);
    assert.deepStrictEqual(facts.lines.map((l) => l.length), [4, 9]);
    assert.deepStrictEqual(facts.lines, ['a \uE000\uE000', '\uE000\uE000 d 党员党员']);
  });

  it('reports a finding after such a span where it is', () => {
    const doc = new ReportDocument('a `b\nc` d 党员党员\n');
    const found = testEngine().check({ document: doc, settings: { rules: {} } }).findings.filter((f) => f.ruleId === 'duplicate-word');
    assert.deepStrictEqual(found.map((f) => f.range), [{ start: { line: 1, character: 5 }, end: { line: 1, character: 9 } }]);
  });

  it('masks code spans in a blockquote and a list item continued on the next line', () => {
    const doc = new ReportDocument('> a `b\n> c` d\n\n- e `f\n  g` h\n');
    for (const block of doc.blocks) {
      const facts = inlineFacts(block, doc.lines);
      assert.deepStrictEqual(facts.lines.map((l) => l.length), doc.lines.slice(block.start, block.end).map((l) => l.length));
    }
  });
});
