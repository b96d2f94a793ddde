// Child process: full checks of one report (fresh document each time) after warm-up; prints the times in ms.
import * as fs from 'fs';
import { performance } from 'perf_hooks';
import { Engine, fullCheck } from './engine.mjs';
import { warmUp } from './stats.mjs';

const [file, runs, warmUpMs] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4] ?? 0)];
const text = fs.readFileSync(file, 'utf8');
const engine = new Engine();
warmUp(() => fullCheck(engine, text, file), { ms: warmUpMs, minCalls: 2 });
const times = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  fullCheck(engine, text, file);
  times.push(performance.now() - t0);
}
process.stdout.write(JSON.stringify(times) + '\n');
