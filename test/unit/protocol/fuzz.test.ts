import * as assert from 'assert';
import * as util from 'util';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind, TextDocumentEdit,
  type CodeAction, type Diagnostic, type Range, type TextDocumentContentChangeEvent, type TextEdit,
} from 'vscode-languageserver-protocol';
import { ReportDocument } from '../../../server/src/engine/document';
import { Engine } from '../../../server/src/engine/engine';
import { reportWithFrontMatter, runs } from '../../support/arbitraries';
import { applyEdit, fixture, FOLDER, view, type View } from './helpers';
import { TestClient } from './lsp-client';

// Random editing sessions against the real server: the client keeps its own copy of each document
// (TextDocument.update, as vscode-languageclient does) and after every change the server's pulled
// diagnostics must be exactly what a fresh engine check of that copy gives.

/** Text an edit inserts: line breaks of every kind, CJK, emoji, lone surrogates, markers, front matter. */
const INSERTS = [
  '', '', '', '新', '字', '。', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '一、', '（二）', '3.', '（4）', '①', '二是', '四是', '第一，',
  '## ', '# 标题\n', '\n## 二、存在的不足\n\n', '\n### （一）加强建设\n正文。\n', '（三）人才队伍建设稳步推进\r\n引进人才21名。\r\n',
  '截止2023年10月31日', '19次', '175人次', 'XX人次', '20xx', '**局', '党员党员', '&nbsp;', '##paidbegin##', '😀', '👨‍👩‍👧', '\uD800', '\uDC00',
  '\u200B', '\t', '    ', '```\n', '> ', '- ', '| a | b |\n|---|---|\n', '---\n', '---\ntemplate: zh-model-agency\n---\n',
  '---\ndate: 2026-13-45\n---\n', 'template: en-status-report\n', '`代码\n跨行`', '![图](missing.png)', 'Summary', '## Risks\n',
];

/** A column: any, or (as often) the start or the end of the line (-1), where line breaks meet. */
const column = fc.oneof({ weight: 2, arbitrary: fc.nat() }, { weight: 1, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constant(-1) });

/** Where an edit goes, as numbers to fold into the document as it is when the edit is made. */
const place = fc.record({
  line: fc.nat(), character: column, lines: fc.nat(3), endCharacter: column,
  // Now and then a position outside the document or a range given end first, which clients must not send.
  odd: fc.constantFrom('none', 'none', 'none', 'none', 'none', 'none', 'none', 'none', 'outside', 'reversed'),
});

type Place = typeof place extends fc.Arbitrary<infer T> ? T : never;

const change = fc.record({ at: place, text: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...INSERTS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }) });

/** What the user (or the editor on their behalf) does next. */
const action = fc.oneof(
  { weight: 8, arbitrary: fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => ({ kind: 'edit' as const, changes })) },
  { weight: 1, arbitrary: reportWithFrontMatter.map((text) => ({ kind: 'replace' as const, text })) },
  { weight: 2, arbitrary: fc.nat().map((pick) => ({ kind: 'fix' as const, pick })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'fix-all' as const }) },
);

const FIXTURES = ['zh-plain.md', 'zh-runin.md', 'en-atx.md'].map((name) => fixture(name).text);
const start = fc.oneof(
  reportWithFrontMatter,
  fc.constantFrom(...FIXTURES),
  fc.constantFrom(...FIXTURES).map((t) => t.replace(/\n/g, '\r\n')),
  fc.constantFrom(...FIXTURES).map((t) => t.replace(/\n/g, '\r')),
);

/** Each run is a whole editing session with a pull after every change: 40, or a tenth of FUZZ_RUNS when more. */
const SESSIONS = Math.max(40, Math.round(runs(0) / 10));
const SEED = Number(process.env.FUZZ_SEED) || (process.env.FUZZ_RUNS ? Date.now() : 20261120);

