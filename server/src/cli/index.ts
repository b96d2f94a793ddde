import { isMainThread } from 'worker_threads';
import { run } from './main';
import { serveChecks } from './worker';

// The same file is the command line and, in worker threads it starts, a checker of files.
if (isMainThread) run(__filename);
else serveChecks();
