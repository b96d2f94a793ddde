// Installs what the offline editor tests need, idempotently: Debian's chromium, libkrb5-dev and ripgrep
// (apt, as root), and code-server from npm into the harness folder. Nothing is downloaded but packages.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** code-server 4.100.3 is VS Code 1.100.3 and runs on Node 20; engines.vscode must stay ≤ 1.100. */
export const CODE_SERVER_VERSION = '4.100.3';
/** The @vscode/ripgrep version code-server 4.100.3 depends on, and the archive it downloads. */
const RIPGREP = { cacheDir: 'vscode-ripgrep-cache-1.15.11', archive: 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz' };
/** fonts-wqy-microhei: a CJK font, so Chinese text in screenshots is not drawn as boxes. */
const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'ripgrep', 'fonts-wqy-microhei'];

const sh = (script) => {
  try {
    return execFileSync('sh', ['-c', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};
const has = (command) => sh(`command -v ${command}`) !== '';

/** chromium (the browser), libkrb5-dev (code-server's kerberos module builds against it), ripgrep, a CJK font. */
export function ensureOsPackages(log) {
  if (has('chromium') && has('rg') && fs.existsSync('/usr/include/gssapi/gssapi.h') && sh('fc-list :lang=zh') !== '') return;
  if (process.getuid?.() !== 0) throw new Error(`install ${APT_PACKAGES.join(' ')} with apt-get (needs root)`);
  log(`apt-get install ${APT_PACKAGES.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...APT_PACKAGES], { stdio: 'inherit', env });
}

/** The code-server launcher inside `root`, installed from npm when missing. */
export function ensureCodeServer(root, env, log) {
  const bin = path.join(root, 'code-server', 'node_modules', '.bin', 'code-server');
  const installed = path.join(root, 'code-server', 'node_modules', 'code-server', 'package.json');
  if (fs.existsSync(bin) && JSON.parse(fs.readFileSync(installed, 'utf8')).version === CODE_SERVER_VERSION) return bin;
  // @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache has the archive: seed it with Debian's rg.
  const cache = path.join(env.TMPDIR, RIPGREP.cacheDir);
  const staging = path.join(cache, 'rg-binary');
  fs.mkdirSync(staging, { recursive: true });
  fs.copyFileSync(sh('command -v rg'), path.join(staging, 'rg'));
  execFileSync('tar', ['czf', path.join(cache, RIPGREP.archive), '-C', staging, 'rg']);
  log(`npm install code-server@${CODE_SERVER_VERSION} (a few minutes the first time)`);
  execFileSync('npm', ['install', '--prefix', path.join(root, 'code-server'), '--unsafe-perm', '--no-audit', '--no-fund', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`], {
    stdio: 'inherit',
    // node-pty's postinstall runs npx, which must not ask.
    env: { ...env, npm_config_yes: 'true' },
  });
  return bin;
}
