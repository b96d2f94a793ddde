import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { repoPath } from '../../support/paths';
import { applyEdit, fixture, FOLDER } from './helpers';
import { TestClient } from './lsp-client';

const REPORT = [
  '---',
  'figures: figures.yaml',
  'date: 2026-11-20',
  '---',
  '# 区图书馆工作汇报',
  '',
  '全年举办读书分享会20场，接待读者8.6万人次。',
  '',
  '截止2026年10月31日，馆藏数字化工作全部完成。',
  '',
].join('\n');

describe('protocol: figures and dates', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ folder: FOLDER, locale: 'zh-cn' });
  });
  after(async () => {
    assert.strictEqual(await client.shutdown(), 0);
  });

  async function hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
  }

  it('shows the data file’s value, unit and as-of date when hovering a bound figure', async () => {
    const { uri } = fixture('hover-figures.md');
    await client.open(uri, REPORT);
    const line = REPORT.split('\n')[6];
    const differs = await hover(uri, 6, line.indexOf('20场') + 1);
    assert.ok(differs, 'a hover on 20场');
    const text = (differs.contents as MarkupContent).value;
    assert.match(text, /读书分享会/);
    assert.match(text, /24场/);
    assert.match(text, /2026-10-31/);
    assert.match(text, /报告写的是20场/);
    assert.deepStrictEqual(differs.range, { start: { line: 6, character: line.indexOf('20场') }, end: { line: 6, character: line.indexOf('20场') + 3 } });
    const agrees = await hover(uri, 6, line.indexOf('8.6万人次') + 1);
    assert.match((agrees!.contents as MarkupContent).value, /与报告一致/);
    assert.strictEqual(await hover(uri, 6, 1), null, 'no hover on plain text');
  });

  it('offers the stale-figure and date-wording fixes; applied, their diagnostics are gone', async () => {
    const { uri } = fixture('fix-figures.md');
    let text = REPORT;
    let version = 1;
    await client.open(uri, text);
    for (const code of ['stale-figure', 'date-wording']) {
      const diagnostic = (await client.pull(uri)).find((d) => d.code === code);
      assert.ok(diagnostic, `a ${code} diagnostic`);
      const [action] = await client.codeActions(uri, diagnostic.range, [diagnostic]);
      assert.ok(action?.edit, `a quick fix for ${code}`);
      text = applyEdit(text, uri, version, action.edit);
      await client.change(uri, ++version, [{ text }]);
      assert.deepStrictEqual((await client.pull(uri)).filter((d) => d.code === code), [], `${code} after its fix`);
    }
    assert.match(text, /举办读书分享会24场/);
    assert.match(text, /^截至2026年10月31日/m);
  });
});

/** A report bound to a GBK figures.csv, and what stale-figure says of it when the file is read as written. */
const GBK_REPORT = '---\nfigures: figures.csv\ndate: 2026-11-20\n---\n# 区档案馆工作汇报\n\n本季度专题学习16次，走访商户80家。\n';
const STALE_86 = '"走访企业" is given as 80家; the figures file gives 86家 as of 2026-10-31 (figures.csv).';

describe('protocol: a figures file saved by Excel on Chinese Windows (GBK)', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-protocol-gbk-'));
  fs.copyFileSync(repoPath('test', 'fixtures', 'stale-figure', 'figures-gb18030.csv'), path.join(root, 'figures.csv'));
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ folder: root });
  });
  after(async () => {
    assert.strictEqual(await client.shutdown(), 0);
  });

  it('is read as the text it is: its labels bind the report\'s figures, and nothing is said about the file', async () => {
    const uri = URI.file(path.join(root, 'report.md')).toString();
    await client.open(uri, GBK_REPORT);
    const items = await client.pull(uri);
    const stale = items.filter((d) => d.code === 'stale-figure').map((d) => d.message);
    assert.deepStrictEqual(stale, [STALE_86]);
    assert.deepStrictEqual(items.filter((d) => d.code === 'configuration' || d.code === 'front-matter').map((d) => d.message), []);
  });

  it('is read from disk while the editor shows it misread as UTF-8, and as the editor has it once edited', async () => {
    const csv = URI.file(path.join(root, 'figures.csv')).toString();
    const misread = fs.readFileSync(path.join(root, 'figures.csv')).toString('utf8');
    assert.ok(misread.includes('\uFFFD'));
    await client.open(csv, misread, 'csv');
    const uri = URI.file(path.join(root, 'open-csv.md')).toString();
    await client.open(uri, GBK_REPORT);
    const stale = async () => (await client.pull(uri)).filter((d) => d.code === 'stale-figure').map((d) => d.message);
    assert.deepStrictEqual(await stale(), [STALE_86]);
    await client.change(csv, 2, [{ text: misread.replace('86', '87') }]);
    assert.deepStrictEqual(await stale(), [], 'the edited text is what the editor has: its labels read as nothing');
  });
});
