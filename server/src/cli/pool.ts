import * as os from 'os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'worker_threads';
import type { Settings } from '../engine/config/settings';
import type { CheckedFile } from './check-file';
import type { Format } from './format/types';
import { OutputSlots } from './output-slots';

/** Below this many files, starting workers costs more than it saves. */
const MIN_FILES = 16;
/** Workers at most: the CLI is meant to use two cores. */
const MAX_WORKERS = 2;
/** How often the main thread looks for outcomes (workers wake it only for the last one). */
const POLL_MS = 20;
/** A pool that delivers nothing for this long has failed. */
const STALL_MS = 120_000;
/**
 * How many files workers may check ahead of the one the main thread waits for. Outcomes are printed in file
 * order as they come in, so this bounds what waits in memory when one file takes long or the output is slow.
 */
const WINDOW = 16;
/**
 * Bytes of a file's output slot (see OutputSlots): a corpus report's SARIF takes about 50 KB; a larger output
 * goes as a string.
 */
const SLOT_BYTES = 128 * 1024;
/**
 * Heap limits of a checking thread. A small young generation and a bounded old one make V8 collect often,
 * which keeps a 2,000-report run under 150 MB (140–144 MB in each output format); files above LARGE_FILE
 * never go to a worker, so the limit holds whatever the reports are (a 1 MB report needs about 15 MB of
 * heap). The price is time: a check keeps about 1.5 MB alive, so most of a 4 MB young generation survives
 * each scavenge. With 16 MB the same run takes up to 10–15% less CPU but peaks near 175 MB; with 8 MB,
 * 150–152 MB (measured on the bench corpus).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 };
/** Files larger than this are checked on the main thread, with the default heap limits. */
export const LARGE_FILE = 1024 * 1024;

/** Files to check and how, as a worker receives them. */
export interface CheckJob {
  files: string[];
  settings: Settings;
  cwd: string;
  format: Format;
}

/** Slots of the shared `progress` array. */
export const Slot = {
  /** The next file to take. */
  Next: 0,
  /** Outcomes posted. */
  Posted: 1,
  /** Files the main thread is done with (their output written); workers stay within WINDOW files of it. */
  Taken: 2,
} as const;

/** What a worker gets: the job, the shared `progress` counters (see Slot), its port and the output slots' memory. */
export interface WorkerInput {
  job: CheckJob;
  progress: Int32Array;
  port: MessagePort;
  window: number;
  outputs: SharedArrayBuffer;
  slotBytes: number;
}

/**
 * A worker's message: one file's outcome, with `bytes` ≥ 0 when its report's output is in the file's slot
 * (that many bytes of UTF-8, the report's `output` then empty); or the error that stopped it.
 */
export type WorkerMessage = { index: number; checked: CheckedFile; bytes: number } | { fatal: string };

/** How many workers to use for `count` files (0: check them on this thread). */
export function poolSize(count: number): number {
  return count < MIN_FILES ? 0 : Math.min(MAX_WORKERS, os.availableParallelism());
}

/**
 * Checks the files on `size` worker threads running `script` (the CLI entry, which serves checks when it is
 * not the main thread); `next()` hands out the outcomes in file order, blocking until the next one is in.
 * Workers take the next file from a shared counter, so they stay busy whatever the file sizes, but no more
 * than WINDOW files ahead of the one last handed out.
 */
export class CheckPool {
  private readonly progress = new Int32Array(new SharedArrayBuffer(12));
  private readonly ports: MessagePort[] = [];
  private readonly workers: Worker[] = [];
  /** Outcomes received ahead of their turn. */
  private readonly early = new Map<number, { checked: CheckedFile; bytes: number }>();
  private readonly slots = new OutputSlots(WINDOW, SLOT_BYTES);
  private taken = 0;

  constructor(private readonly job: CheckJob, script: string, size: number) {
    for (let i = 0; i < size; i++) {
      const { port1, port2 } = new MessageChannel();
      const workerData: WorkerInput = { job, progress: this.progress, port: port2, window: WINDOW, outputs: this.slots.memory, slotBytes: SLOT_BYTES };
      this.workers.push(new Worker(script, { workerData, transferList: [port2], resourceLimits: WORKER_LIMITS }));
      this.ports.push(port1);
    }
  }

  /**
   * The outcome of the next file in order. Its report's output may be `bytes` in shared memory, valid until
   * the next call: asking for the next file says that this one's output is written, and frees its slot.
   */
  next(): CheckedFile {
    const index = this.taken;
    if (index >= this.job.files.length) throw new Error('reportlint: no more files to check');
    Atomics.store(this.progress, Slot.Taken, index);
    Atomics.notify(this.progress, Slot.Taken);
    let lastProgress = Date.now();
    for (;;) {
      const posted = Atomics.load(this.progress, Slot.Posted);
      if (this.receive()) lastProgress = Date.now();
      const outcome = this.early.get(index);
      if (outcome) {
        this.early.delete(index);
        this.taken++;
        const { checked, bytes } = outcome;
        if (bytes >= 0) checked.report!.bytes = this.slots.get(index, bytes);
        return checked;
      }
      if (Date.now() - lastProgress > STALL_MS) throw new Error('reportlint: the checking threads stopped answering');
      Atomics.wait(this.progress, Slot.Posted, posted, POLL_MS);
    }
  }

  /** Moves the messages waiting on the ports into `early`; true when there were any. */
  private receive(): boolean {
    let any = false;
    for (const port of this.ports) {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const message = m.message as WorkerMessage;
        if ('fatal' in message) throw new Error(`reportlint: a checking thread failed: ${message.fatal}`);
        this.early.set(message.index, { checked: message.checked, bytes: message.bytes });
        any = true;
      }
    }
    return any;
  }

  /** Lets the workers finish: those not done (after an error) take no more files and stop waiting. */
  close(): void {
    Atomics.store(this.progress, Slot.Next, this.job.files.length);
    Atomics.store(this.progress, Slot.Taken, this.job.files.length);
    Atomics.notify(this.progress, Slot.Taken);
    for (const port of this.ports) port.close();
    for (const worker of this.workers) worker.unref();
  }
}
