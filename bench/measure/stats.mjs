// Timing helpers: warm up, repeat, take the median. No forced GC: collections count as they would in use.
import { performance } from 'perf_hooks';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Calls `fn(i)` until it has run at least `minCalls` times and for at least `ms` milliseconds; returns
 * the number of calls. A fresh function runs several times slower until V8 has optimised what it calls
 * (a full check of the 1 MB report: about 200, 120, 90, 65, 45 ms for its first calls, 25 ms from the
 * tenth on), so a median over a few runs taken without it measures the JIT, not the code.
 */
export function warmUp(fn, { ms, minCalls = 5 }) {
  const t0 = performance.now();
  let calls = 0;
  while (calls < minCalls || performance.now() - t0 < ms) fn(calls++);
  return calls;
}

/**
 * Median ms of each task `{ name: { fn, runs } }`, each warmed up first for `warmUpMs` (`warmUp`). The runs
 * are split into `rounds` blocks and the tasks take turns block by block, so that a change in the machine's
 * load (other processes) falls on all tasks alike and the ratios between them stay meaningful. Each block
 * starts with one unmeasured call, which pays for the garbage the previous task left (no GC is forced).
 */
export function interleavedMedians(tasks, { rounds = 3, warmUpMs = 0 } = {}) {
  const entries = Object.entries(tasks);
  const times = Object.fromEntries(entries.map(([name]) => [name, []]));
  // each task counts its own calls, warm-up included (the keystroke task alternates inserts and deletes by it)
  const calls = Object.fromEntries(entries.map(([name, task]) => [name, task.runs ? warmUp(task.fn, { ms: warmUpMs }) : 0]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, task] of entries) {
      const count = Math.floor(((round + 1) * task.runs) / rounds) - Math.floor((round * task.runs) / rounds);
      if (!count) continue;
      task.fn(calls[name]++);
      for (let k = 0; k < count; k++) {
        const t0 = performance.now();
        task.fn(calls[name]++);
        times[name].push(performance.now() - t0);
      }
    }
  }
  return Object.fromEntries(entries.map(([name]) => [name, median(times[name])]));
}
