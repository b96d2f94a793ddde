import * as assert from 'assert';
import { ReportDocument } from '../../../server/src/engine/document';
import { Engine } from '../../../server/src/engine/engine';
import { nodeHost } from '../../../server/src/engine/host';
import { toExpected } from '../../support/engine';

const PARAGRAPH = '截止2023年10月31日，全年开展专题学习16次，覆盖党员党员**人次，&nbsp;20xx年走访企业86家。\n\n';

describe('text checks on an edited document', () => {
  it('give the same findings as a fresh check after edits, reusing the blocks they did not touch', () => {
    const engine = new Engine({ fs: nodeHost.fs, today: () => '2026-11-20' });
    const doc = new ReportDocument('# 汇报\n\n' + PARAGRAPH.repeat(200));
    engine.check({ document: doc });
    const before = doc.work.parsedLines;
    doc.applyChanges([{ range: { start: { line: 202, character: 30 }, end: { line: 202, character: 32 } }, text: '19' }]);
    doc.applyChanges([{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: '开展专题学习20次。' }]);
    const edited = engine.check({ document: doc }).findings.map(toExpected);
    const fresh = engine.check({ document: new ReportDocument(doc.getText()) }).findings.map(toExpected);
    assert.deepStrictEqual(edited, fresh);
    assert.ok(doc.work.parsedLines - before < 50);
    assert.ok(edited.some((f) => f.ruleId === 'inconsistent-figure' && f.line === 11));
  });
});
