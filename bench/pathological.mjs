// `npm run bench:pathological`: checks each input of bench/generate/pathological.mjs (one construct repeated:
// unclosed markup, runs of blanks, brackets, digits, headings, definitions…) at two sizes, each in a child
// process given up on after a time limit, and prints how the time grew. A check linear in its input takes
// about 4 × as long for 4 × the characters; a ratio well above that, a time-out or a crash is a bug to look at
// (docs/robustness.md, "Pathological lines"). Prints figures only; the tests hold the fixed cases
// (test/unit/engine/complexity.test.ts).
//   PATHOLOGICAL_SIZE=N     characters of the smaller input (default 256000; the larger is 4 × N)
//   PATHOLOGICAL_LIMIT_S=S  seconds before a child is given up on (default 60)
//   PATHOLOGICAL_ONLY=text  only the inputs whose name contains `text`
import { spawnSync } from 'child_process';
import * as path from 'path';
import { ROOT } from './config.mjs';
import { PATHOLOGICAL_INPUTS } from './generate/pathological.mjs';
import { CHILD_ENV } from './measure/process.mjs';

const SMALL = Number(process.env.PATHOLOGICAL_SIZE) || 256_000;
const LIMIT_S = Number(process.env.PATHOLOGICAL_LIMIT_S) || 60;
const ONLY = process.env.PATHOLOGICAL_ONLY ?? '';
/** 4 × the characters in more than this × the time: flagged. Small inputs run partly cold, so linear ones stay well under. */
const FLAG_RATIO = 8;
const child = path.join(ROOT, 'bench', 'measure', 'pathological-child.mjs');

function run(index, chars) {
  const r = spawnSync(process.execPath, [child, String(index), String(chars)], { env: CHILD_ENV, encoding: 'utf8', timeout: LIMIT_S * 1000, maxBuffer: 1 << 20 });
  if (r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGTERM') return { error: `over ${LIMIT_S} s` };
  if (r.status !== 0) return { error: `exit ${r.status ?? r.signal}: ${r.stderr.trim().split('\n').find((l) => /Error/.test(l)) ?? r.stderr.trim().slice(0, 80)}` };
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

const rows = [];
const flagged = [];
process.stderr.write(`pathological inputs: ${SMALL} and ${4 * SMALL} characters, ${LIMIT_S} s each at most\n`);
for (const [index, [name]] of PATHOLOGICAL_INPUTS.entries()) {
  if (ONLY && !name.includes(ONLY)) continue;
  const small = run(index, SMALL);
  const large = small.error ? { error: 'not run' } : run(index, 4 * SMALL);
  const ratio = small.error || large.error ? undefined : large.ms / Math.max(small.ms, 0.1);
  const verdict = small.error || large.error ? small.error ?? large.error : ratio > FLAG_RATIO ? 'SUPER-LINEAR?' : 'linear';
  if (verdict !== 'linear') flagged.push(name);
  rows.push([name, small.ms?.toFixed(1) ?? '–', large.ms?.toFixed(1) ?? '–', large.findings ?? '–', ratio?.toFixed(1) ?? '–', verdict]);
  process.stderr.write(`  ${name}: ${verdict}\n`);
}

const header = ['input', `ms, ${SMALL} ch`, `ms, ${4 * SMALL} ch`, 'findings', 'ratio', 'verdict'];
const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => String(r[k]).length)));
const format = (r) => r.map((c, k) => (k === 0 || k === 5 ? String(c).padEnd(widths[k]) : String(c).padStart(widths[k]))).join('  ');
console.log(format(header));
for (const r of rows) console.log(format(r));
console.log(JSON.stringify({ inputs: rows.length, flagged, small_chars: SMALL, large_chars: 4 * SMALL, limit_s: LIMIT_S, node: process.version }));
