// The extensionTestsPath module: VS Code (through @vscode/test-electron, or the code-server harness)
// loads it in the extension host and awaits run(). It runs one suite folder with mocha.
import * as fs from 'fs';
import Mocha from 'mocha';
import * as path from 'path';

/** Suites by name: `dev` runs against the extension under development, `zh-cn` with a Chinese display language, `packaged` against the installed .vsix. */
const SUITES = ['dev', 'zh-cn', 'packaged'] as const;
const FOLDERS: Record<(typeof SUITES)[number], string> = { dev: 'suite', 'zh-cn': 'locale', packaged: 'packaged' };

/** The counts the harness reads back: from the file named by REPORTLINT_E2E_RESULTS, and the console. */
export interface SuiteResults {
  suite: string;
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; error: string }[];
}

export async function run(): Promise<void> {
  const suite = (process.env.REPORTLINT_E2E_SUITE ?? 'dev') as (typeof SUITES)[number];
  if (!SUITES.includes(suite)) throw new Error(`unknown suite ${suite}; one of ${SUITES.join(', ')}`);
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const dir = path.join(__dirname, FOLDERS[suite]);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(dir, file));
  const results: SuiteResults = { suite, passed: 0, failed: 0, pending: 0, failures: [] };
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', () => results.passed++);
    runner.on('pending', () => results.pending++);
    runner.on('fail', (test, err: Error) => {
      results.failed++;
      results.failures.push({ title: test.fullTitle(), error: String(err?.stack ?? err) });
    });
  });
  const out = process.env.REPORTLINT_E2E_RESULTS;
  if (out) fs.writeFileSync(out, JSON.stringify(results, null, 2));
  console.log(`[${suite}] ${results.passed} passed, ${results.failed} failed, ${results.pending} pending`);
  if (results.failed) throw new Error(`${results.failed} integration test(s) failed in suite ${suite}`);
}
