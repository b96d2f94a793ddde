// A probe of the machine's memory caches, to read a run's figures by. On the bench machine the full check's
// time moves by up to two times from minute to minute while a loop of arithmetic keeps its time: what moves
// is how long a read from a few megabytes takes (the last-level cache is shared with other machines' work).
// See docs/performance.md, "Eighth pass".
import { random } from '../generate/random.mjs';
import { median } from './stats.mjs';
import { performance } from 'perf_hooks';

/** Bytes the probe reads over: more than a core's L2 cache, less than an L3 cache of its own would hold. */
export const PROBE_BYTES = 4 << 20;
/** Reads per call. */
const READS = 100_000;

/**
 * A function that follows a random cycle through `bytes` of memory for `READS` dependent reads (each read
 * gives the next index, so no two overlap and no prefetcher can guess them). Its time divided by `READS`
 * is the latency of one read from where those bytes live.
 */
export function cacheProbe(bytes = PROBE_BYTES) {
  const n = bytes >> 2;
  const next = new Int32Array(n);
  for (let i = 0; i < n; i++) next[i] = i;
  // Sattolo's shuffle: one cycle through every slot, the same each run.
  const r = random(4);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(r.next() * i);
    const t = next[i];
    next[i] = next[j];
    next[j] = t;
  }
  let at = 0;
  return () => {
    let j = at;
    for (let k = 0; k < READS; k++) j = next[j];
    at = j;
  };
}

/** Nanoseconds per read, from a call's milliseconds. */
export function nsPerRead(ms) {
  return (ms * 1e6) / READS;
}

/** The median latency of `calls` probe calls, in ns per read (a reading outside the measured series). */
export function probeNow(probe, calls = 9) {
  const times = [];
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    probe();
    times.push(performance.now() - t0);
  }
  return nsPerRead(median(times));
}
