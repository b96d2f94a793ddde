import * as assert from 'assert';
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

  for (const format of ['text', 'json', 'sarif']) {
    it(`prints the same ${format} output, in file order, from worker threads as from one thread`, () => {
      const one = run(['-f', format, '.'], dir);
      const pooled = run(['-f', format, '.'], dir, entry);
      assert.ok(fs.readdirSync(dir).length >= 16, 'enough files for the pool');
      assert.deepStrictEqual(pooled, one);
      assert.strictEqual(one.code, 2); // the binary file
    });
  }
});
