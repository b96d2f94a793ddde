import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../server/src/cli/main';
import { repoPath } from '../../support/paths';

function run(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {} });
  return { code, stdout, stderr };
}

function dir(files: Record<string, string | Buffer> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-cli-robust-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return root;
}

/** A report with a finding in each of three rules, and the texts those findings quote. */
const REPORT = '# 区档案馆工作总结\n\n截止2023年10月31日，党员党员参加学习XX人次。\n';
const QUOTED = [/"截止" means "ends"/, /"党员" is written twice in a row/, /Unfilled placeholder "XX"/];

describe('command line: unreadable, odd and huge inputs', () => {
  it('reports a file it may not read, exit 2, and checks the others', function () {
    const root = dir({ 'locked.md': REPORT, 'ok.md': REPORT });
    fs.chmodSync(root, 0o755);
    const locked = path.join(root, 'locked.md');
    fs.chmodSync(locked, 0o000);
    try {
      let r: { code: number | null; stdout: string; stderr: string };
      if (!canRead(locked)) r = run(['locked.md', 'ok.md'], root);
      else {
        // Root reads a mode-000 file anyway: run the command as nobody instead, when this process may.
        const child = spawnSync(process.execPath, [repoPath('bin', 'reportlint.js'), 'locked.md', 'ok.md'], { cwd: root, encoding: 'utf8', uid: 65534, gid: 65534 });
        if (child.error || child.status === null || /EACCES.*reportlint\.js|Cannot find module/.test(child.stderr)) {
          this.test!.title += ` — skipped: running as root, and cannot run the command as nobody (${child.error?.message ?? child.stderr.split('\n')[0]})`;
          this.skip();
        }
        r = { code: child.status, stdout: child.stdout, stderr: child.stderr };
      }
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /^locked\.md: error: cannot read: EACCES$/m);
      assert.match(r.stdout, /^ok\.md:3:1 {2}warning/m, 'the readable file is still checked');
    } finally {
      fs.chmodSync(locked, 0o644);
    }
  });

  it('checks the reports in a directory, and says so when a directory holds none (exit 2)', () => {
    const root = dir({ 'reports/a.md': REPORT, 'reports/notes.csv': 'a,b\n', 'empty/readme.rst': 'x' });
    const r = run(['-f', 'json', 'reports'], root);
    assert.deepStrictEqual([...new Set(JSON.parse(r.stdout).map((f: { file: string }) => f.file))], ['reports/a.md']);
    const none = run(['empty'], root);
    assert.strictEqual(none.code, 2);
    assert.strictEqual(none.stderr, 'empty: error: no such file, or no files match this pattern\n');
    assert.strictEqual(none.stdout, '', 'no "No problems found in 0 file(s)" above the error');
  });

  it('checks a file once however it is reached: a symlink looping back to its folder, a path named twice', function () {
    const root = dir({ 'reports/a.md': REPORT });
    try {
      fs.symlinkSync('..', path.join(root, 'reports', 'up'), 'dir');
    } catch (e) {
      this.skip(); // no symlinks here (Windows without the right)
    }
    const r = run(['-f', 'json', 'reports', './reports/a.md'], root);
    assert.deepStrictEqual([...new Set(JSON.parse(r.stdout).map((f: { file: string }) => f.file))], ['reports/a.md']);
  });

  it('says when a glob matches nothing, exit 2, and still checks the files that exist', () => {
    const root = dir({ 'a.md': REPORT });
    const r = run(['nothing/**/*.md', '*.docx', 'a.md'], root);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /^nothing\/\*\*\/\*\.md: error: no such file, or no files match this pattern$/m);
    assert.match(r.stderr, /^\*\.docx: error: no such file, or no files match this pattern$/m);
    assert.match(r.stdout, /^a\.md:3:1 /m);
  });

  for (const [name, bytes] of [
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])],
    ['text with a NUL byte', Buffer.from('# 总结\n\n正文\0内容。\n')],
    ['control characters', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 ? 0x41 : 0x01)))],
  ] as const) {
    it(`refuses ${name} as binary, exit 2`, () => {
      const root = dir({ 'x.md': bytes });
      const r = run(['x.md'], root);
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.stderr, 'x.md: error: binary file (not a text report)\n');
      assert.strictEqual(r.stdout, '');
    });
  }

  for (const [encoding, bytes] of [
    ['GB18030', Buffer.from(new Uint8Array(gb18030(REPORT)))],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REPORT, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(REPORT, 'utf16le').swap16()])],
    ['UTF-8 with BOM and CRLF', Buffer.from('\uFEFF' + REPORT.replace(/\n/g, '\r\n'))],
  ] as const) {
    it(`reads ${encoding}: the findings quote the text as written`, () => {
      const root = dir({ 'r.md': bytes });
      const r = run(['--report-date', '2026-11-20', 'r.md'], root);
      assert.strictEqual(r.code, 1, r.stderr);
      for (const quoted of QUOTED) assert.match(r.stdout, quoted);
      assert.match(r.stdout, /^r\.md:3:1 {2}warning {2}"截止" means "ends"/m);
      assert.match(r.stdout, /^r\.md:3:15 {2}warning {2}"党员" is written twice/m);
    });
  }

  it('says a file that is neither UTF-8 nor GB18030 should be converted, exit 2', () => {
    const root = dir({ 'bad.md': Buffer.from([0x23, 0x20, 0x41, 0x0a, 0xff, 0xfe, 0xff, 0xff, 0x20, 0x68, 0x69, 0x0a]) });
    const r = run(['bad.md'], root);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.stderr, 'bad.md: error: not valid UTF-8 or GB18030 text; convert the file to UTF-8\n');
  });

  for (const [name, content] of [
    ['an empty file', ''],
    ['a file that is only a BOM', '\uFEFF'],
    ['a file of CRLF line breaks only', '\r\n\r\n\r\n'],
    ['a file of blanks and lone CRs', ' \t\r\r\u3000\n'],
  ] as const) {
    it(`says ${name} is empty, exit 0`, () => {
      const root = dir({ 'e.md': content });
      const r = run(['e.md'], root);
      assert.strictEqual(r.code, 0);
      assert.strictEqual(r.stderr, 'e.md: warning: empty file: nothing to check\n');
      assert.strictEqual(r.stdout, 'No problems found in 1 file(s).\n');
    });
  }

  it('keeps JSON output valid when some files fail', () => {
    const root = dir({ 'a.md': REPORT, 'b.md': Buffer.from([0, 1, 2]) });
    const r = run(['-f', 'json', 'a.md', 'b.md', 'c.md'], root);
    assert.strictEqual(r.code, 2);
    assert.ok(JSON.parse(r.stdout).length >= 3);
    assert.match(r.stderr, /^b\.md: error: binary file/m);
    assert.match(r.stderr, /^c\.md: error: no such file/m);
  });

  it('checks a 20 MB report within 384 MB of heap and prints its findings (a separate process, no clock)', function () {
    this.timeout(180_000);
    const root = dir();
    const section = (k: number) => `## 第${k}部分\n\n局党组坚持把理论学习摆在首位，全年开展专题学习活动，覆盖党员干部${k % 10 ? '全体' : 'XX人次'}。\n\n`;
    const parts = ['# 2026年上半年工作总结\n\n'];
    let size = parts[0].length;
    for (let k = 1; size < 20_000_000; k++) size += parts[parts.push(section(k)) - 1].length;
    fs.writeFileSync(path.join(root, 'big.md'), parts.join(''));
    // It completes with 192 MB of old generation (and fails with 128): 384 leaves room, and a doubling fails.
    const lines = checkWithHeap(root, 'big.md', 384);
    assert.match(lines[0], /^big\.md:1:1 {2}info {2}This document has 20,?0\d+ characters, more than the limit of 10,?000,?000: only the cheap checks run/);
    assert.match(lines[1], /^big\.md:\d+:\d+ {2}error {2}Unfilled placeholder "XX"\. {2}placeholder$/);
    assert.match(lines[lines.length - 1], /^\d+ problem\(s\) \(\d+ error\(s\), 0 warning\(s\), 1 info\) in 1 file\(s\)\.$/);
    assert.ok(lines.length > 30_000, `${lines.length} lines printed`);
  });

  it('checks a report just under the size limit fully within 192 MB of heap (a separate process, no clock)', function () {
    this.timeout(180_000);
    const root = dir();
    // About 9.9 million characters as reports are written: a heading every five paragraphs, figures in each,
    // an as-of date in every fourth, a placeholder in every tenth. It completes with 96 MB of old generation.
    const numerals = '一二三四五六七八九十';
    const paragraph = (k: number) =>
      `局党组坚持把理论学习摆在首位，围绕中心工作开展专题学习${k % 40}次，覆盖党员干部${100 + (k % 900)}人次，推动学习成果转化为工作成效。` +
      `${k % 4 ? '' : `截至2026年${(k % 12) + 1}月底，`}各支部结合实际组织调研走访，梳理问题清单，逐项明确责任和时限${k % 10 ? '' : '，参加人数XX人'}。\n\n`;
    const parts = ['---\ntemplate: zh-work-summary\ndate: 2026-11-20\n---\n# 2026年工作总结\n\n## 一、主要工作\n\n'];
    let size = parts[0].length;
    for (let k = 1; size < 9_900_000; k++) size += parts[parts.push((k % 5 ? '' : `### （${numerals[(k / 5) % 10]}）第${k / 5}项工作\n\n`) + paragraph(k)) - 1].length;
    fs.writeFileSync(path.join(root, 'near-limit.md'), parts.join(''));
    const lines = checkWithHeap(root, 'near-limit.md', 192);
    const byRule = new Map<string, number>();
    for (const line of lines.slice(0, -1)) {
      const rule = line.slice(line.lastIndexOf(' ') + 1);
      byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
    }
    assert.ok(!byRule.has('large-document'), 'checked fully, not only the cheap checks');
    assert.ok((byRule.get('placeholder') ?? 0) > 5_000, `placeholder: ${byRule.get('placeholder')}`);
    // Rules that only a full check runs (the cheap ones are placeholder, date-wording, artifact, duplicate-word, no-template).
    assert.ok((byRule.get('stale-date') ?? 0) > 10_000, `stale-date: ${byRule.get('stale-date')}`);
    assert.ok((byRule.get('numbering-sequence') ?? 0) > 1_000, `numbering-sequence: ${byRule.get('numbering-sequence')}`);
    assert.match(lines[lines.length - 1], new RegExp(`^${lines.length - 1} problem\\(s\\) .* in 1 file\\(s\\)\\.$`));
  });
});

