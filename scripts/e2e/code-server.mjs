// Starts code-server in its own process group (so its extension hosts and language servers stop with
// it) and stops the whole group; runs its CLI to install extensions.
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

/** A free port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The arguments every code-server run shares: its own user data and extensions folders. */
function profileArgs(profile) {
  return ['--user-data-dir', profile.userData, '--extensions-dir', profile.extensions];
}

/** Installs a .vsix into the profile's extensions folder with code-server's CLI. */
export function installExtension(bin, profile, vsix, env) {
  return execFileSync(bin, [...profileArgs(profile), '--install-extension', vsix, '--force'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Starts code-server on 127.0.0.1 without authentication and resolves once it listens. `locale` sets the
 * display language. Returns its URL and a `stop()` that kills its process group.
 */
export async function startCodeServer(bin, { profile, env, locale, logFile }) {
  const port = await freePort();
  const config = path.join(profile.dir, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  const args = [
    '--config', config, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, ...profileArgs(profile),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    ...(locale ? ['--locale', locale] : []),
  ];
  const child = spawn(bin, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = fs.createWriteStream(logFile);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  const listening = new Promise((resolve, reject) => {
    let seen = '';
    const watch = (chunk) => {
      log.write(chunk);
      seen = (seen + chunk.toString()).slice(-4000);
      if (/HTTP server listening on/.test(seen)) resolve();
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', watch);
    child.once('exit', (code) => reject(new Error(`code-server exited (${code}) before listening; see ${logFile}\n${seen}`)));
    child.once('error', reject);
  });
  try {
    await listening;
  } catch (e) {
    stop();
    throw e;
  }
  return { url: `http://127.0.0.1:${port}`, stop };
}
