import * as assert from 'assert';
import { ReportDocument } from '../../../server/src/engine/document';
import { testEngine } from '../../support/engine';
import { repoPath } from '../../support/paths';

describe('checking the same document again', () => {
  it('reports each configuration problem once per check, however often the document is checked', () => {
    const engine = testEngine();
    const document = new ReportDocument('---\ntemplate: ./no-such-template.yaml\n---\n# 汇报\n\n## 一、主要做法\n');
    const path = repoPath('test', 'fixtures', 'untitled.md');
    const first = engine.check({ document, path }).problems.map((p) => p.message);
    assert.ok(first.length > 0);
    for (let i = 0; i < 3; i++) assert.deepStrictEqual(engine.check({ document, path }).problems.map((p) => p.message), first);
  });
});
