import * as path from 'path';
import { pathToFileURL } from 'url';
import { RULES, ruleDocUrl } from '../../engine/rules/registry';
import type { Severity } from '../../engine/types';
import type { FileFindings } from './types';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };
/** How deep a result sits in the log: root > runs > run > results. */
const RESULT_INDENT = ' '.repeat(8);

let ruleIndex: Map<string, number> | undefined;

/**
 * The file's findings as SARIF results, laid out as they are inside the log (`JSON.stringify(log, null, 2)`),
 * joined by `,\n`; '' when there are none. Paths are relative to `root` (the working directory). Written from
 * a template rather than by `JSON.stringify(result, null, 2)` and re-indenting it: a run over 2,000 reports
 * has some 136,000 results, and a report's 68 took 0.7 ms to pretty-print against 0.2 ms from the template.
 * Only strings go through `JSON.stringify`; a test holds the layout to the pretty-printer's.
 */
export function sarifResults(result: FileFindings, root: string): string {
  ruleIndex ??= new Map(RULES.map((r, i) => [r.id, i]));
  const uri = JSON.stringify(relativeUri(root, result.file));
  const I = RESULT_INDENT;
  let text = '';
  for (const f of result.findings) {
    const { start, end } = f.range;
    text +=
      `${text ? ',\n' : ''}${I}{\n${I}  "ruleId": ${JSON.stringify(f.ruleId)},\n${I}  "ruleIndex": ${ruleIndex.get(f.ruleId) ?? -1},\n` +
      `${I}  "level": ${JSON.stringify(LEVEL[f.severity])},\n${I}  "message": {\n${I}    "text": ${JSON.stringify(f.message)}\n${I}  },\n` +
      `${I}  "locations": [\n${I}    {\n${I}      "physicalLocation": {\n${I}        "artifactLocation": {\n${I}          "uri": ${uri},\n` +
      `${I}          "uriBaseId": "SRCROOT"\n${I}        },\n${I}        "region": {\n${I}          "startLine": ${start.line + 1},\n` +
      `${I}          "startColumn": ${start.character + 1},\n${I}          "endLine": ${end.line + 1},\n${I}          "endColumn": ${end.character + 1}\n` +
      `${I}        }\n${I}      }\n${I}    }\n${I}  ]\n${I}}`;
  }
  return text;
}

/**
 * The SARIF 2.1.0 log around the results: `head` and `tail` enclose results joined by `,\n`, and `empty`
 * is the whole log when there are none.
 */
export function sarifLog(root: string, version: string): { head: string; tail: string; empty: string } {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'reportlint',
            version,
            informationUri: 'https://github.com/reportlint/reportlint',
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description.en },
              helpUri: ruleDocUrl(r.id),
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(root).href.replace(/\/?$/, '/') } },
        results: [] as unknown[],
      },
    ],
  };
  const empty = JSON.stringify(log, null, 2) + '\n';
  const mark = '\u0000results\u0000';
  log.runs[0].results = [mark];
  const text = JSON.stringify(log, null, 2) + '\n';
  const at = text.indexOf(JSON.stringify(mark));
  const lineStart = text.lastIndexOf('\n', at) + 1;
  if (text.slice(lineStart, at) !== RESULT_INDENT) throw new Error('SARIF results are not where they are expected');
  return { head: text.slice(0, lineStart), tail: text.slice(text.indexOf('\n', at)), empty };
}

function relativeUri(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).map(encodeURIComponent).join('/');
}
