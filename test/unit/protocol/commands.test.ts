import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  ApplyWorkspaceEditRequest, ErrorCodes, ExecuteCommandRequest, ResponseError,
  type ApplyWorkspaceEditParams, type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { applyEdit, fixture, FOLDER } from './helpers';
import { TestClient } from './lsp-client';

/** The server's command ids (server/src/lsp/commands.ts): the protocol is what is tested here. */
const RENUMBER = 'reportlint.server.renumber';
const SKELETON = 'reportlint.server.insertSkeleton';
const SET_TEMPLATE = 'reportlint.server.setTemplate';

interface CommandResult {
  applied: boolean;
  edits: number;
  failureReason?: string;
  edit?: WorkspaceEdit;
}

const BROKEN = [
  '---', 'template: zh-work-summary', '---', '# 某局2026年工作总结', '', '## 一、主要工作及成效', '', '### （一）企业培育', '',
  '一是完善制度。二是强化培训。四是严格考核。', '', '### （三）平台建设', '', '建成平台3个。', '', '## 三、存在的问题', '', '投入偏低。', '',
  '## 五、下步工作打算', '', '第一，聚焦培育。第三，完善平台。', '',
].join('\n');

describe('protocol: commands', () => {
  let client: TestClient;
  /** What the test does with the next `workspace/applyEdit` (VS Code applies it when the version matches). */
  let onApply: (p: ApplyWorkspaceEditParams) => { applied: boolean; failureReason?: string };
  const applied: ApplyWorkspaceEditParams[] = [];

  before(async () => {
    client = await TestClient.start({ folder: FOLDER });
    client.connection.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
      applied.push(p);
      return onApply(p);
    });
  });
  beforeEach(() => {
    applied.length = 0;
    onApply = () => ({ applied: true });
  });
  after(async () => {
    assert.strictEqual(await client.shutdown(), 0);
  });

  function execute(command: string, args: object): Promise<CommandResult> {
    return client.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: [args] }) as Promise<CommandResult>;
  }

  /** Runs a command on an open report, applies the edit the server sends (as an editor would) and re-checks. */
  async function runAndApply(uri: string, text: string, command: string, args: object = {}) {
    const result = await execute(command, { uri, version: 1, ...args });
    assert.strictEqual(applied.length, 1, 'one workspace/applyEdit');
    assert.deepStrictEqual(result, { applied: true, edits: result.edits });
    const change = applied[0].edit.documentChanges![0] as { textDocument: { uri: string; version: number } };
    assert.deepStrictEqual(change.textDocument, { uri, version: 1 });
    const fixed = applyEdit(text, uri, 1, applied[0].edit);
    await client.change(uri, 2, [{ text: fixed }]);
    return { fixed, codes: (await client.pull(uri)).map((d) => String(d.code)), edit: applied[0].edit };
  }

  it('declares the commands', () => {
    assert.deepStrictEqual(client.initializeResult.capabilities.executeCommandProvider!.commands.sort(), [SKELETON, RENUMBER, SET_TEMPLATE].sort());
  });

  it('renumbers every sequence of a broken report in one versioned edit: no numbering findings remain', async () => {
    const { uri } = fixture('commands-renumber.md');
    await client.open(uri, BROKEN);
    const before = (await client.pull(uri)).map((d) => String(d.code));
    assert.ok(before.filter((c) => c === 'numbering-sequence').length >= 2 && before.includes('enumeration-sequence'), before.join());
    const { fixed, codes, edit } = await runAndApply(uri, BROKEN, RENUMBER);
    assert.strictEqual(edit.documentChanges!.length, 1, 'one edit: one undo step');
    assert.deepStrictEqual(codes.filter((c) => /^(numbering|enumeration)-/.test(c)), []);
    assert.ok(fixed.includes('### （二）平台建设') && fixed.includes('## 二、存在的问题') && fixed.includes('第二，完善平台'), fixed);
    const again = await execute(RENUMBER, { uri, version: 2 });
    assert.deepStrictEqual(again, { applied: true, edits: 0 });
    assert.strictEqual(applied.length, 1, 'nothing to apply the second time');
  });

  it('refuses a command for a version the report has moved past, and the editor refuses an old edit', async () => {
    const { uri } = fixture('commands-stale.md');
    await client.open(uri, BROKEN);
    const result = await execute(RENUMBER, { uri, version: 1 });
    const old = applied[0].edit;
    const edited = BROKEN.replace('投入偏低。', '研发投入偏低。');
    await client.change(uri, 2, [{ text: edited }]);
    assert.throws(() => applyEdit(edited, uri, 2, old), /refused/);
    assert.strictEqual(result.applied, true);
    const stale = await execute(RENUMBER, { uri, version: 1 });
    assert.strictEqual(stale.applied, false);
    assert.match(stale.failureReason!, /changed/);
    assert.strictEqual(applied.length, 1, 'no edit sent for the old version');
  });

  it('passes on the editor refusing the edit', async () => {
    const { uri } = fixture('commands-refused.md');
    await client.open(uri, BROKEN);
    onApply = () => ({ applied: false });
    const result = await execute(RENUMBER, { uri, version: 1 });
    assert.strictEqual(result.applied, false);
    assert.match(result.failureReason!, /did not apply/);
  });

  it('returns the edit to a client that cannot apply edits', async () => {
    const { uri } = fixture('commands-no-apply.md');
    await client.open(uri, BROKEN);
    onApply = () => {
      throw new ResponseError(ErrorCodes.MethodNotFound, 'no workspace/applyEdit here');
    };
    const result = await execute(RENUMBER, { uri, version: 1 });
    assert.strictEqual(result.applied, false);
    assert.ok(!applyEdit(BROKEN, uri, 1, result.edit!).includes('五、下步'));
  });

  it('inserts a template skeleton into an empty report: no missing sections, no numbering findings', async () => {
    const { uri } = fixture('commands-skeleton.md');
    await client.open(uri, '');
    const { fixed, codes } = await runAndApply(uri, '', SKELETON, { template: 'builtin:zh-model-agency', position: { line: 0, character: 0 } });
    assert.ok(fixed.startsWith('---\ntemplate: zh-model-agency\n---\n# 创建模范机关汇报\n\n## 一、主要做法\n'), fixed);
    assert.deepStrictEqual(codes.filter((c) => /^(missing-section|section-order|duplicate-section|empty-section|numbering-|no-template)/.test(c)), []);
    assert.ok(codes.includes('placeholder'), 'the parts still to write are flagged');
  });

  it('writes the chosen template into the front matter', async () => {
    const text = '# Weekly update\n\n## Summary\n\nGreen.\n';
    const { uri } = fixture('commands-choose.md');
    await client.open(uri, text);
    assert.ok((await client.pull(uri)).some((d) => d.code === 'no-template'));
    const { fixed, codes } = await runAndApply(uri, text, SET_TEMPLATE, { template: 'en-status-report' });
    assert.ok(fixed.startsWith('---\ntemplate: en-status-report\n---\n# Weekly update'));
    assert.ok(!codes.includes('no-template') && codes.includes('missing-section'), codes.join());
  });

  it('refuses templates it may not use, and malformed arguments', async () => {
    const { uri } = fixture('commands-bad.md');
    await client.open(uri, '# 汇报\n');
    const outside = await execute(SET_TEMPLATE, { uri, version: 1, template: path.join(os.tmpdir(), 'elsewhere.yaml') });
    assert.strictEqual(outside.applied, false);
    assert.match(outside.failureReason!, /cannot be used/);
    const broken = await execute(SET_TEMPLATE, { uri, version: 1, template: path.join(FOLDER, 'bad.reportlint-template.yaml') });
    assert.strictEqual(broken.applied, false);
    await assert.rejects(execute(SET_TEMPLATE, { uri, version: 1 }), (e: ResponseError<unknown>) => e.code === ErrorCodes.InvalidParams);
    await assert.rejects(execute(RENUMBER, { uri }), (e: ResponseError<unknown>) => e.code === ErrorCodes.InvalidParams);
    assert.strictEqual(applied.length, 0);
  });
});

