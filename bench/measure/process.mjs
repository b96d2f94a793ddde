// Whole-process runs: wall time from spawn to exit and peak resident memory. Peak memory comes from GNU
// time's %M (Debian package `time`) when /usr/bin/time exists, else from polling VmHWM in /proc.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';

const GNU_TIME = '/usr/bin/time';

/**
 * The children's environment. NODE_EXTRA_CA_CERTS is left out: where it is set (as on the bench machine)
 * every node start parses a CA bundle, about 90 ms that neither tool needs, since neither uses the network.
 */
export const CHILD_ENV = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_EXTRA_CA_CERTS'));

export const PEAK_METHOD = fs.existsSync(GNU_TIME) ? '/usr/bin/time -f %M (max RSS)' : 'VmHWM polled from /proc/<pid>/status every 2 ms';

/** Runs `node args…` in `cwd` with output discarded; resolves to { ms, peakMb, code }. */
export function runNode(args, cwd) {
  const viaTime = fs.existsSync(GNU_TIME);
  const rssFile = path.join(os.tmpdir(), `reportlint-bench-${process.pid}-${Math.random().toString(36).slice(2)}.rss`);
  const [cmd, argv] = viaTime ? [GNU_TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...args]] : [process.execPath, args];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd, env: CHILD_ENV, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr.length < 4000 ? (stderr += d) : undefined));
    let polledKb = 0;
    const poll = viaTime ? undefined : setInterval(() => (polledKb = Math.max(polledKb, vmHwmKb(child.pid))), 2);
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (poll) clearInterval(poll);
      let kb = polledKb;
      if (viaTime) {
        kb = Number(fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop());
        fs.rmSync(rssFile, { force: true });
      }
      resolve({ ms, peakMb: kb / 1024, code, stderr });
    });
  });
}

function vmHwmKb(pid) {
  try {
    const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** For each command `{ name: args }`, the median of `runs` runs (by time) and the largest peak memory; runs alternate. */
export async function medianRuns(commands, cwd, runs, accept = (code) => code === 0 || code === 1) {
  const results = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, args] of Object.entries(commands)) {
      const r = await runNode(args, cwd);
      if (!accept(r.code)) throw new Error(`node ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
      results[name].push(r);
    }
  }
  return Object.fromEntries(Object.entries(results).map(([name, list]) => {
    const sorted = [...list].sort((a, b) => a.ms - b.ms);
    return [name, { ms: sorted[sorted.length >> 1].ms, peakMb: Math.max(...list.map((r) => r.peakMb)), runs }];
  }));
}
