import * as assert from 'assert';
import * as path from 'path';
import { sarifLog, sarifResults } from '../../../server/src/cli/format/sarif';
import { RULES } from '../../../server/src/engine/rules/registry';
import type { Finding, Severity } from '../../../server/src/engine/types';

// sarifResults writes results from a template; the log is what `JSON.stringify(log, null, 2)` prints. These
// tests hold the template to the pretty-printer, byte for byte, on messages and paths that need escaping.

const ROOT = path.resolve('/work/reports');

function finding(ruleId: string, severity: Severity, message: string, line: number, character: number, endLine: number, endCharacter: number): Finding {
  return { ruleId, severity, message, range: { start: { line, character }, end: { line: endLine, character: endCharacter } } };
}

/** What the results were before the template: each result pretty-printed and indented to its place in the log. */
function prettyPrinted(file: string, findings: Finding[]): string {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const level: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };
  const uri = path.relative(ROOT, file).split(path.sep).map(encodeURIComponent).join('/');
  return findings
    .map((f) => {
      const result = {
        ruleId: f.ruleId,
        ruleIndex: index.get(f.ruleId) ?? -1,
        level: level[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: 'SRCROOT' },
              region: { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 },
            },
          },
        ],
      };
      return ' '.repeat(8) + JSON.stringify(result, null, 2).replace(/\n/g, '\n' + ' '.repeat(8));
    })
    .join(',\n');
}

describe('SARIF layout', () => {
  const findings = [
    finding('stale-date', 'warning', '截至日期“2023年10月31日”比报告日期 2026-11-28 早 1124 天（超过 90 天），请更新数据和日期。', 11, 3, 11, 17),
    finding('missing-section', 'error', 'Missing section "存在的不足"\n(after "主要做法")\twith a \\ backslash, \u0001 a control and \u2028 a separator', 0, 0, 0, 0),
    finding('placeholder', 'info', '', 4000, 120, 4001, 2),
    finding('not-a-rule', 'warning', 'a rule the log does not list', 1, 1, 1, 2),
  ];

  it('writes each result as JSON.stringify(result, null, 2) would, indented to its place in the log', () => {
    const file = path.join(ROOT, '汇报 材料', 'report #1 (draft).md');
    const text = sarifResults({ file, display: 'x', findings }, ROOT);
    assert.strictEqual(text, prettyPrinted(file, findings));
  });

  it('gives a log that parses to the results, in order, and nothing for a file without findings', () => {
    const file = path.join(ROOT, 'a.md');
    const { head, tail } = sarifLog(ROOT, '0.0.0');
    const log = JSON.parse(head + sarifResults({ file, display: 'a.md', findings }, ROOT) + tail);
    assert.deepStrictEqual(
      log.runs[0].results.map((r: { ruleId: string; message: { text: string } }) => [r.ruleId, r.message.text]),
      findings.map((f) => [f.ruleId, f.message]),
    );
    assert.strictEqual(log.runs[0].results[3].ruleIndex, -1);
    assert.strictEqual(sarifResults({ file, display: 'a.md', findings: [] }, ROOT), '');
  });
});