/** The range a generated place names in the document as it is now. */
function toRange(doc: TextDocument, p: Place): Range {
  const lines = doc.getText().split(/\r\n|\r|\n/);
  const line = p.line % lines.length;
  const endLine = Math.min(lines.length - 1, line + p.lines);
  const col = (c: number, text: string) => (c < 0 ? text.length : c % (text.length + 1));
  const range = {
    start: { line, character: col(p.character, lines[line]) },
    end: { line: endLine, character: col(p.endCharacter, lines[endLine]) },
  };
  if (endLine === line && range.end.character < range.start.character) range.end.character = range.start.character;
  if (p.odd === 'outside') range.end = { line: lines.length + (p.lines % 2), character: lines[endLine].length + 5 };
  if (p.odd === 'reversed') return { start: range.end, end: range.start };
  return range;
}

/** What the server should publish for a text: the engine's findings, then the report's own problems. */
function expected(text: string, file: string): View[] {
  const result = new Engine().check({ document: new ReportDocument(text), path: file, settings: { rules: {} }, workspaceRoot: FOLDER, trusted: true });
  const firstLine = text.split(/\r\n|\r|\n/)[0];
  const top: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } };
  const severity = { error: 1, warning: 2, info: 3 } as const;
  return [
    ...result.findings.map((f) => ({ code: f.ruleId, severity: severity[f.severity], range: f.range, message: f.message })),
    ...result.problems.filter((p) => p.file === file).map((p) => ({ code: 'front-matter', severity: severity[p.severity], range: p.range ?? top, message: p.message })),
  ];
}

/** A versioned workspace edit as the didChange an editor sends for it: edits last to first, so positions hold. */
function asChanges(edit: CodeAction['edit']): TextDocumentContentChangeEvent[] {
  const change = edit!.documentChanges![0] as TextDocumentEdit;
  const edits = change.edits.map((e, i) => ({ e: e as TextEdit, i }));
  edits.sort((a, b) => b.e.range.start.line - a.e.range.start.line || b.e.range.start.character - a.e.range.start.character || b.i - a.i);
  return edits.map(({ e }) => ({ range: e.range, text: e.newText }));
}

function copy(doc: TextDocument): TextDocument {
  return TextDocument.create(doc.uri, doc.languageId, doc.version, doc.getText());
}

function hasFix(d: Diagnostic): boolean {
  const data = d.data as { fixes?: unknown[]; check?: string } | undefined;
  return Boolean(data && ((data.fixes && data.fixes.length) || data.check));
}

