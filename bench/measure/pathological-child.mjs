// One input of bench/generate/pathological.mjs, checked in full in this process: a warm-up check of a
// sixteenth of it, then the fastest of three fresh checks. Prints one JSON line. Run by bench/pathological.mjs.
import { performance } from 'perf_hooks';
import { PATHOLOGICAL_INPUTS } from '../generate/pathological.mjs';
import { Engine, fullCheck } from './engine.mjs';

const [index, chars] = process.argv.slice(2).map(Number);
const [, make] = PATHOLOGICAL_INPUTS[index];
const engine = new Engine();
const file = '/reportlint-bench/pathological.md';
fullCheck(engine, make(chars / 16), file);
const text = make(chars);
let best = Infinity;
let findings = 0;
for (let k = 0; k < 3; k++) {
  const t0 = performance.now();
  findings = fullCheck(engine, text, file).findings.length;
  best = Math.min(best, performance.now() - t0);
}
process.stdout.write(JSON.stringify({ chars: text.length, ms: best, findings }) + '\n');
