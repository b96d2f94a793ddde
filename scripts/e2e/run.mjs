#!/usr/bin/env node
// Runs the integration tests (test/e2e, built to out/test/e2e) in a real VS Code offline: code-server
// 4.100.3 (VS Code 1.100.3) from npm, driven by Debian's Chromium through playwright-core. Everything it
// installs or writes stays in .vscode-e2e/. The last line printed is "N passed, N failed", summed over
// the suites' mocha counts.
//
//   node scripts/e2e/run.mjs [--suite dev,zh-cn,packaged] [--vsix FILE] [--screenshot FILE.png]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { installExtension, startCodeServer } from './code-server.mjs';
import { registerLanguagePack, zhCnLanguagePack } from './language-pack.mjs';
import { prepareProfile } from './profile.mjs';
import { ensureCodeServer, ensureOsPackages } from './setup.mjs';
import { runTests, screenshot } from './workbench.mjs';

const REPO = path.resolve(import.meta.dirname, '..', '..');
const ROOT = path.resolve(process.env.REPORTLINT_E2E_ROOT || path.join(REPO, '.vscode-e2e'));
const TESTS = path.join(REPO, 'out', 'test', 'e2e', 'index.js');
const SUITE_TIMEOUT = Number(process.env.REPORTLINT_E2E_TIMEOUT_MS || 600_000);
const t0 = Date.now();
const log = (message, stream = 'log') => (stream === 'error' ? console.error : console.log)(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)}s] ${message}`);

const { values: opts } = parseArgs({
  options: {
    suite: { type: 'string', default: 'dev,zh-cn,packaged' },
    vsix: { type: 'string' },
    screenshot: { type: 'string' },
  },
});

/** Keeps code-server, its settings, caches and temporary files inside ROOT. */
function harnessEnv() {
  const dirs = { TMPDIR: 'tmp', XDG_CONFIG_HOME: 'xdg/config', XDG_DATA_HOME: 'xdg/data', XDG_CACHE_HOME: 'xdg/cache', HOME: 'home' };
  const env = { ...process.env };
  for (const [name, dir] of Object.entries(dirs)) {
    env[name] = path.join(ROOT, dir);
    fs.mkdirSync(env[name], { recursive: true });
  }
  return env;
}

/** Runs one suite in a fresh profile and code-server; returns its mocha counts. */
async function runSuite(bin, env, suite) {
  const profile = prepareProfile(ROOT, REPO, suite);
  let developmentPath = REPO;
  if (suite === 'packaged') {
    const vsix = path.resolve(opts.vsix || defaultVsix());
    log(`installing ${path.relative(REPO, vsix)} into ${path.relative(REPO, profile.extensions)}`);
    installExtension(bin, profile, vsix, env);
    developmentPath = profile.testHost; // tests need a development extension to run in; it is not reportlint
  }
  if (suite === 'zh-cn') {
    installExtension(bin, profile, await zhCnLanguagePack(ROOT), env);
    registerLanguagePack(profile);
  }
  const server = await startCodeServer(bin, {
    profile, locale: suite === 'zh-cn' ? 'zh-cn' : undefined, logFile: path.join(profile.dir, 'code-server.log'),
    env: { ...env, REPORTLINT_E2E_SUITE: suite, REPORTLINT_E2E_RESULTS: profile.results },
  });
  try {
    log(`[${suite}] code-server at ${server.url}, workspace ${path.relative(REPO, profile.workspace)}`);
    const code = await runTests({ url: server.url, folder: profile.workspace, developmentPath, testsPath: TESTS, timeoutMs: SUITE_TIMEOUT, log: (m) => log(`[${suite}] ${m}`) });
    log(`[${suite}] extension host exit code: ${code}`);
    return readResults(profile.results, suite, code);
  } finally {
    server.stop();
  }
}

/** The suite's counts as its run() wrote them; a suite that wrote nothing counts as one failure. */
function readResults(file, suite, code) {
  if (!fs.existsSync(file)) return { suite, passed: 0, failed: 1, pending: 0, failures: [{ title: `suite ${suite} did not finish (exit ${code})`, error: '' }] };
  const results = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (code !== 0 && results.failed === 0) results.failed = 1; // the host failed after the tests
  return results;
}

function defaultVsix() {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  return path.join(REPO, `${name}-${version}.vsix`);
}

async function takeScreenshot(bin, env, png) {
  const profile = prepareProfile(ROOT, REPO, 'screenshot');
  const server = await startCodeServer(bin, { profile, env, logFile: path.join(profile.dir, 'code-server.log') });
  try {
    await screenshot({
      url: server.url, folder: profile.workspace, developmentPath: REPO, file: path.join(profile.workspace, 'agency-report.md'),
      expect: { problem: '存在的不足', outline: '主要做法', status: 'Outline 2/3' }, png: path.resolve(png), log,
    });
    log(`screenshot: ${png}`);
  } finally {
    server.stop();
  }
}

async function main() {
  if (!fs.existsSync(TESTS)) throw new Error(`${path.relative(REPO, TESTS)} is missing: run npm run build first`);
  const env = harnessEnv();
  ensureOsPackages(log);
  const bin = ensureCodeServer(ROOT, { ...process.env, TMPDIR: env.TMPDIR }, log); // npm keeps its own cache
  const all = [];
  for (const suite of opts.suite.split(',').filter(Boolean)) all.push(await runSuite(bin, env, suite));
  if (opts.screenshot) await takeScreenshot(bin, env, opts.screenshot);
  for (const r of all) {
    log(`[${r.suite}] ${r.passed} passed, ${r.failed} failed, ${r.pending} pending`);
    for (const f of r.failures) log(`  ✗ ${f.title}\n${f.error}`, 'error');
  }
  const passed = all.reduce((n, r) => n + r.passed, 0);
  const failed = all.reduce((n, r) => n + r.failed, 0);
  log(`${all.reduce((n, r) => n + r.pending, 0)} pending, in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && all.length > 0 ? 0 : 1;
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
main().then((code) => process.exit(code), (e) => {
  log(e?.stack ?? String(e), 'error');
  console.log('0 passed, 1 failed');
  process.exit(1);
});