describe('protocol fuzz: random editing sessions against the real server', function () {
  this.timeout(0); // bounded by the number of sessions; each request has its own 15 s limit in TestClient
  let client: TestClient;
  let pid: number;
  let session = 0;
  /** What the sessions did, so the last test can show the fuzz exercised what it claims to. */
  const done = { changes: 0, fixes: 0, staleRefused: 0, keptFixes: 0, outside: 0, crlf: 0 };
  before(async () => {
    client = await TestClient.start({ folder: FOLDER });
    pid = client.process.pid!;
  });

  it(`keeps every document in step with the client through ${SESSIONS} sessions (seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(start, fc.array(action, { minLength: 1, maxLength: 25, size: 'medium' }), async (text, actions) => {
        const { uri, file } = fixture(`fuzz-${session++}.md`);
        let doc = TextDocument.create(uri, 'markdown', 1, text);
        await client.open(uri, text);
        let diagnostics = await client.pull(uri);
        try {
          assert.deepStrictEqual(diagnostics.map(view), expected(doc.getText(), file), 'after open');
          for (const [step, next] of actions.entries()) {
            let changes: TextDocumentContentChangeEvent[];
            let stale: { diagnostics: Diagnostic[]; actions: CodeAction[] } | undefined;
            if (next.kind === 'edit') {
              changes = [];
              const preview = copy(doc); // TextDocument.update changes the document it is given
              for (const c of next.changes) {
                const edit = { range: toRange(preview, c.at), text: c.text };
                if (c.at.odd !== 'none') done.outside++;
                if (c.text.includes('\r')) done.crlf++;
                changes.push(edit);
                TextDocument.update(preview, [edit], preview.version);
              }
            } else if (next.kind === 'replace') {
              changes = [{ text: next.text }];
            } else {
              const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
              const fixable = diagnostics.filter(hasFix);
              const actions = next.kind === 'fix-all'
                ? await client.codeActions(uri, range, [], [CodeActionKind.SourceFixAll])
                : fixable.length ? await client.codeActions(uri, fixable[next.pick % fixable.length].range, [fixable[next.pick % fixable.length]]) : [];
              if (!actions.length) continue;
              done.fixes++;
              const versioned = actions[0].edit!.documentChanges![0] as TextDocumentEdit;
              assert.strictEqual(versioned.textDocument.version, doc.version, 'a fix is computed for the version it was asked for');
              changes = asChanges(actions[0].edit);
              const fixed = applyEdit(doc.getText(), uri, doc.version, actions[0].edit!);
              assert.strictEqual(TextDocument.update(copy(doc), changes, doc.version).getText(), fixed, 'edits applied last to first');
              stale = { diagnostics: fixable, actions };
            }
            if (!stale && diagnostics.some(hasFix)) {
              const target = diagnostics.find(hasFix)!;
              stale = { diagnostics: [target], actions: await client.codeActions(uri, target.range, [target]) };
            }
            doc = TextDocument.update(doc, changes, doc.version + 1);
            done.changes++;
            await client.change(uri, doc.version, changes);
            diagnostics = await client.pull(uri);
            assert.deepStrictEqual(diagnostics.map(view), expected(doc.getText(), file), `after step ${step}`);
            if (stale) {
              // Fixes computed before the change: the server offers none for them now — unless the check
              // of the new version gave the same diagnostics (the server then keeps its result id, so the
              // new pull holds the very same diagnostic), when they are offered for the new version. An editor holding an old action would refuse
              // it, as its version is no longer the document's.
              const target = stale.diagnostics[0];
              const kept = target !== undefined && diagnostics.some((d) => util.isDeepStrictEqual(d, target));
              const offered = target ? await client.codeActions(uri, target.range, [target]) : [];
              if (!kept) assert.deepStrictEqual(offered, [], 'no fix for a stale diagnostic');
              if (kept && offered.length) done.keptFixes++;
              for (const action of offered) {
                const versioned = action.edit!.documentChanges![0] as { textDocument: { version: number } };
                assert.strictEqual(versioned.textDocument.version, doc.version, 'a kept diagnostic is fixed at the current version');
              }
              for (const old of stale.actions) {
                assert.throws(() => applyEdit(doc.getText(), uri, doc.version, old.edit!), /refused/);
                done.staleRefused++;
              }
            }
            if (step % 5 === 4) {
              await client.symbols(uri);
              await client.folding(uri);
            }
          }
          const symbols = await client.symbols(uri);
          assert.ok(Array.isArray(symbols));
          assert.ok(Array.isArray(await client.folding(uri)));
        } finally {
          await client.close(uri);
        }
      }),
      { numRuns: SESSIONS, seed: SEED },
    );
  });

  it('exercised changes of every kind, quick fixes and stale fixes', () => {
    for (const [what, count] of Object.entries(done)) assert.ok(count > 0, `no ${what} in ${SESSIONS} sessions: ${JSON.stringify(done)}`);
    if (process.env.FUZZ_RUNS) console.log(`      ${JSON.stringify(done)}`);
  });

  it('is the same server process at the end, answering requests, with nothing logged as failed', async () => {
    assert.strictEqual(client.process.pid, pid);
    assert.strictEqual(client.process.exitCode, null);
    assert.doesNotThrow(() => process.kill(pid, 0), 'the server process is alive');
    const { uri, file } = fixture('after-fuzz.md');
    await client.open(uri, FIXTURES[0]);
    assert.deepStrictEqual((await client.pull(uri)).map(view), expected(FIXTURES[0], file));
    assert.deepStrictEqual(client.logs.filter((l) => /fail|uncaught|unhandled|error/i.test(l)), []);
    assert.strictEqual(await client.shutdown(), 0);
  });
});
