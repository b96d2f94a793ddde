// In-process measurements on the same texts: our keystroke and full checks, the floor, markdownlint MD043.
import { lint } from 'markdownlint/sync';
import { MD043_HEADINGS } from '../generate/corpus.mjs';
import { Engine, SETTINGS, ReportDocument, fullCheck, keystroke, middleOf } from './engine.mjs';
import { figurePass, floorScan, markerPass, splitOnly } from './floor.mjs';
import { medianMs } from './stats.mjs';

const MD043 = { default: false, MD043: { headings: MD043_HEADINGS } };

export function md043(text) {
  return lint({ strings: { report: text }, config: MD043 }).report;
}

/** Editing in the middle of the report: apply the change, then compute fresh findings. */
export function measureKeystroke(engine, text, file, runs) {
  const doc = new ReportDocument(text);
  engine.check({ document: doc, path: file, settings: SETTINGS });
  const at = middleOf(doc);
  const ms = medianMs((i) => {
    doc.applyChanges([keystroke(i, at)]);
    engine.check({ document: doc, path: file, settings: SETTINGS });
  }, { runs });
  return { ms, at };
}

/** Everything measured on one text. */
export function measureText(text, file, runs, { withKeystroke = false, skipMd043 = false } = {}) {
  const engine = new Engine();
  const out = {};
  const result = fullCheck(engine, text, file);
  out.findings = result.findings.length;
  out.degraded = result.degraded;
  if (!skipMd043) out.md043Errors = md043(text).length;
  if (withKeystroke) out.keystroke = measureKeystroke(engine, text, file, runs.keystroke);
  out.full = medianMs(() => fullCheck(engine, text, file), { runs: runs.full });
  out.floor = medianMs(() => floorScan(text), { runs: runs.floor });
  const lines = splitOnly(text);
  out.split = medianMs(() => splitOnly(text), { runs: runs.floor });
  out.markers = medianMs(() => markerPass(lines), { runs: runs.floor });
  out.figures = medianMs(() => figurePass(lines), { runs: runs.floor });
  if (!skipMd043) out.md043 = medianMs(() => md043(text), { runs: runs.md043 });
  return out;
}
