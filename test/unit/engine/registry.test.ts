import * as assert from 'assert';
import * as fs from 'fs';
import { RULES, ruleDocPath } from '../../../server/src/engine/rules/registry';
import { checkText, readText, testEngine } from '../../support/engine';
import { fixtureCases } from '../../support/fixtures';
import { repoPath } from '../../support/paths';

describe('rule registry', () => {
  const engine = testEngine();
  const cases = fixtureCases();

  it('has unique, kebab-case ids', () => {
    const ids = RULES.map((r) => r.id);
    assert.deepStrictEqual(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('declares a description in every language, a severity and typed options', () => {
        assert.ok(rule.description.en && rule.description['zh-cn']);
        assert.ok(['error', 'warning', 'info'].includes(rule.defaultSeverity));
        for (const [name, option] of Object.entries(rule.options)) {
          assert.ok(option.description, `${name} has a description`);
          assert.ok(option.type === 'string[]' ? Array.isArray(option.default) : typeof option.default === option.type, `${name} default matches its type`);
        }
      });

      it('has a documentation page that names it', () => {
        const page = repoPath(ruleDocPath(rule.id));
        assert.ok(fs.existsSync(page), `missing ${ruleDocPath(rule.id)}`);
        assert.match(readText(page), new RegExp(`^# ${rule.id}$`, 'm'));
      });

      it('has at least one positive and one negative fixture', () => {
        const own = cases.filter((c) => c.dir === rule.id);
        const counts = own.map((c) => {
          const settings = fs.existsSync(c.expected) ? JSON.parse(readText(c.expected)).settings : {};
          return checkText(engine, readText(c.file), c.file, settings ?? {}).findings.filter((f) => f.ruleId === rule.id).length;
        });
        assert.ok(counts.some((n) => n > 0), 'no fixture where the rule reports something');
        assert.ok(counts.some((n) => n === 0), 'no fixture where the rule stays quiet');
      });
    });
  }

  it('lists every rule in the README', () => {
    const readme = readText(repoPath('README.md'));
    for (const rule of RULES) assert.ok(readme.includes(`\`${rule.id}\``), `README does not list ${rule.id}`);
  });
});
