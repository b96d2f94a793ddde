import { isMainThread } from 'worker_threads';
import { tuneV8ForCli } from './jit';
import { run } from './main';
import { serveChecks } from './worker';

// The same file is the command line and, in worker threads it starts, a checker of files.
if (isMainThread) {
  tuneV8ForCli(); // before any checking: worker threads share the process's flags
  run(__filename);
} else serveChecks();
