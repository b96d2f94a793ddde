// Peak memory of one full check, in a fresh child process.
import { execFileSync } from 'child_process';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { CHILD_ENV } from './process.mjs';
import { median } from './stats.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CHILD = path.join(HERE, 'peak-child.mjs');
const SCALING_CHILD = path.join(HERE, 'scaling-child.mjs');

export function peakOfFullCheck(file) {
  const out = execFileSync(process.execPath, [CHILD, file], { encoding: 'utf8', env: CHILD_ENV, maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop());
}

/**
 * Full checks of the 10 MB and the 1 MB report, each size in fresh child processes (so neither runs in a heap
 * the other has grown), sizes alternating over `rounds` so that the machine's load falls on both alike;
 * each child warms up for `warmUpMs` first.
 */
export function scalingInChildren(large, medium, runs, warmUpMs, rounds = 3) {
  const times = { large: [], medium: [] };
  const run = (file, n) => JSON.parse(execFileSync(process.execPath, [SCALING_CHILD, file, String(n), String(warmUpMs)], { encoding: 'utf8', env: CHILD_ENV }));
  for (let r = 0; r < rounds; r++) {
    times.medium.push(...run(medium, runs * 2));
    times.large.push(...run(large, runs));
  }
  return { large: median(times.large), medium: median(times.medium) };
}

/** The same high-water mark for a bare `node -e 0`, for scale. */
export function peakOfBareNode() {
  const out = execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.resourceUsage().maxRSS / 1024))'], { encoding: 'utf8', env: CHILD_ENV });
  return Number(out);
}
