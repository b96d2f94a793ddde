import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../server/src/cli/main';
import { fixtureCases } from '../../support/fixtures';
import { repoPath } from '../../support/paths';

function run(args: string[], cwd: string, workerScript?: string) {
  let stdout = '';
  let stderr = '';
  const code = main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {}, workerScript });
  return { code, stdout, stderr };
}

describe('command line on many files', function () {
  this.timeout(60_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-pool-'));
  for (const c of fixtureCases()) fs.copyFileSync(c.file, path.join(dir, `${c.dir}-${c.name}`));
  fs.writeFileSync(path.join(dir, 'zz-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
  const entry = repoPath('out/server/src/cli/index.js');
  // Output far larger than a worker's shared slot (128 KB) in every format: it goes to the main thread as a string.
  fs.writeFileSync(path.join(dir, 'zz-long.md'), '# 2026年工作总结\n\n' + Array.from({ length: 2500 }, (_, k) => `${k + 1}. 完成XX项任务。`).join('\n\n') + '\n');

  for (const format of ['text', 'json', 'sarif']) {
    it(`prints the same ${format} output, in file order, from worker threads as from one thread`, () => {
      const one = run(['-f', format, '.'], dir);
      const pooled = run(['-f', format, '.'], dir, entry);
      assert.ok(fs.readdirSync(dir).length >= 16, 'enough files for the pool');
      assert.deepStrictEqual(pooled, one);
      assert.strictEqual(one.code, 2); // the binary file
    });
  }

  for (const format of ['text', 'json', 'sarif']) {
    it(`prints the same ${format} bytes from the binary, whose worker threads hand output over in shared memory`, () => {
      const one = run(['-f', format, '.'], dir);
      const binary = spawnSync(process.execPath, [repoPath('bin', 'reportlint.js'), '-f', format, '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      assert.strictEqual(binary.stderr, one.stderr);
      assert.ok(Buffer.byteLength(run(['-f', format, 'zz-long.md'], dir).stdout) > 128 * 1024, 'one file\'s output larger than a slot');
      assert.strictEqual(binary.stdout, one.stdout);
      assert.strictEqual(binary.status, one.code);
    });
  }
});

describe('command line on many files: streamed output', function () {
  this.timeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-stream-'));
  const entry = repoPath('out/server/src/cli/index.js');
  const names: string[] = [];
  for (let k = 0; k < 40; k++) {
    // Sizes and findings vary from file to file, so the two workers finish them out of order.
    const parts = [`# 2026年上半年工作总结 ${k}\n\n`];
    for (let s = 1; s <= 1 + ((k * 7) % 13); s++) {
      parts.push(`## 第${s}部分\n\n截止2023年10月31日，党员党员参加学习${k % 3 ? 'XX' : '12'}人次。${'全年开展专题学习活动。'.repeat(k % 5)}\n\n`);
    }
    const name = `r-${String(k).padStart(2, '0')}.md`;
    fs.writeFileSync(path.join(dir, name), k === 17 ? '' : k === 29 ? '# Done\n\nNothing to report.\n' : parts.join(''));
    names.push(name);
  }

  it('prints text in file order, as checking the files one by one does', () => {
    const pooled = run(['--report-date', '2026-07-01', '.'], dir, entry);
    const singles = names.map((name) => run(['--report-date', '2026-07-01', name], dir));
    const lines = (out: string) => out.split('\n').slice(0, -2); // without the summary line and the final ''
    assert.deepStrictEqual(lines(pooled.stdout), singles.flatMap((s) => lines(s.stdout)));
    const summary = (out: string) => out.split('\n').at(-2)!.match(/^(\d+) problem\(s\) \((\d+) error\(s\), (\d+) warning\(s\), (\d+) info\) in (\d+) file\(s\)\.$/)!.slice(1).map(Number);
    const sums = singles.map((s) => (/No problems/.test(s.stdout) ? [0, 0, 0, 0, 1] : summary(s.stdout))).reduce((a, b) => a.map((x, i) => x + b[i]));
    assert.deepStrictEqual(summary(pooled.stdout), sums);
    assert.strictEqual(pooled.stderr, singles.map((s) => s.stderr).join(''));
    assert.strictEqual(pooled.code, Math.max(...singles.map((s) => s.code)));
    assert.ok(sums[1] > 0 && sums[2] > 0, 'errors and warnings among the findings');
  });

  it('prints the JSON array of all files, in file order, byte for byte', () => {
    const pooled = run(['-f', 'json', '--report-date', '2026-07-01', '.'], dir, entry);
    const all = names.flatMap((name) => JSON.parse(run(['-f', 'json', '--report-date', '2026-07-01', name], dir).stdout));
    assert.strictEqual(pooled.stdout, JSON.stringify(all, null, 2) + '\n');
  });
});

describe('command line whose reader goes away (reportlint . | head)', function () {
  this.timeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-pipe-'));
  // Far more output than a pipe holds (64 KB) plus what the writer gathers before a write (8 KB).
  const report = fs.readFileSync(repoPath('examples', 'model-agency-report.md'), 'utf8');
  for (let k = 0; k < 400; k++) fs.writeFileSync(path.join(dir, `r${String(k).padStart(3, '0')}.md`), report);

  it('stops when nobody reads its output, with the status a shell gives a command ended by SIGPIPE', async () => {
    const child = spawn(process.execPath, [repoPath('bin', 'reportlint.js'), '.'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let first = '';
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const status = await new Promise<number | null>((resolve) => {
      child.stdout.once('data', (d) => {
        first = String(d);
        child.stdout.destroy(); // what head does after its lines
      });
      child.on('exit', (code) => resolve(code));
    });
    assert.match(first, /r000\.md:\d+:\d+/);
    assert.strictEqual(status, 141, stderr);
    assert.strictEqual(stderr, '', 'no error message for a reader that went away');
  });
});
