import * as v8 from 'v8';

/**
 * How much bytecode TurboFan may inline into one function it optimises, for the command line (V8's default
 * is 920). A CLI run is mostly warm-up: each checking thread is a fresh V8 isolate, and over the first few
 * hundred reports TurboFan's compiling is about 40 % of all instructions executed. With this budget a thread
 * executes 10 % fewer instructions over 600 reports and 8 % fewer over 1,200 (valgrind, one thread), and the
 * 2,000-report corpus ran in 3.60 s against 3.85 s (medians of eight alternating runs). See
 * docs/performance.md, "Sixth pass". The language server keeps V8's default: it warms up once a session,
 * and once warm, a full check of the 1 MB report executes 8 % more instructions with this budget (207 → 223 M).
 */
export const CLI_INLINING_BUDGET = 300;

const FLAG = '--max-inlined-bytecode-size-cumulative';

/** The V8 flags the CLI sets for itself: none when the user set this one (on the command line or in NODE_OPTIONS). */
export function cliV8Flags(execArgv: readonly string[], nodeOptions: string | undefined): string[] {
  const given = (arg: string) => {
    const spelled = arg.replace(/_/g, '-'); // V8 reads --a_b as --a-b
    return spelled === FLAG || spelled.startsWith(`${FLAG}=`);
  };
  if (execArgv.some(given) || (nodeOptions ?? '').split(/\s+/).some(given)) return [];
  return [`${FLAG}=${CLI_INLINING_BUDGET}`];
}

/**
 * Sets the CLI's V8 flags for the whole process (worker threads share them). Done first, before any function
 * is optimised; the flag is read at each compilation. Node keeps flags settable after start: it runs V8 with
 * --no-freeze-flags-after-init (`node --v8-options` lists it as the default).
 */
export function tuneV8ForCli(): void {
  for (const flag of cliV8Flags(process.execArgv, process.env.NODE_OPTIONS)) {
    try {
      v8.setFlagsFromString(flag);
    } catch {
      // V8's default stays: slower to warm up, same results.
    }
  }
}
