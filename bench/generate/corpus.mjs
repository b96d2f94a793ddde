// Writes the bench inputs: one report per size and a corpus of varied ~25 KB reports.
import * as fs from 'fs';
import * as path from 'path';
import { random } from './random.mjs';
import { makeReport } from './report.mjs';

/** MD043's required headings for these reports: a title, then 一、主要做法 · 二、存在的不足 · 三、下步工作思路. */
export const MD043_HEADINGS = ['?', '## 一、主要做法', '*', '## 二、存在的不足', '*', '## 三、下步工作思路', '*'];

/**
 * The report as a writer pastes it from a word processor: the same front matter and lines, without blank lines and
 * without Markdown's marks (`#` before headings, which are then numbered plain lines; `- ` before list items; the
 * blank after `1.`; a table's pipes, its cells separated by tabs), so that CommonMark reads the whole body as one paragraph.
 */
export function pastedForm(text) {
  const close = text.startsWith('---\n') ? text.indexOf('\n---\n', 4) + 5 : 0;
  const body = text.slice(close).split('\n').filter((line) => line.trim() !== '' && !TABLE_DELIMITER_ROW.test(line)).map(withoutMarks);
  return text.slice(0, close) + body.join('\n') + '\n';
}

const TABLE_DELIMITER_ROW = /^\|[-:| ]+\|$/;

function withoutMarks(line) {
  if (line.startsWith('|')) return line.slice(1, line.endsWith('|') ? -1 : undefined).split('|').map((cell) => cell.trim()).join('\t');
  return line.replace(/^#{1,6}[ \t]+/, '').replace(/^[-*+][ \t]+/, '').replace(/^(\d+[.)])[ \t]+/, '$1');
}

/** Generates everything under `dir` (emptied first) and returns the paths. */
export function writeInputs(dir, { sizes, corpus }) {
  fs.rmSync(dir, { recursive: true, force: true });
  const corpusDir = path.join(dir, 'corpus');
  fs.mkdirSync(corpusDir, { recursive: true });
  const reports = {};
  for (const [name, bytes] of Object.entries(sizes)) {
    reports[name] = path.join(dir, `report-${name}.md`);
    fs.writeFileSync(reports[name], makeReport({ bytes, seed: 1 }));
  }
  reports['1mb-pasted'] = path.join(dir, 'report-1mb-pasted.md');
  fs.writeFileSync(reports['1mb-pasted'], pastedForm(fs.readFileSync(reports['1mb'], 'utf8')));
  const r = random(2026);
  let corpusBytes = 0;
  const files = [];
  for (let i = 1; i <= corpus.files; i++) {
    const text = makeReport({
      bytes: r.int(corpus.minBytes, corpus.maxBytes),
      seed: 1000 + i,
      missing: r.chance(0.08) ? 'shortcomings' : r.chance(0.08) ? 'folded' : 'none',
      plainShare: r.pick([0, 0.2, 0.4, 0.7]),
      eol: r.chance(0.05) ? '\r\n' : '\n',
    });
    const file = path.join(corpusDir, `report-${String(i).padStart(4, '0')}.md`);
    fs.writeFileSync(file, text);
    corpusBytes += Buffer.byteLength(text);
    files.push(file);
  }
  const config = { config: { default: false, MD043: { headings: MD043_HEADINGS } } };
  fs.writeFileSync(path.join(corpusDir, '.markdownlint-cli2.jsonc'), JSON.stringify(config, null, 2) + '\n');
  return { reports, corpusDir, corpusFiles: files, corpusBytes };
}
