// Peak memory of one full check, in a fresh child process.
import { execFileSync } from 'child_process';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { CHILD_ENV } from './process.mjs';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'peak-child.mjs');

export function peakOfFullCheck(file) {
  const out = execFileSync(process.execPath, [CHILD, file], { encoding: 'utf8', env: CHILD_ENV, maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop());
}

/** The same high-water mark for a bare `node -e 0`, for scale. */
export function peakOfBareNode() {
  const out = execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.resourceUsage().maxRSS / 1024))'], { encoding: 'utf8', env: CHILD_ENV });
  return Number(out);
}
