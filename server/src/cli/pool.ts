import * as os from 'os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'worker_threads';
import type { Settings } from '../engine/config/settings';
import type { FileOutcome } from './check-file';

/** Below this many files, starting workers costs more than it saves. */
const MIN_FILES = 16;
/** Workers at most: the CLI is meant to use two cores. */
const MAX_WORKERS = 2;
/** How often the main thread looks for outcomes (workers wake it only for the last one). */
const POLL_MS = 20;
/** A pool that delivers nothing for this long has failed. */
const STALL_MS = 120_000;
/**
 * Heap limits of a checking thread. A small young generation and a bounded old one make V8 collect often,
 * which keeps a 2,000-report run under 150 MB; files above LARGE_FILE never go to a worker, so the limit
 * holds whatever the reports are (a 1 MB report needs about 15 MB of heap).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 };
/** Files larger than this are checked on the main thread, with the default heap limits. */
export const LARGE_FILE = 1024 * 1024;

/** Files to check and how, as a worker receives them. */
export interface CheckJob {
  files: string[];
  settings: Settings;
  cwd: string;
}

/** What a worker gets: the job, `progress` ([next file to take, outcomes posted]) and its port. */
export interface WorkerInput {
  job: CheckJob;
  progress: Int32Array;
  port: MessagePort;
}

/** A worker's message: one file's outcome, or the error that stopped it. */
export type WorkerMessage = { index: number; outcome: FileOutcome } | { fatal: string };

/** How many workers to use for `count` files (0: check them on this thread). */
export function poolSize(count: number): number {
  return count < MIN_FILES ? 0 : Math.min(MAX_WORKERS, os.availableParallelism());
}

/**
 * Checks the files on `size` worker threads running `script` (the CLI entry, which serves checks when it is
 * not the main thread) and returns the outcomes in file order. Workers take the next file from a shared
 * counter, so they stay busy whatever the file sizes; this thread blocks until every outcome is in.
 */
export function checkInWorkers(job: CheckJob, script: string, size: number): FileOutcome[] {
  const progress = new Int32Array(new SharedArrayBuffer(8));
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  for (let i = 0; i < size; i++) {
    const { port1, port2 } = new MessageChannel();
    workers.push(new Worker(script, { workerData: { job, progress, port: port2 } satisfies WorkerInput, transferList: [port2], resourceLimits: WORKER_LIMITS }));
    ports.push(port1);
  }
  try {
    return collect(job.files.length, progress, ports);
  } finally {
    for (const port of ports) port.close();
    for (const worker of workers) worker.unref();
  }
}

function collect(count: number, progress: Int32Array, ports: MessagePort[]): FileOutcome[] {
  const outcomes: FileOutcome[] = new Array(count);
  let received = 0;
  let lastProgress = Date.now();
  while (received < count) {
    const posted = Atomics.load(progress, 1);
    for (const port of ports) {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const message = m.message as WorkerMessage;
        if ('fatal' in message) throw new Error(`reportlint: a checking thread failed: ${message.fatal}`);
        outcomes[message.index] = message.outcome;
        received++;
        lastProgress = Date.now();
      }
    }
    if (received >= count) break;
    if (Date.now() - lastProgress > STALL_MS) throw new Error('reportlint: the checking threads stopped answering');
    Atomics.wait(progress, 1, posted, POLL_MS);
  }
  return outcomes;
}
