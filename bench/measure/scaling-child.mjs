// Child process: full checks of one report (fresh document each time) after warm-up; prints the times in ms.
import * as fs from 'fs';
import { performance } from 'perf_hooks';
import { Engine, fullCheck } from './engine.mjs';

const [file, runs] = [process.argv[2], Number(process.argv[3])];
const text = fs.readFileSync(file, 'utf8');
const engine = new Engine();
for (let i = 0; i < 2; i++) fullCheck(engine, text, file);
const times = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  fullCheck(engine, text, file);
  times.push(performance.now() - t0);
}
process.stdout.write(JSON.stringify(times) + '\n');
