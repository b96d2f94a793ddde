import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { ALIAS_BOMB, REPORT } from '../../support/bad-inputs';
import { TestClient } from './lsp-client';

const at = (line: number, character: number) => ({ line, character });

/** What a test compares of a configuration file's diagnostic. */
function seen(d: Diagnostic) {
  return { code: d.code, severity: d.severity, start: d.range.start, message: d.message };
}

describe('protocol: bad configuration files get precise diagnostics, and reports are still checked', () => {
  let client: TestClient;
  let root: string;
  const uri = (name: string) => URI.file(path.join(root, name)).toString();
  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-protocol-config-'));
    fs.writeFileSync(path.join(root, '.reportlint.yaml'), ALIAS_BOMB);
    client = await TestClient.start({ folder: root });
  });
  after(async () => {
    assert.strictEqual(await client.shutdown(), 0, 'the server lived through every bad file');
  });

  it('checks a report under a .reportlint.yaml that is an alias bomb, and pushes the problem onto that file', async () => {
    const config = uri('.reportlint.yaml');
    const pushed = client.next<string>('publish', (u) => u === config);
    await client.open(uri('report.md'), REPORT);
    const items = await client.pull(uri('report.md'));
    assert.ok(items.some((d) => d.code === 'duplicate-word') && items.some((d) => d.code === 'date-wording'), 'the rules still run');
    const summary = items.find((d) => d.code === 'configuration')!;
    assert.match(summary.message as string, /\.reportlint\.yaml has 1 problem/);
    await pushed;
    assert.deepStrictEqual(client.published.get(config)!.map(seen), [
      { code: 'configuration', severity: 1, start: at(1, 7), message: 'aliases expand to too much data, so the file is not read (Excessive alias count indicates a resource exhaustion attack)' },
    ]);
  });

  for (const [name, text, expected] of [
    ['.reportlint.yaml', 'rules:\n  no-such-rule: error\n  placeholder: {colour: red}\n', [
      { code: 'configuration', severity: 1, start: at(1, 16), message: 'rules: unknown rule id "no-such-rule"' },
      { code: 'configuration', severity: 1, start: at(2, 24), message: 'rules.placeholder: unknown option "colour"' },
    ]],
    ['dup.reportlint-template.yaml', 'id: t\nid: u\nsections: []\n', [
      { code: 'configuration', severity: 1, start: at(1, 0), message: 'Map keys must be unique' },
    ]],
    ['nul.reportlint-template.yaml', 'id: t\nsections:\n  - id: s\n    title: 总\u0000结\n', [
      { code: 'configuration', severity: 1, start: at(3, 12), message: 'not a text file: it holds binary data (a NUL byte); save it as UTF-8 text' },
    ]],
    ['huge.reportlint-template.yaml', 'id: t\nsections:\n' + '  - id: s\n'.repeat(30_000), [
      { code: 'configuration', severity: 1, start: at(0, 0), message: 'not read: 300,016 characters, more than the 250,000 reportlint reads in a configuration or data file' },
    ]],
    ['figures.yaml', 'asOf: 2026-10-31\nfigures:\n  - {label: 学习, value: 1, unit: 次, unit: 人}\n', [
      { code: 'configuration', severity: 1, start: at(2, 35), message: 'Map keys must be unique' },
    ]],
    ['self.reportlint-template.yaml', 'extends: ./self.reportlint-template.yaml\nid: e\n', [
      { code: 'configuration', severity: 1, start: at(0, 9), message: 'template inheritance is circular: self.reportlint-template.yaml → self.reportlint-template.yaml' },
    ]],
  ] as const) {
    it(`shows the problems of an open ${name} where they are`, async () => {
      await client.open(uri(name), text, 'yaml');
      assert.deepStrictEqual((await client.pull(uri(name))).map(seen), expected);
    });
  }

  it('shows bad settings on the report, and checks it with the rest', async () => {
    client.settings = { template: 5, reportDate: 'soon', rules: { placeholder: { patterns: ['(a+)+$'] }, 'numbering-level': 'loud' }, run: 7, figuresFile: [] };
    const refreshed = client.next('refresh');
    await client.configurationChanged();
    await refreshed;
    const items = await client.pull(uri('report.md'));
    assert.deepStrictEqual(items.filter((d) => d.code === 'settings').map((d) => d.message).sort(), [
      'Setting reportlint.figuresFile: must be a string',
      'Setting reportlint.reportDate: "soon" is not a date in the form YYYY-MM-DD',
      'Setting reportlint.rules.numbering-level: severity must be one of error, warning, info, off',
      'Setting reportlint.rules.placeholder.patterns: pattern may take exponential time (nested or overlapping repetition): (a+)+$',
      'Setting reportlint.run: must be "onType" or "onSave"',
      'Setting reportlint.template: must be a string',
    ]);
    assert.ok(items.some((d) => d.code === 'duplicate-word'));
  });
});
