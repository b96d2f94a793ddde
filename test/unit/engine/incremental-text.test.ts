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

describe('inconsistent-figure on a report typed in block by block', () => {
  it('names the first figure as it is written after both its block and the disagreeing one were typed in', () => {
    const engine = new Engine({ fs: nodeHost.fs, today: () => '2026-11-20' });
    const doc = new ReportDocument('# 汇报\n\n抽查合格率99%。\n\n其他工作。\n\n抽查合格率90%。\n');
    const message = (findings: Array<{ ruleId: string; message: string }>) => findings.find((f) => f.ruleId === 'inconsistent-figure')?.message;
    assert.match(message(engine.check({ document: doc }).findings) ?? '', /99%/);
    // Typing before the first figure moves its columns; typing after the second then rewrites that block alone.
    doc.applyChanges([{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '年度' }]);
    engine.check({ document: doc });
    doc.applyChanges([{ range: { start: { line: 6, character: 9 }, end: { line: 6, character: 9 } }, text: '左' }]);
    const edited = message(engine.check({ document: doc }).findings);
    assert.strictEqual(edited, message(engine.check({ document: new ReportDocument(doc.getText()) }).findings));
    assert.match(edited ?? '', /99%/);
  });
});

describe('document rules that read block facts, on an edited document', () => {
  const text = '# 汇报\n\n## 一、主要做法\n\n一是加强学习。三是改进作风。\n\n全年开展专题学习16次。\n\n下步将继续努力。\n\n开展专题学习19次。\n';
  const engine = new Engine({ fs: nodeHost.fs, today: () => '2026-11-20' });
  const ids = (findings: Array<{ ruleId: string }>) => findings.filter((f) => f.ruleId === 'enumeration-sequence' || f.ruleId === 'inconsistent-figure');

  it('keep their very findings while no block with such facts changed, and match a fresh check after any edit', () => {
    const doc = new ReportDocument(text);
    const first = ids(engine.check({ document: doc }).findings);
    assert.deepStrictEqual(first.map((f) => f.ruleId).sort(), ['enumeration-sequence', 'inconsistent-figure']);
    // Typing in the paragraph without enumerations or figures: the same finding objects come back.
    doc.applyChanges([{ range: { start: { line: 8, character: 2 }, end: { line: 8, character: 2 } }, text: '再' }]);
    const typed = ids(engine.check({ document: doc }).findings);
    assert.ok(typed.length === first.length && typed.every((f, i) => f === first[i]));
    // Edits that change the facts (二是 fixes the sequence, a figure now agrees) or move blocks: a fresh check's findings.
    const edits = [
      { range: { start: { line: 4, character: 7 }, end: { line: 4, character: 8 } }, text: '二' },
      { range: { start: { line: 10, character: 6 }, end: { line: 10, character: 8 } }, text: '16' },
      { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '\n\n四是新增一段。\n' },
    ];
    for (const edit of edits) {
      doc.applyChanges([edit]);
      const edited = engine.check({ document: doc }).findings.map(toExpected);
      assert.deepStrictEqual(edited, engine.check({ document: new ReportDocument(doc.getText()) }).findings.map(toExpected), doc.getText());
    }
  });
});

describe('inconsistent-figure after typing in a sentence with figures', () => {
  it('remakes the findings of the edited block only, and matches a fresh check', () => {
    const engine = new Engine({ fs: nodeHost.fs, today: () => '2026-11-20' });
    const text = '# 汇报\n\n全年开展专题学习16次，完成投资1.8亿元。\n\n开展专题学习19次，完成投资2亿元，开展专题学习19次。\n\n此外，开展专题学习18次。\n';
    const doc = new ReportDocument(text);
    const figures = (r: { findings: Array<{ ruleId: string; range: { start: { line: number } } }> }) => r.findings.filter((f) => f.ruleId === 'inconsistent-figure');
    const first = figures(engine.check({ document: doc }));
    assert.deepStrictEqual(first.map((f) => f.range.start.line), [4, 4, 4, 6]);
    // Typing before the figures of line 4 moves their columns only.
    doc.applyChanges([{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: '此外，' }]);
    const typed = figures(engine.check({ document: doc }));
    assert.strictEqual(typed[3], first[3], 'the finding on line 6 is kept');
    assert.notStrictEqual(typed[0], first[0]);
    const fresh = () => engine.check({ document: new ReportDocument(doc.getText()) }).findings.map(toExpected);
    assert.deepStrictEqual(engine.check({ document: doc }).findings.map(toExpected), fresh());
    // Typing inside the first figure's sentence, then changing a written form (１９次 reads the same amount): still a fresh check's findings.
    doc.applyChanges([{ range: { start: { line: 2, character: 2 }, end: { line: 2, character: 2 } }, text: '共' }]);
    assert.deepStrictEqual(engine.check({ document: doc }).findings.map(toExpected), fresh());
    doc.applyChanges([{ range: { start: { line: 4, character: 9 }, end: { line: 4, character: 11 } }, text: '１９' }]);
    assert.deepStrictEqual(engine.check({ document: doc }).findings.map(toExpected), fresh());
  });
});
