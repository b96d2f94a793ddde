import { workerData } from 'worker_threads';
import { Engine } from '../engine/engine';
import { checkAndReport, cliHost } from './check-file';
import { OutputSlots } from './output-slots';
import { Slot, type WorkerInput, type WorkerMessage } from './pool';

/**
 * A checking thread: takes files from the shared counter until none is left, posting each file's counts and
 * problems, with its formatted output in the file's slot of shared memory (see OutputSlots), or as a string
 * when it does not fit: not the findings, with their ranges and fixes.
 */
export function serveChecks(): void {
  const { job, progress, port, window, outputs, slotBytes } = workerData as WorkerInput;
  const slots = new OutputSlots(window, slotBytes, outputs);
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
      const checked = checkAndReport(engine, job.files[i], job);
      const report = checked.report;
      const bytes = report?.output ? slots.put(i, report.output) : -1;
      if (bytes >= 0) report!.output = '';
      post({ index: i, checked, bytes });
    }
  } catch (e) {
    post({ fatal: (e as Error).stack ?? String(e) });
  }
  port.close();
}