describe('protocol: the templates a report can use', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-templates-'));
  const write = (name: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  };
  write('.reportlint.yaml', 'templates:\n  - files: "weekly/*.md"\n    template: ./shared/weekly.yaml\n');
  write('shared/weekly.yaml', 'id: weekly\nname: 周报\nsections:\n  - id: s\n    title: 本周工作\n');
  write('teams/a.reportlint-template.yaml', 'id: team-a\nname: Team A\nlanguage: en\nsections:\n  - id: s\n    title: Summary\n');
  write('broken.reportlint-template.yaml', 'id: broken\nsections: 3\n');
  write('node_modules/x/hidden.reportlint-template.yaml', 'id: hidden\nsections: []\n');
  const report = URI.file(path.join(root, 'weekly', 'w1.md')).toString();

  async function templates(trusted: boolean) {
    const client = await TestClient.start({ folder: root, trusted });
    await client.open(report, '# 周报\n\n## 本周工作\n\n完成。\n');
    await client.pull(report);
    const list = (await client.connection.sendRequest('reportlint/templates', { uri: report })) as Array<{ id: string; source: string; current?: boolean }>;
    assert.strictEqual(await client.shutdown(), 0);
    return list;
  }

  it('lists built-ins, the configuration\'s templates and *.reportlint-template.yaml files that load; marks the current one', async () => {
    const list = await templates(true);
    assert.deepStrictEqual(list.map((t) => t.id), ['zh-model-agency', 'zh-work-summary', 'en-status-report', 'weekly', 'team-a']);
    assert.deepStrictEqual(list.filter((t) => t.current).map((t) => t.id), ['weekly']);
    assert.strictEqual(list[3].source, path.join(root, 'shared', 'weekly.yaml'));
    assert.strictEqual(list[0].source, 'builtin:zh-model-agency');
  });

  it('lists only the built-ins in an untrusted workspace', async () => {
    assert.deepStrictEqual((await templates(false)).map((t) => t.id), ['zh-model-agency', 'zh-work-summary', 'en-status-report']);
  });
});
