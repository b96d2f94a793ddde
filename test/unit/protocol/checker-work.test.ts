import * as assert from 'assert';
import { ReportDocument } from '../../../server/src/engine/document';
import type { Fix } from '../../../server/src/engine/types';
import { quickFixes } from '../../../server/src/lsp/code-actions';
import { Checker } from '../../../server/src/lsp/checker';
import { reportDiagnostics } from '../../../server/src/lsp/convert';
import { testEngine } from '../../support/engine';

// Work counted, not timed: what the language server writes out after a keystroke in a report whose findings
// share one large fix, and the quick fixes it offers for all of them.

const URI = 'file:///tmp/reportlint-checker-work/report.md';
const N = 3000;

/** A report of N headings all numbered 一、: every one is out of sequence, and one renumbering fixes them all. */
function setUp() {
  const model = new ReportDocument('# 报告\n\n' + Array.from({ length: N }, (_, i) => `一、标题${i}\n\n正文内容${i}。\n`).join('\n'));
  const state = { version: 1 };
  const docs = { get: () => ({ version: state.version }), model: () => model, savedVersion: () => 0 };
  const settings = { generation: 0, get: async () => ({ run: 'onType', engine: { rules: {} }, root: undefined, problems: [] }) };
  const checker = new Checker(testEngine(), docs as never, settings as never, { locale: 'en', trusted: true, checked: () => undefined });
  return { model, state, checker };
}

const token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) };

/** The fix most findings share, and how many share it. */
function sharedFix(findings: ReadonlyArray<{ fixes?: readonly Fix[] }>): { fix: Fix; count: number } {
  const counts = new Map<Fix, number>();
  for (const f of findings) for (const fix of f.fixes ?? []) counts.set(fix, (counts.get(fix) ?? 0) + 1);
  const [fix, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return { fix, count };
}

describe('language server: work after a keystroke, with findings sharing one fix', () => {
  it('keeps the result of an edit that changes no diagnostic, writing the shared fix out once, not once per finding', async () => {
    const { model, state, checker } = setUp();
    const first = (await checker.current(URI, token))!;
    const shared = sharedFix(first.result.findings);
    assert.ok(shared.count >= N - 1 && shared.fix.edits.length >= N - 1, `${shared.count} findings share a fix of ${shared.fix.edits.length} edits`);
    const fixLength = JSON.stringify(shared.fix).length;
    // A character typed in the last heading's title: the outline is built again, so every finding is a new
    // object, equal to the one before.
    const last = model.lines.lastIndexOf(`一、标题${N - 1}`);
    model.applyChanges([{ range: { start: { line: last, character: 3 }, end: { line: last, character: 3 } }, text: 'x' }]);
    state.version++;
    const stringify = JSON.stringify;
    let written = 0;
    JSON.stringify = ((...args: Parameters<typeof stringify>) => {
      const out = stringify(...args);
      written += out?.length ?? 0;
      return out;
    }) as typeof stringify;
    let second;
    try {
      second = (await checker.current(URI, token))!;
    } finally {
      JSON.stringify = stringify;
    }
    assert.strictEqual(second.resultId, first.resultId, 'the same diagnostics: the client is answered "unchanged"');
    assert.notStrictEqual(second.result.findings[0], first.result.findings[0], 'the findings were made again (else nothing was compared)');
    // Both fixes (before and after the edit) once each, and a little per finding; written per finding, it was N × both.
    assert.ok(written <= 2 * fixLength + 100 * N, `${written} characters written out for ${N} findings sharing a fix of ${fixLength}`);
  });

  it('offers a shared fix as one quick fix naming all its diagnostics, not a copy of its edits per diagnostic', async () => {
    const { checker } = setUp();
    const checked = (await checker.current(URI, token))!;
    const diagnostics = reportDiagnostics(checked.result, [], { path: '/tmp/reportlint-checker-work/report.md', version: checked.version, resultId: checked.resultId, firstLine: '# 报告', locale: 'en' });
    const actions = quickFixes(URI, checked.version, diagnostics, (id) => checker.byResultId(URI, id));
    const shared = sharedFix(checked.result.findings);
    const renumber = actions.filter((a) => a.title === shared.fix.title);
    assert.strictEqual(renumber.length, 1, `${renumber.length} actions titled "${shared.fix.title}"`);
    assert.strictEqual(renumber[0].diagnostics!.length, shared.count);
  });
});
