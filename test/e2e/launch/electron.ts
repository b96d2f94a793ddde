// The same integration suites through @vscode/test-electron, for machines that can download VS Code
// (or that have one: set REPORTLINT_VSCODE_EXECUTABLE to its executable). Offline machines use the
// code-server harness instead (npm run test:e2e).
//
//   node out/test/e2e/launch/electron.js [dev,zh-cn,packaged]
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SuiteResults } from '../index';

const REPO = path.resolve(__dirname, '..', '..', '..', '..');
/** The oldest VS Code that engines.vscode (^1.100.0) allows. */
const VSCODE_VERSION = '1.100.3';
/** Microsoft's Chinese (Simplified) language pack, from the marketplace. */
const ZH_CN_PACK = 'MS-CEINTL.vscode-language-pack-zh-hans';

async function runSuite(executable: string, suite: string): Promise<SuiteResults> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `reportlint-e2e-${suite}-`));
  const workspace = path.join(dir, 'workspace');
  const profile = ['--user-data-dir', path.join(dir, 'user-data'), '--extensions-dir', path.join(dir, 'extensions')];
  fs.cpSync(path.join(REPO, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
  let extensionDevelopmentPath = REPO;
  const install = (what: string) => {
    const [cli, ...args] = resolveCliArgsFromVSCodeExecutablePath(executable);
    const done = spawnSync(cli, [...args, ...profile, '--install-extension', what], { encoding: 'utf8', stdio: 'inherit' });
    if (done.status !== 0) throw new Error(`could not install ${what}`);
  };
  if (suite === 'packaged') {
    const { name, version } = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    install(path.join(REPO, `${name}-${version}.vsix`));
    // VS Code runs extension tests only in a development host: name a stub extension as the one under development.
    extensionDevelopmentPath = path.join(dir, 'test-host');
    fs.mkdirSync(extensionDevelopmentPath);
    fs.writeFileSync(path.join(extensionDevelopmentPath, 'package.json'), JSON.stringify({ name: 'reportlint-e2e-host', publisher: 'reportlint-tests', version: '0.0.0', engines: { vscode: '^1.100.0' } }));
  }
  if (suite === 'zh-cn') install(ZH_CN_PACK);
  const results = path.join(dir, 'results.json');
  try {
    await runTests({
      vscodeExecutablePath: executable, extensionDevelopmentPath, extensionTestsPath: path.join(REPO, 'out', 'test', 'e2e', 'index.js'),
      launchArgs: [workspace, ...profile, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', ...(suite === 'zh-cn' ? ['--locale', 'zh-cn'] : [])],
      extensionTestsEnv: { REPORTLINT_E2E_SUITE: suite, REPORTLINT_E2E_RESULTS: results },
    });
  } catch (e) {
    if (!fs.existsSync(results)) throw e;
  }
  return JSON.parse(fs.readFileSync(results, 'utf8')) as SuiteResults;
}

async function main(): Promise<number> {
  const executable = process.env.REPORTLINT_VSCODE_EXECUTABLE || (await downloadAndUnzipVSCode(VSCODE_VERSION));
  const all: SuiteResults[] = [];
  for (const suite of (process.argv[2] ?? 'dev,zh-cn,packaged').split(',')) all.push(await runSuite(executable, suite));
  for (const r of all) console.log(`[${r.suite}] ${r.passed} passed, ${r.failed} failed, ${r.pending} pending`);
  const failed = all.reduce((n, r) => n + r.failed, 0);
  console.log(`${all.reduce((n, r) => n + r.passed, 0)} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code), (e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
