// The compiled engine (out/), loaded the way the language server uses it.
import { createRequire } from 'module';
import * as path from 'path';
import { ROOT } from '../config.mjs';

const require = createRequire(import.meta.url);
const engineDir = path.join(ROOT, 'out', 'server', 'src', 'engine');
const { ReportDocument } = require(path.join(engineDir, 'document.js'));
const { Engine } = require(path.join(engineDir, 'engine.js'));

export { ReportDocument, Engine };

/** Settings as the server passes them after validation: none beyond the defaults. */
export const SETTINGS = { rules: {} };

/** A cold full check: a fresh document every time (the engine's template cache may be warm). */
export function fullCheck(engine, text, file) {
  const document = new ReportDocument(text);
  return engine.check({ document, path: file, settings: SETTINGS });
}

/** A place in the middle of the document to type at: a body line with some text. */
export function middleOf(doc) {
  for (let line = doc.lineCount >> 1; line < doc.lineCount; line++) {
    const text = doc.lines[line];
    if (text.length > 10 && !/^[#（(0-9一二三四五六七八九十]/.test(text)) return { line, character: 5 };
  }
  return { line: 0, character: 0 };
}

/** Alternately inserts and deletes one character at `at`, so the document does not grow. */
export function keystroke(i, at) {
  if (i % 2 === 0) return { range: { start: at, end: at }, text: '新' };
  return { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' };
}
