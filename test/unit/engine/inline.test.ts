import * as assert from 'assert';
import { ReportDocument } from '../../../server/src/engine/document';
import { inlineFacts, MASK } from '../../../server/src/engine/markdown/inline';

function stars(text: string): string[] {
  const doc = new ReportDocument(text);
  return doc.blocks.flatMap((b) => inlineFacts(b, doc.lines).literalStars.map((s) => `${b.start + s.line}:${s.start}-${s.end}`));
}

describe('inline facts', () => {
  it('keeps bold as bold and reports stars Markdown leaves as text', () => {
    assert.deepStrictEqual(stars('这是**加粗**文字。'), []);
    assert.deepStrictEqual(stars('**一是加强学习。**全年学习16次，这是**重点**工作。'), []);
    assert.deepStrictEqual(stars('由**局统一部署。'), ['0:1-3']);
    assert.deepStrictEqual(stars('对**工作的要求，推动**事业发展。'), ['0:1-3', '0:11-13']);
    assert.deepStrictEqual(stars('先后与**、**、**党支部共建。'), ['0:3-5', '0:6-8', '0:9-11']);
    assert.deepStrictEqual(stars('制定《**市**局方案》'), ['0:3-5', '0:6-8']);
    assert.deepStrictEqual(stars('- 对**工作\n- 推动**事业'), ['0:3-5', '1:4-6'], 'list items are separate paragraphs');
  });

  it('masks code spans and URLs but keeps positions', () => {
    const doc = new ReportDocument('写作 `20xx` 见 https://example.org/20xx 和 [链接](a/20xx.md)');
    const facts = inlineFacts(doc.blocks[0], doc.lines);
    assert.strictEqual(facts.text[0].length, doc.lines[0].length);
    assert.ok(!facts.text[0].includes('20xx'));
    assert.ok(facts.lines[0].includes('a/20xx.md'), 'image and link destinations stay in lines for image checks');
    assert.ok(facts.text[0].includes(MASK));
  });
});
