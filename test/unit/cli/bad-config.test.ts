import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../server/src/cli/main';
import { ALIAS_BOMB, BINARY, REPORT } from '../../support/bad-inputs';

function run(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {} });
  return { code, stdout, stderr };
}

function workspace(files: Record<string, string | Buffer | null>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-cli-config-'));
  for (const [name, content] of Object.entries(files)) {
    if (content === null) fs.mkdirSync(path.join(root, name));
    else fs.writeFileSync(path.join(root, name), content);
  }
  return root;
}

interface Case {
  name: string;
  files: Record<string, string | Buffer | null>;
  args?: string[];
  frontMatter?: string;
  /** The line printed on stderr. */
  stderr: RegExp;
}

const CASES: Case[] = [
  { name: '.reportlint.yaml with an alias bomb', files: { '.reportlint.yaml': ALIAS_BOMB }, stderr: /^\.reportlint\.yaml:2:8: error: aliases expand to too much data/m },
  { name: '.reportlint.yaml with binary bytes', files: { '.reportlint.yaml': BINARY }, stderr: /^\.reportlint\.yaml:3:1: error: not a text file: it holds binary data/m },
  { name: '.reportlint.yaml with a duplicate key', files: { '.reportlint.yaml': 'rules: {}\nrules: {}\n' }, stderr: /^\.reportlint\.yaml:2:1: error: Map keys must be unique/m },
  { name: '.reportlint.yaml with an unknown rule id', files: { '.reportlint.yaml': 'rules:\n  no-such-rule: error\n' }, stderr: /^\.reportlint\.yaml:2:17: error: rules: unknown rule id "no-such-rule"$/m },
  { name: '.reportlint.yaml with an unknown option', files: { '.reportlint.yaml': 'rules:\n  placeholder:\n    colour: red\n' }, stderr: /^\.reportlint\.yaml:3:13: error: rules\.placeholder: unknown option "colour"$/m },
  { name: '.reportlint.yaml of 5 MB', files: { '.reportlint.yaml': '# ' + 'x'.repeat(5_000_000) + '\n' }, stderr: /^\.reportlint\.yaml:1:1: error: not read: 5,000,003 characters/m },
  { name: '.reportlint.yaml naming a missing template', files: { '.reportlint.yaml': 'template: ./missing.yaml\n' }, stderr: /^\.reportlint\.yaml:1:11: error: template: file not found: .*missing\.yaml$/m },
  { name: '--template naming a directory', files: { tdir: null }, args: ['--template', 'tdir'], stderr: /^tdir: error: template file not found or unreadable: .*tdir$/m },
  { name: '--template with binary bytes', files: { 't.yaml': BINARY }, args: ['--template', 't.yaml'], stderr: /^t\.yaml:3:1: error: not a text file/m },
  { name: '--template that is empty', files: { 't.yaml': '' }, args: ['--template', 't.yaml'], stderr: /^t\.yaml:1:1: error: template file is empty$/m },
  { name: '--template that extends itself', files: { 't.yaml': 'id: t\nextends: ./t.yaml\n' }, args: ['--template', 't.yaml'], stderr: /^t\.yaml:2:10: error: template inheritance is circular: t\.yaml → t\.yaml$/m },
  { name: '--template with an alias bomb', files: { 't.yaml': 'id: t\n' + ALIAS_BOMB + 'sections: []\n' }, args: ['--template', 't.yaml'], stderr: /^t\.yaml:3:8: error: aliases expand to too much data/m },
  { name: '--figures with binary bytes', files: { 'f.csv': BINARY }, args: ['--figures', 'f.csv'], stderr: /^f\.csv:3:1: error: not a text file/m },
  { name: '--figures of 5 MB', files: { 'f.csv': 'label,value,unit\n' + '指标,1,次\n'.repeat(800_000) }, args: ['--figures', 'f.csv'], stderr: /^f\.csv:1:1: error: not read: /m },
  { name: '--figures with a duplicate key', files: { 'f.yaml': 'figures: []\nfigures: []\n' }, args: ['--figures', 'f.yaml'], stderr: /^f\.yaml:2:1: error: Map keys must be unique/m },
  { name: 'front matter naming a missing template', files: {}, frontMatter: 'template: ./missing.yaml', stderr: /^r\.md:2:11: error: front matter template: file not found: .*missing\.yaml$/m },
  { name: 'front matter that is not YAML', files: {}, frontMatter: 'template: [', stderr: /^r\.md:2:12: error: Flow sequence/m },
];

describe('command line: bad configuration exits 2 with file:line:col, and the report is still checked', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const root = workspace({ ...c.files, 'r.md': (c.frontMatter ? `---\n${c.frontMatter}\n---\n` : '') + REPORT });
      const r = run(['--report-date', '2026-11-20', ...(c.args ?? []), 'r.md'], root);
      assert.strictEqual(r.code, 2, r.stderr);
      assert.match(r.stderr, c.stderr);
      assert.match(r.stdout, /^r\.md:\d+:1 {2}warning {2}"截止" means "ends"/m, 'the date wording is still checked');
      assert.match(r.stdout, /"党员" is written twice in a row\. {2}duplicate-word$/m, 'so are doubled words');
    });
  }

  it('prints each problem of a broken file once, however many reports use it', () => {
    const root = workspace({ '.reportlint.yaml': 'rules: {}\nrules: {}\n', 'a.md': REPORT, 'b.md': REPORT });
    const r = run(['a.md', 'b.md'], root);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.stderr.match(/Map keys must be unique/g)!.length, 1);
  });
});
