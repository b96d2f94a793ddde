// Timing helpers: warm up, repeat, take the median. No forced GC: collections count as they would in use.
import { performance } from 'perf_hooks';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Median ms of each task `{ name: { fn, runs } }`. The runs are split into `rounds` blocks and the tasks
 * take turns block by block, so that a change in the machine's load (other processes) falls on all tasks
 * alike and the ratios between them stay meaningful. Each block starts with one unmeasured call, which
 * warms the task up again and pays for the garbage the previous task left (no GC is forced).
 */
export function interleavedMedians(tasks, rounds = 3) {
  const entries = Object.entries(tasks);
  const times = Object.fromEntries(entries.map(([name]) => [name, []]));
  const calls = Object.fromEntries(entries.map(([name]) => [name, 0])); // each task counts its own calls
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
