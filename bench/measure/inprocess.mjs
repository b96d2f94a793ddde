// In-process measurements on the same texts: our keystroke and full checks, the floor, markdownlint MD043.
import { lint } from 'markdownlint/sync';
import { MD043_HEADINGS } from '../generate/corpus.mjs';
import { Engine, SETTINGS, ReportDocument, fullCheck, keystroke, middleOf } from './engine.mjs';
import { figurePass, floorScan, markerPass, splitOnly } from './floor.mjs';
import { nsPerRead } from './probe.mjs';
import { interleavedMedians } from './stats.mjs';

const MD043 = { default: false, MD043: { headings: MD043_HEADINGS } };

export function md043(text) {
  return lint({ strings: { report: text }, config: MD043 }).report;
}

/** Editing in the middle of the report: apply the change, then compute fresh findings (the server's path). */
function keystrokeTask(engine, text, file) {
  const doc = new ReportDocument(text);
  engine.check({ document: doc, path: file, settings: SETTINGS });
  const at = middleOf(doc);
  return (i) => {
    doc.applyChanges([keystroke(i, at)]);
    engine.check({ document: doc, path: file, settings: SETTINGS });
  };
}

/**
 * Everything measured on one text, interleaved after `warmUpMs` of warm-up each; `withKeystroke` adds the
 * editing measurement, `pasted` (the same report pasted as plain lines, `{ text, file }`) editing in that form,
 * `probe` (a `cacheProbe`) its read latency (ns) taken among the same turns.
 */
export function measureText(text, file, runs, { withKeystroke = false, pasted, probe, warmUpMs = 0 } = {}) {
  const engine = new Engine();
  const result = fullCheck(engine, text, file);
  const lines = splitOnly(text);
  const tasks = {
    full: { fn: () => fullCheck(engine, text, file), runs: runs.full },
    floor: { fn: () => floorScan(lines), runs: runs.floor },
    split: { fn: () => splitOnly(text), runs: runs.floor },
    markers: { fn: () => markerPass(lines), runs: runs.floor },
    figures: { fn: () => figurePass(lines), runs: runs.floor },
    md043: { fn: () => md043(text), runs: runs.md043 },
  };
  if (withKeystroke) tasks.keystroke = { fn: keystrokeTask(engine, text, file), runs: runs.keystroke };
  if (pasted) tasks.keystrokePasted = { fn: keystrokeTask(engine, pasted.text, pasted.file), runs: runs.keystroke };
  if (probe) tasks.probe = { fn: probe, runs: runs.floor };
  const medians = interleavedMedians(tasks, { warmUpMs });
  if (probe) medians.probe = nsPerRead(medians.probe);
  return { ...medians, findings: result.findings.length, degraded: result.degraded, md043Errors: md043(text).length };
}
