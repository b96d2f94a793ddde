import { workerData } from 'worker_threads';
import { Engine } from '../engine/engine';
import { checkFile, cliHost, type FileOutcome } from './check-file';
import type { WorkerInput, WorkerMessage } from './pool';

/** Only what the output formats print crosses to the main thread: fixes and rule data stay behind. */
function slim(outcome: FileOutcome): FileOutcome {
  if ('problem' in outcome) return outcome;
  const findings = outcome.result.findings.map(({ ruleId, severity, message, range }) => ({ ruleId, severity, message, range }));
  return { ...outcome, result: { ...outcome.result, findings } };
}

/** A checking thread: takes files from the shared counter until none is left, posting each outcome. */
export function serveChecks(): void {
  const { job, progress, port } = workerData as WorkerInput;
  const post = (message: WorkerMessage) => {
    port.postMessage(message);
    const posted = Atomics.add(progress, 1, 1) + 1;
    // Waking the main thread costs milliseconds here (a futex wake and a context switch): it polls instead,
    // and is woken only by the last outcome or an error.
    if (posted === job.files.length || 'fatal' in message) Atomics.notify(progress, 1);
  };
  try {
    const engine = new Engine(cliHost());
    for (let i = Atomics.add(progress, 0, 1); i < job.files.length; i = Atomics.add(progress, 0, 1)) {
      post({ index: i, outcome: slim(checkFile(engine, job.files[i], job.settings, job.cwd)) });
    }
  } catch (e) {
    post({ fatal: (e as Error).stack ?? String(e) });
  }
  port.close();
}
