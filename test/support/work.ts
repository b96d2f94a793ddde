import * as path from 'path';
import { Worker } from 'worker_threads';
import type { ReportDocument } from '../../server/src/engine/document';
import type { Settings } from '../../server/src/engine/config/settings';
import type { Range } from '../../server/src/engine/types';
import { memoComputations } from '../../server/src/engine/markdown/blocks';

/** Work a piece of code did, counted without a clock: block facts computed and document lines read. */
export interface Work {
  /** Memoised block facts computed (all keys). */
  memo: number;
  /** Reads of a line of the document (`doc.lines[i]`, slices and iteration included). */
  lineReads: number;
}

function totalMemo(): number {
  let n = 0;
  for (const count of memoComputations.values()) n += count;
  return n;
}

/**
 * Counts every read of the document's lines from now on, by putting a proxy in front of its line
 * array (the engine reads lines only through `doc.lines` / `doc.text.lines`).
 */
export function watchLines(doc: ReportDocument): { reads: number } {
  const counter = { reads: 0 };
  doc.text.lines = new Proxy(doc.text.lines, {
    get(target, key, receiver) {
      if (typeof key === 'string' && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) counter.reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return counter;
}

/** Runs `f` and returns what it did (lines read only when `lines` watches the document). */
export function measure<T>(f: () => T, lines?: { reads: number }): { result: T; work: Work } {
  const memoBefore = totalMemo();
  const readsBefore = lines?.reads ?? 0;
  const result = f();
  return { result, work: { memo: totalMemo() - memoBefore, lineReads: (lines?.reads ?? 0) - readsBefore } };
}

/** What a check in a worker reports back (see `checkWithin`). */
export interface CheckSummary {
  lineLengths: number[];
  blocks: number;
  parsedLines: number;
  /** The first line after the front matter (the block parser reads from there). */
  bodyStart: number;
  /** Kinds of block facts the worker computed. */
  memoKeys: number;
  work: Work;
  findings: Array<{ ruleId: string; range: Range }>;
  problems: string[];
}

/**
 * Parses and checks `text` in a worker thread, counting the work, and gives up after `ms`: a hang then
 * fails the test instead of stalling the whole run.
 */
export function checkWithin(ms: number, request: { text: string; path: string; settings: Settings; workspaceRoot?: string }): Promise<CheckSummary> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'check-worker.js'), { workerData: request });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`the check did not finish within ${ms / 1000} s`));
    }, ms);
    worker.once('message', (summary: CheckSummary) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(summary);
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}
