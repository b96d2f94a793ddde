// Timing helpers: warm up, repeat, take the median. No forced GC: collections count as they would in use.
import { performance } from 'perf_hooks';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `fn(i)` `warmup` times unmeasured, then `runs` times; returns the median in ms. */
export function medianMs(fn, { runs, warmup = Math.max(2, Math.ceil(runs / 5)) }) {
  for (let i = 0; i < warmup; i++) fn(i);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(warmup + i);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** The same for an async function, sequentially. */
export async function medianMsAsync(fn, { runs, warmup = 1 }) {
  for (let i = 0; i < warmup; i++) await fn(i);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(warmup + i);
    times.push(performance.now() - t0);
  }
  return median(times);
}