/**
 * Runs the binary on one report in a process of its own with `heapMb` of old generation (running out kills
 * it), asserts that it ended by itself with findings (exit 1), and returns its output's lines.
 */
function checkWithHeap(root: string, file: string, heapMb: number): string[] {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, repoPath('bin', 'reportlint.js'), file], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.strictEqual(r.signal, null, `killed by ${r.signal}: ${r.stderr.slice(0, 500)}`);
  assert.strictEqual(r.status, 1, r.stderr.slice(0, 500));
  return r.stdout.trimEnd().split('\n');
}

function canRead(file: string): boolean {
  try {
    fs.readFileSync(file);
    return true;
  } catch {
    return false;
  }
}

/** GB18030 bytes of a text (Node can decode GB18030 but not encode it): the few characters used here. */
function gb18030(text: string): number[] {
  const table: Record<string, number[]> = {
    区: [0xc7, 0xf8], 档: [0xb5, 0xb5], 案: [0xb0, 0xb8], 馆: [0xb9, 0xdd], 工: [0xb9, 0xa4], 作: [0xd7, 0xf7], 总: [0xd7, 0xdc], 结: [0xbd, 0xe1],
    截: [0xbd, 0xd8], 止: [0xd6, 0xb9], 年: [0xc4, 0xea], 月: [0xd4, 0xc2], 日: [0xc8, 0xd5], '，': [0xa3, 0xac], 党: [0xb5, 0xb3], 员: [0xd4, 0xb1],
    参: [0xb2, 0xce], 加: [0xbc, 0xd3], 学: [0xd1, 0xa7], 习: [0xcf, 0xb0], 人: [0xc8, 0xcb], 次: [0xb4, 0xce], '。': [0xa1, 0xa3],
  };
  const out: number[] = [];
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80) out.push(c.charCodeAt(0));
    else if (table[c]) out.push(...table[c]);
    else throw new Error(`no GB18030 bytes for ${c} in this test's table`);
  }
  const decoded = new TextDecoder('gb18030').decode(new Uint8Array(out));
  if (decoded !== text) throw new Error('the GB18030 table is wrong');
  return out;
}
