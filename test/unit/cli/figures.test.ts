import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../server/src/cli/main';

function run(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {} });
  return { code, stdout, stderr };
}

const REPORT = '# 区档案馆工作情况\n\n截止2023年10月31日，全年开展专题学习19次，覆盖党员党员**人次。\n\n印发《实施意见&t;方案》。\n';

function workspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-figures-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('command line: text checks and figures files', () => {
  it('prints the new rules in JSON', () => {
    const dir = workspace({ 'r.md': REPORT, 'f.yaml': 'asOf: 2026-10-31\nfigures:\n  - {label: 专题学习, value: 16, unit: 次}\n' });
    const r = run(['-f', 'json', '--report-date', '2026-11-20', '--figures', 'f.yaml', 'r.md'], dir);
    assert.strictEqual(r.code, 1, r.stderr);
    const rows = JSON.parse(r.stdout).map((f: { line: number; column: number; ruleId: string }) => `${f.line}:${f.column} ${f.ruleId}`);
    assert.deepStrictEqual(rows, ['1:1 no-template', '3:1 date-wording', '3:1 stale-date', '3:23 stale-figure', '3:29 duplicate-word', '3:33 placeholder', '5:8 artifact']);
  });

  for (const [name, text, where] of [
    ['bad.yaml', 'asOf: 2026-10-31\nfigures:\n  - label: [unclosed\n', /bad\.yaml:\d+:\d+: error: /],
    ['schema.yaml', 'asOf: 2026-10-31\nfigures:\n  - label: 专题学习\n    value: sixteen\n    unit: 次\n', /schema\.yaml:4:12: error: figures\.0\.value: must be number/],
    ['bad.csv', 'label,value,unit\n专题学习,16,次\n走访企业,many,家\n', /bad\.csv:3:6: error: value "many" is not a number/],
  ] as const) {
    it(`exits 2 naming ${name} and the line, and still prints the report's findings`, () => {
      const dir = workspace({ 'r.md': REPORT, [name]: text });
      const r = run(['--report-date', '2026-11-20', '--figures', name, 'r.md'], dir);
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, where);
      assert.match(r.stdout, /r\.md:3:33 {2}error {2}Unfilled placeholder "\*\*"\. {2}placeholder/);
    });
  }

  it('exits 2 when the front matter names a figures file that does not exist, pointing at the front matter', () => {
    const dir = workspace({ 'r.md': '---\nfigures: none.yaml\n---\n' + REPORT });
    const r = run(['--report-date', '2026-11-20', 'r.md'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /r\.md:2:10: error: front matter figures: file not found: .*none\.yaml/);
  });
});
