// What the bench generates and how often it repeats each measurement, from the environment:
//   BENCH_SIZES=tiny   small inputs and few repetitions (the end-to-end test uses it)
//   BENCH_QUICK=1      real sizes, fewer repetitions and a corpus of 400 files
//   BENCH_CORPUS=N     corpus size (default 2000)
//   BENCH_SERVER=FILE  language server to measure over the protocol (default dist/server.js)
import * as path from 'path';
import { fileURLToPath } from 'url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const KB = 1024;
const MB = 1024 * KB;

export function benchConfig(env = process.env) {
  const tiny = env.BENCH_SIZES === 'tiny';
  const quick = tiny || env.BENCH_QUICK === '1';
  const sizes = tiny ? { '25k': 3 * KB, '1mb': 24 * KB, '10mb': 240 * KB } : { '25k': 25 * KB, '1mb': MB, '10mb': 10 * MB };
  const files = Number(env.BENCH_CORPUS) || (tiny ? 12 : quick ? 400 : 2000);
  const corpus = tiny ? { files, minBytes: 2 * KB, maxBytes: 4 * KB } : { files, minBytes: 20 * KB, maxBytes: 30 * KB };
  const scale = tiny ? 0.1 : quick ? 0.4 : 1;
  const n = (count) => Math.max(3, Math.round(count * scale));
  return {
    profile: tiny ? 'tiny' : quick ? 'quick' : 'full',
    dataDir: path.join(ROOT, 'bench', '.data', tiny ? 'tiny' : 'full'),
    sizes,
    corpus,
    runs: {
      keystroke: n(300), full: n(25), large: n(4), md043: n(9), floor: n(40), small: n(200),
      cliCorpus: tiny ? 1 : quick ? 2 : 3, cliSingle: n(11), protocol: n(100),
    },
    /** Each in-process task runs this long (and at least five times) before it is measured: see `warmUp`. */
    warmUpMs: tiny ? 0 : quick ? 1000 : 2000,
    server: path.resolve(ROOT, env.BENCH_SERVER || 'dist/server.js'),
  };
}
