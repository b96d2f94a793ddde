import type { FileFindings } from './types';

/**
 * The file's findings as elements of the JSON array the json format prints (a JsonFinding each, as
 * `JSON.stringify(findings, null, 2)` lays them out), joined by `,\n`; '' when there are none.
 */
export function jsonFindings(result: FileFindings): string {
  const file = JSON.stringify(result.display);
  let text = '';
  for (const f of result.findings) {
    const { start, end } = f.range;
    text +=
      `${text ? ',\n' : ''}  {\n    "file": ${file},\n    "line": ${start.line + 1},\n    "column": ${start.character + 1},\n` +
      `    "endLine": ${end.line + 1},\n    "endColumn": ${end.character + 1},\n    "ruleId": ${JSON.stringify(f.ruleId)},\n` +
      `    "severity": ${JSON.stringify(f.severity)},\n    "message": ${JSON.stringify(f.message)}\n  }`;
  }
  return text;
}

/** What the json format prints around the elements. */
export const JSON_ARRAY = { head: '[\n', tail: '\n]\n', empty: '[]\n' };
