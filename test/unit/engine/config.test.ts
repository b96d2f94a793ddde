import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { normalizeOptions } from '../../../server/src/engine/config/settings';
import { ReportDocument } from '../../../server/src/engine/document';
import { testEngine } from '../../support/engine';

function workspace(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-ws-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

const REPORT = '# 测试汇报\n\n## 一、主要做法\n\n### （一）甲\n\n内容。\n\n### （二）乙\n\n内容。\n\n## 二、存在的不足\n\n不足。\n\n## 三、下步工作思路\n\n思路。\n';
const MINIMAL_TEMPLATE = 'id: only-summary\nsections:\n  - id: s\n    title: 总结\n';

describe('configuration', () => {
  const engine = testEngine();
  const check = (root: string, file: string, extra: { trusted?: boolean } = {}) =>
    engine.check({ document: new ReportDocument(fs.readFileSync(path.join(root, file), 'utf8')), path: path.join(root, file), workspaceRoot: root, ...extra });

  it('reads .reportlint.yaml: glob → template, rule severities', () => {
    const root = workspace({
      '.reportlint.yaml': 'templates:\n  - files: "weekly/*.md"\n    template: ./t.yaml\nrules:\n  missing-section: warning\n',
      't.yaml': MINIMAL_TEMPLATE,
      'weekly/a.md': REPORT,
    });
    const result = check(root, 'weekly/a.md');
    assert.deepStrictEqual(result.problems, []);
    assert.strictEqual(result.template?.id, 'only-summary');
    assert.strictEqual(result.templateOrigin, 'config');
    assert.deepStrictEqual(result.findings.filter((f) => f.ruleId === 'missing-section').map((f) => f.severity), ['warning']);
    assert.ok(result.dependencies.includes(path.join(root, '.reportlint.yaml')) && result.dependencies.includes(path.join(root, 't.yaml')));
  });

  it('reports an invalid .reportlint.yaml with positions and still checks the report', () => {
    const root = workspace({ '.reportlint.yaml': 'rules:\n  no-such-rule: error\n  missing-section: loud\n', 'a.md': REPORT });
    const result = check(root, 'a.md');
    assert.ok(result.problems.length >= 1);
    assert.ok(result.problems.every((p) => p.file === path.join(root, '.reportlint.yaml') && p.range));
    assert.strictEqual(result.template?.id, 'zh-model-agency'); // detected from the title despite the broken config
  });

  it('reports a .reportlint.yaml that is not YAML', () => {
    const root = workspace({ '.reportlint.yaml': 'rules: [\n', 'a.md': REPORT });
    const [problem] = check(root, 'a.md').problems;
    assert.strictEqual(problem.file, path.join(root, '.reportlint.yaml'));
    assert.ok(problem.range);
  });

  it('refuses front-matter paths that leave the workspace folder', () => {
    const outside = workspace({ 't.yaml': MINIMAL_TEMPLATE });
    const root = workspace({ 'a.md': `---\ntemplate: ${path.relative(path.join(os.tmpdir(), 'x'), path.join(outside, 't.yaml'))}\n---\n${REPORT}` });
    const result = check(root, 'a.md');
    const problem = result.problems.find((p) => /outside the workspace/.test(p.message));
    assert.ok(problem, JSON.stringify(result.problems));
    assert.deepStrictEqual(problem.range?.start.line, 1);
    assert.notStrictEqual(result.template?.id, 'only-summary');
  });

  it('loads no workspace template or configuration in an untrusted workspace', () => {
    const root = workspace({ '.reportlint.yaml': 'rules:\n  numbering-level: off\n', 't.yaml': MINIMAL_TEMPLATE, 'a.md': `---\ntemplate: ./t.yaml\n---\n${REPORT}` });
    const result = check(root, 'a.md', { trusted: false });
    assert.strictEqual(result.template, undefined);
    assert.match(result.problems[0].message, /trusted workspace/);
    assert.ok(!result.dependencies.length);
  });

  it('reports circular template inheritance', () => {
    const root = workspace({ 'a.yaml': 'id: a\nextends: ./b.yaml\n', 'b.yaml': 'id: b\nextends: ./a.yaml\n', 'r.md': `---\ntemplate: ./a.yaml\n---\n${REPORT}` });
    const result = check(root, 'r.md');
    assert.ok(result.problems.some((p) => /circular/.test(p.message)));
    assert.strictEqual(result.template, undefined);
    assert.deepStrictEqual(result.findings.filter((f) => f.ruleId === 'no-template'), [], 'a broken template is not "no template"');
  });

  it('refuses catastrophic regular expressions in templates', () => {
    const root = workspace({ 't.yaml': 'id: t\nsections:\n  - id: s\n    title: 总结\n    match: "(a+)+$"\n', 'r.md': `---\ntemplate: ./t.yaml\n---\n${REPORT}` });
    const problem = check(root, 'r.md').problems[0];
    assert.match(problem.message, /exponential/);
    assert.strictEqual(problem.range?.start.line, 4);
  });

  it('normalises untrusted settings without throwing', () => {
    for (const raw of [null, 42, 'x', [], { rules: 5 }, { rules: { 'missing-section': 'loud' } }, { reportDate: 20261120 }, { maxDocumentSize: -1 }, { template: {} }]) {
      const { options, problems } = normalizeOptions(raw);
      assert.ok(options.rules);
      if (raw !== null) assert.ok(problems.length > 0, JSON.stringify(raw));
    }
    const { options } = normalizeOptions({ rules: { 'numbering-level': { severity: 'off', strict: true } }, locale: 'zh-CN' });
    assert.deepStrictEqual(options.rules['numbering-level'], { severity: 'off', options: { strict: true } });
    assert.strictEqual(options.locale, 'zh-cn');
  });
});
