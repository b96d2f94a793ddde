import * as assert from 'assert';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-protocol';
import { fixture, FOLDER } from './helpers';
import { TestClient } from './lsp-client';

const KIND_NAMES = new Map(Object.entries(SymbolKind).map(([name, value]) => [value as number, name]));

/** A symbol tree as `name [detail] kind` lines indented by depth. */
function tree(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name}${s.detail ? ` [${s.detail}]` : ''} ${KIND_NAMES.get(s.kind)}`, ...tree(s.children ?? [], depth + 1)]);
}

describe('protocol: document symbols and folding', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ folder: FOLDER });
  });
  after(async () => {
    assert.strictEqual(await client.shutdown(), 0);
  });

  async function open(name: string) {
    const f = fixture(name);
    await client.open(f.uri, f.text);
    return f;
  }

  it('gives numbered plain lines as a tree under the title', async () => {
    const { uri } = await open('zh-plain.md');
    const symbols = await client.symbols(uri);
    assert.deepStrictEqual(tree(symbols), [
      '某区科技局2026年上半年工作总结 File',
      '  主要工作及成效 [一、] Namespace',
      '    企业创新主体持续壮大 [（一）] Class',
      '    科技成果转化提速 [(二)] Class',
      '  存在的问题 [二、] Namespace',
      '  下步工作打算 [四、] Namespace',
    ]);
    const first = symbols[0].children![0];
    assert.deepStrictEqual(first.selectionRange, { start: { line: 4, character: 2 }, end: { line: 4, character: 9 } });
    assert.deepStrictEqual(first.range, { start: { line: 4, character: 0 }, end: { line: 8, character: 26 } });
  });

  it('names run-in headings by their heading sentence', async () => {
    const { uri } = await open('zh-runin.md');
    assert.deepStrictEqual(tree(await client.symbols(uri)), [
      '关于创建模范机关工作情况的汇报 File',
      '  主要做法 [一、] Namespace',
      '    夯实理论根基，推动学习走深走实 [1.] Class',
      '    完善制度机制，推动管理规范有序 [2.] Class',
      '    锤炼过硬作风，推动服务提质增效 [3.] Class',
      '  存在的不足 [二、] Namespace',
    ]);
  });

  it('gives Markdown headings without markers, nested by level', async () => {
    const { uri } = await open('en-atx.md');
    const symbols = await client.symbols(uri);
    assert.deepStrictEqual(tree(symbols), [
      'Platform Team Status Report File',
      '  Summary Namespace',
      '  Progress Namespace',
      '    Data pipeline Class',
      '    Web client Class',
      '  Next Steps Namespace',
    ]);
    const progress = symbols[0].children![1];
    assert.deepStrictEqual(progress.selectionRange, { start: { line: 6, character: 3 }, end: { line: 6, character: 11 } });
    assert.strictEqual(progress.range.end.line, 14);
  });

  it('folds each section of more than one line, up to its last line', async () => {
    assert.deepStrictEqual(await client.folding(fixture('zh-plain.md').uri), [
      { startLine: 4, endLine: 8 }, { startLine: 5, endLine: 6 }, { startLine: 7, endLine: 8 }, { startLine: 9, endLine: 10 }, { startLine: 11, endLine: 12 },
    ]);
    // Run-in sections are one line each: only the sections holding them fold.
    assert.deepStrictEqual(await client.folding(fixture('zh-runin.md').uri), [{ startLine: 4, endLine: 10 }, { startLine: 12, endLine: 14 }]);
    assert.deepStrictEqual(await client.folding(fixture('en-atx.md').uri), [
      { startLine: 2, endLine: 4 }, { startLine: 6, endLine: 14 }, { startLine: 8, endLine: 10 }, { startLine: 12, endLine: 14 }, { startLine: 16, endLine: 18 },
    ]);
  });
});
