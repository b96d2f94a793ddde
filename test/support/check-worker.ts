// Runs one engine check in a worker thread (see `checkWithin`), so a test can give up on a check that
// hangs: a synchronous hang in the test's own thread would stall mocha, whose timeouts never fire then.
import { parentPort, workerData } from 'worker_threads';
import { ReportDocument } from '../../server/src/engine/document';
import { memoComputations } from '../../server/src/engine/markdown/blocks';
import { testEngine } from './engine';
import { measure, watchLines, type CheckSummary } from './work';

const { text, path, settings, workspaceRoot } = workerData as { text: string; path: string; settings: never; workspaceRoot?: string };
const doc = new ReportDocument(text);
const lines = watchLines(doc);
const { result, work } = measure(() => testEngine().check({ document: doc, path, settings, workspaceRoot }), lines);
const summary: CheckSummary = {
  lineLengths: doc.text.lines.map((l) => l.length),
  blocks: doc.blocks.length,
  parsedLines: doc.work.parsedLines,
  bodyStart: doc.bodyStart,
  memoKeys: memoComputations.size,
  work,
  findings: result.findings.map((f) => ({ ruleId: f.ruleId, range: f.range })),
  problems: result.problems.map((p) => p.message),
};
parentPort!.postMessage(summary);
