import { workerData } from 'worker_threads';
import { Engine } from '../engine/engine';
import { checkAndReport, cliHost } from './check-file';
import { Slot, type WorkerInput, type WorkerMessage } from './pool';

/**
 * A checking thread: takes files from the shared counter until none is left, posting each file's formatted
 * report (a string and counts: cheap to copy to the main thread, unlike findings with their ranges and fixes).
 */
export function serveChecks(): void {
  const { job, progress, port, window } = workerData as WorkerInput;
  const post = (message: WorkerMessage) => {
    port.postMessage(message);
    const posted = Atomics.add(progress, Slot.Posted, 1) + 1;
    // Waking the main thread costs milliseconds here (a futex wake and a context switch): it polls instead,
    // and is woken only by the last outcome or an error.
    if (posted === job.files.length || 'fatal' in message) Atomics.notify(progress, Slot.Posted);
  };
  try {
    const engine = new Engine(cliHost());
    for (let i = Atomics.add(progress, Slot.Next, 1); i < job.files.length; i = Atomics.add(progress, Slot.Next, 1)) {
      // Wait while the main thread is WINDOW files behind (a slow file on its side, or a slow reader of the output).
      for (let taken = Atomics.load(progress, Slot.Taken); i >= taken + window; taken = Atomics.load(progress, Slot.Taken)) {
        Atomics.wait(progress, Slot.Taken, taken);
      }
      post({ index: i, checked: checkAndReport(engine, job.files[i], job) });
    }
  } catch (e) {
    post({ fatal: (e as Error).stack ?? String(e) });
  }
  port.close();
}
