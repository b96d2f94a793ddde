import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv04 from 'ajv-draft-04';
import { main } from '../../../server/src/cli/main';
import { repoPath } from '../../support/paths';

function run(args: string[], cwd = repoPath()): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {} });
  return { code, stdout, stderr };
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-cli-'));
}

const THEMED = 'test/fixtures/missing-section/themed-runin.md';
const COMPLETE = 'test/fixtures/missing-section/complete-atx.md';

describe('command line', () => {
  it('exits 1 and prints file:line:col severity message rule-id when errors are found', () => {
    const r = run([THEMED]);
    assert.strictEqual(r.code, 1, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.match(lines[0], /^test\/fixtures\/missing-section\/themed-runin\.md:10:1 {2}error {2}Missing section "存在的不足" .* {2}missing-section$/);
    assert.match(lines[lines.length - 1], /2 problem\(s\) \(2 error\(s\)/);
  });

  it('exits 0 on a complete report', () => {
    const r = run([COMPLETE]);
    assert.strictEqual(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /No problems found in 1 file/);
  });

  it('prints JSON with 1-based positions', () => {
    const r = run(['--format', 'json', THEMED]);
    const findings = JSON.parse(r.stdout);
    assert.strictEqual(findings.length, 2);
    assert.deepStrictEqual(Object.keys(findings[0]).sort(), ['column', 'endColumn', 'endLine', 'file', 'line', 'message', 'ruleId', 'severity']);
    assert.deepStrictEqual([findings[0].line, findings[0].column, findings[0].ruleId, findings[0].severity], [10, 1, 'missing-section', 'error']);
  });

  it('prints SARIF 2.1.0 that validates against the SARIF schema', () => {
    const r = run(['-f', 'sarif', THEMED, COMPLETE]);
    const log = JSON.parse(r.stdout);
    const schema = JSON.parse(fs.readFileSync(repoPath('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const validate = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
    assert.ok(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors, null, 1));
    assert.strictEqual(log.runs[0].results.length, 2);
    const result = log.runs[0].results[0];
    assert.strictEqual(log.runs[0].tool.driver.rules[result.ruleIndex].id, result.ruleId);
    assert.strictEqual(result.locations[0].physicalLocation.artifactLocation.uri, 'test/fixtures/missing-section/themed-runin.md');
  });

  it('localises messages with --locale zh-cn', () => {
    const r = run(['--locale', 'zh-cn', THEMED]);
    assert.match(r.stdout, /缺少模板 zh-model-agency 要求的章节“存在的不足”/);
    assert.match(r.stdout, /发现 2 个问题/);
  });

  it('exits 2 naming the file and the problem for a template that is not valid YAML', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'bad.yaml'), 'id: broken\nsections:\n  - id: a\n    title: [unclosed\n');
    const r = run(['--template', path.join(dir, 'bad.yaml'), COMPLETE]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /bad\.yaml:\d+:\d+: error: /);
  });

  it('exits 2 for a template that breaks the schema, pointing at the offending key', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'schema.yaml'), 'id: Not An Id\nsections:\n  - id: a\n    title: A\n    minBodyLength: lots\n');
    const r = run(['--template', path.join(dir, 'schema.yaml'), COMPLETE]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /schema\.yaml:1:5: error: id: must match pattern/);
    assert.match(r.stderr, /schema\.yaml:5:20: error: sections\.0\.minBodyLength: must be integer/);
  });

  it('exits 2 for a circular template', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.yaml'), 'id: a\nextends: ./b.yaml\n');
    fs.writeFileSync(path.join(dir, 'b.yaml'), 'id: b\nextends: ./a.yaml\n');
    const r = run(['--template', path.join(dir, 'a.yaml'), COMPLETE]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /circular/);
  });

  it('exits 2 for usage errors and unmatched files', () => {
    assert.strictEqual(run([]).code, 2);
    assert.strictEqual(run(['--format', 'xml', COMPLETE]).code, 2);
    assert.strictEqual(run(['--report-date', '2026-13-01', COMPLETE]).code, 2);
    const missing = run(['no-such-report.md']);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /no-such-report\.md: error: no such file/);
  });

  it('checks every report in a directory and refuses binary files with a reason', () => {
    const dir = tempDir();
    fs.copyFileSync(repoPath(THEMED), path.join(dir, 'a.md'));
    fs.copyFileSync(repoPath(COMPLETE), path.join(dir, 'b.md'));
    fs.writeFileSync(path.join(dir, 'c.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    const r = run(['-f', 'json', dir]);
    assert.deepStrictEqual([...new Set(JSON.parse(r.stdout).map((f: { file: string }) => path.basename(f.file)))], ['a.md']);
    assert.match(r.stderr, /c\.txt: error: binary file/);
    assert.strictEqual(r.code, 2);
  });

  it('reads GB18030 reports', () => {
    const dir = tempDir();
    const gbk = Buffer.from('d7dcbde10a0a23232060', 'hex'); // "总结\n\n##` " in GB18030
    fs.writeFileSync(path.join(dir, 'gb.txt'), Buffer.concat([gbk, Buffer.from('\n')]));
    const r = run(['-f', 'json', path.join(dir, 'gb.txt')]);
    assert.notStrictEqual(r.code, 2, r.stderr);
  });

  it('runs as the installed binary', () => {
    const out = execFileSync(process.execPath, [repoPath('bin/reportlint.js'), '--version'], { encoding: 'utf8' });
    assert.match(out.trim(), /^\d+\.\d+\.\d+$/);
    const r = spawnSync(process.execPath, [repoPath('bin/reportlint.js'), THEMED], { cwd: repoPath(), encoding: 'utf8' });
    assert.strictEqual(r.status, 1);
    assert.match(r.stdout, /missing-section/);
  });
});
