import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, checkText, readText, testEngine, toExpected, type ExpectedFinding } from '../../support/engine';
import { fixtureCases } from '../../support/fixtures';

/**
 * One test per fixture: `test/fixtures/<dir>/<case>.md|.txt` beside `<case>.expected.json`
 * (`{ settings?, findings }`). In a directory named after a rule only that rule's findings are
 * compared; in `reports/` every finding is. `UPDATE_FIXTURES=1` rewrites the expectations — review the diff.
 */
const engine = testEngine();

interface Expectation {
  settings?: Record<string, unknown>;
  findings: ExpectedFinding[];
}

function compared(dir: string, findings: ExpectedFinding[]): ExpectedFinding[] {
  return dir === 'reports' ? findings : findings.filter((f) => f.ruleId === dir);
}

describe('fixtures', () => {
  for (const c of fixtureCases()) {
    describe(`${c.dir}/${c.name}`, () => {
      const expectation: Expectation = fs.existsSync(c.expected) ? JSON.parse(readText(c.expected)) : { findings: [] };
      const text = readText(c.file);
      const result = () => checkText(engine, text, c.file, expectation.settings ?? {});

      it('gives the expected findings', () => {
        const actual = compared(c.dir, result().findings.map(toExpected));
        if (process.env.UPDATE_FIXTURES) {
          fs.writeFileSync(c.expected, JSON.stringify({ ...expectation, findings: actual }, null, 2) + '\n');
          return;
        }
        assert.ok(fs.existsSync(c.expected), `missing ${path.basename(c.expected)}`);
        assert.deepStrictEqual(actual, expectation.findings);
      });

      it('has no configuration problems', () => {
        assert.deepStrictEqual(result().problems.map((p) => p.message), []);
      });

      it('each preferred fix removes its finding', () => {
        const before = result().findings.filter((f) => c.dir === 'reports' || f.ruleId === c.dir);
        for (const f of before) {
          const fix = f.fixes?.[0];
          if (!fix) continue;
          const after = checkText(engine, applyEdits(text, fix.edits), c.file, expectation.settings ?? {}).findings;
          const count = (list: typeof before) => list.filter((a) => a.ruleId === f.ruleId && a.message === f.message).length;
          assert.ok(count(after) < count(before), `fix "${fix.title}" did not remove: ${f.message}`);
        }
      });
    });
  }
});
