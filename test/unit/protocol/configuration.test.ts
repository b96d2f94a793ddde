import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FileChangeType } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { engineView, fixture, FOLDER, view } from './helpers';
import { TestClient } from './lsp-client';

/** Where `required: maybe` is in bad.reportlint-template.yaml: line 6, the value. */
const BAD_VALUE = { start: { line: 5, character: 14 }, end: { line: 5, character: 19 } };

describe('protocol: settings', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ folder: FOLDER });
  });
  after(async () => {
    assert.strictEqual(await client.shutdown(), 0);
  });

  it('asks again after didChangeConfiguration, requests a refresh, and applies the new settings', async () => {
    const { text } = fixture('zh-plain.md');
    const { uri, file } = fixture('settings-change.md');
    await client.open(uri, text);
    assert.ok((await client.pull(uri)).some((d) => d.code === 'numbering-sequence'));
    client.settings = { rules: { 'numbering-sequence': 'off', 'numbering-level': { severity: 'info' } } };
    const refreshed = client.next('refresh');
    await client.configurationChanged();
    await refreshed;
    const asked = client.next('configuration');
    const items = await client.pull(uri);
    await asked;
    assert.deepStrictEqual(items.map(view), engineView(text, file, client.settings));
    assert.ok(!items.some((d) => d.code === 'numbering-sequence'));
    assert.strictEqual(items.find((d) => d.code === 'numbering-level')!.severity, 3);
  });

  it('reports bad settings on the report and checks with the rest', async () => {
    client.settings = { rules: { 'no-such-rule': 'error' }, reportDate: '2026-13-01', run: 'sometimes' };
    const refreshed = client.next('refresh');
    await client.configurationChanged();
    await refreshed;
    const { text } = fixture('en-atx.md');
    const { uri, file } = fixture('bad-settings.md');
    await client.open(uri, text);
    const items = await client.pull(uri);
    const settings = items.filter((d) => d.code === 'settings');
    assert.deepStrictEqual(settings.map((d) => d.message), [
      'Setting reportlint.reportDate: "2026-13-01" is not a date in the form YYYY-MM-DD',
      'Setting reportlint.rules: unknown rule id "no-such-rule"',
      'Setting reportlint.run: must be "onType" or "onSave"',
    ]);
    assert.ok(settings.every((d) => d.range.start.line === 0 && d.range.end.line === 0));
    assert.deepStrictEqual(items.filter((d) => d.code !== 'settings').map(view), engineView(text, file));
  });
});

describe('protocol: template setting', () => {
  it('resolves a relative reportlint.template against the workspace folder', async () => {
    const client = await TestClient.start({ folder: FOLDER, settings: { template: 'bad.reportlint-template.yaml' } });
    try {
      const { uri } = fixture(path.join('nested', 'deeper', 'no-front-matter.md'));
      await client.open(uri, '季度工作情况\n\n一、工作进展\n完成任务。\n');
      const summary = (await client.pull(uri)).find((d) => d.code === 'configuration')!;
      assert.strictEqual(summary.relatedInformation![0].location.uri, fixture('bad.reportlint-template.yaml').uri);
      assert.strictEqual(summary.range.start.line, 0);
    } finally {
      assert.strictEqual(await client.shutdown(), 0);
    }
  });
});

describe('protocol: template and configuration files', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ folder: FOLDER });
  });
  after(async () => {
    assert.strictEqual(await client.shutdown(), 0);
  });

  const template = fixture('bad.reportlint-template.yaml');

  it('keeps checking a report whose template is broken and publishes the template problems on that file', async () => {
    const { uri, file, text } = fixture('uses-bad-template.md');
    const published = client.next<string>('publish', (u) => u === template.uri);
    await client.open(uri, text);
    const items = await client.pull(uri);
    assert.ok(items.some((d) => d.code === 'numbering-sequence'), 'other checks still run');
    assert.deepStrictEqual(items.filter((d) => d.code === 'numbering-sequence').map(view), engineView(text, file).filter((v) => v.code === 'numbering-sequence'));
    const summary = items.find((d) => d.code === 'configuration')!;
    assert.deepStrictEqual(summary.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 40 } }, 'on the front matter line naming the template');
    assert.strictEqual(summary.relatedInformation![0].location.uri, template.uri);
    assert.deepStrictEqual(summary.relatedInformation![0].location.range, BAD_VALUE);
    await published;
    assert.deepStrictEqual(client.published.get(template.uri)!.map((d) => ({ range: d.range, message: d.message })), [
      { range: BAD_VALUE, message: 'sections.0.required: must be boolean' },
    ]);
  });

  it('pulls the problems of an open template, and stops pushing them', async () => {
    const cleared = client.next<string>('publish', (u) => u === template.uri && client.published.get(u)!.length === 0);
    await client.open(template.uri, template.text, 'yaml');
    await cleared;
    const items = await client.pull(template.uri);
    assert.deepStrictEqual(items.map((d) => ({ code: d.code, range: d.range, severity: d.severity })), [{ code: 'configuration', range: BAD_VALUE, severity: 1 }]);
  });

  it('re-checks the reports when an open template they use is edited', async () => {
    const refreshed = client.next('refresh');
    await client.change(template.uri, 2, [{ range: BAD_VALUE, text: 'true' }]);
    await refreshed;
    assert.deepStrictEqual(await client.pull(template.uri), []);
    const items = await client.pull(fixture('uses-bad-template.md').uri);
    assert.ok(!items.some((d) => d.code === 'configuration'));
    assert.ok(items.some((d) => d.code === 'missing-section'), 'the edited template now applies');
  });

  it('checks an open .reportlint.yaml, and a report under it says its configuration is broken', async () => {
    const config = fixture(path.join('nested', '.reportlint.yaml'));
    await client.open(config.uri, 'template: zh-work-summary\nrules:\n  numbering-sequence: loud\n', 'yaml');
    const items = await client.pull(config.uri);
    const loud = { start: { line: 2, character: 22 }, end: { line: 2, character: 26 } };
    assert.ok(items.length >= 1);
    assert.deepStrictEqual(items.map((d) => d.range), items.map(() => loud));
    const report = fixture(path.join('nested', 'report.md'));
    await client.open(report.uri, fixture('zh-plain.md').text);
    const summary = (await client.pull(report.uri)).find((d) => d.code === 'configuration')!;
    assert.match(summary.message as string, /\.reportlint\.yaml has \d+ problem/);
  });

  it('checks a figures data file the front matter names, and reports it on that line', async () => {
    const figures = fixture('bad-figures.yaml');
    const value = { start: { line: 3, character: 11 }, end: { line: 3, character: 17 } };
    const { uri } = fixture('uses-bad-figures.md');
    const published = client.next<string>('publish', (u) => u === figures.uri);
    await client.open(uri, '---\nfigures: ./bad-figures.yaml\n---\n' + fixture('zh-plain.md').text);
    const summary = (await client.pull(uri)).find((d) => d.code === 'configuration')!;
    assert.deepStrictEqual(summary.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 27 } });
    await published;
    assert.deepStrictEqual(client.published.get(figures.uri)!.map((d) => d.range), [value]);
    await client.open(figures.uri, figures.text, 'yaml');
    assert.deepStrictEqual((await client.pull(figures.uri)).map((d) => [d.range, d.message]), [[value, 'figures.0.value: must be number']]);
  });

  it('ignores YAML files that are not reportlint files', async () => {
    const other = fixture('docker-compose.yaml');
    await client.open(other.uri, 'services:\n  web:\n    image: nginx\n', 'yaml');
    assert.deepStrictEqual(await client.pull(other.uri), []);
  });

  it('re-checks after a watched template changes on disk', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-protocol-'));
    try {
      const file = path.join(dir, 'team.reportlint-template.yaml');
      fs.writeFileSync(file, 'id: team\nlanguage: en\nsections:\n  - id: summary\n    title: Summary\n');
      client.settings = { template: file };
      let refreshed = client.next('refresh');
      await client.configurationChanged();
      await refreshed;
      const { uri } = fixture('watched.md');
      await client.open(uri, '# Team notes\n\n## Summary\n\nAll good.\n');
      assert.deepStrictEqual((await client.pull(uri)).filter((d) => d.code === 'missing-section'), []);
      fs.writeFileSync(file, 'id: team\nlanguage: en\nsections:\n  - id: summary\n    title: Summary\n  - id: risks\n    title: Risks\n');
      fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
      refreshed = client.next('refresh');
      await client.filesChanged([{ uri: URI.file(file).toString(), type: FileChangeType.Changed }]);
      await refreshed;
      const missing = (await client.pull(uri)).filter((d) => d.code === 'missing-section');
      assert.strictEqual(missing.length, 1);
      assert.match(missing[0].message as string, /Risks/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('protocol: watched files', () => {
  it('re-checks when an image a report shows appears, and not for files no check read', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-images-'));
    const client = await TestClient.start({ folder: dir });
    try {
      const uri = URI.file(path.join(dir, 'report.md')).toString();
      await client.open(uri, '# Weekly status report\n\n## Summary\n\nOn track.\n\n![Visits](chart.png)\n');
      assert.ok((await client.pull(uri)).some((d) => d.code === 'missing-image'));
      await client.filesChanged([{ uri: URI.file(path.join(dir, 'unrelated.yaml')).toString(), type: FileChangeType.Created }]);
      await client.pull(uri);
      assert.strictEqual(client.refreshes, 0, 'a file no check read changes nothing');
      const chart = path.join(dir, 'chart.png');
      fs.writeFileSync(chart, '');
      const refreshed = client.next('refresh');
      await client.filesChanged([{ uri: URI.file(chart).toString(), type: FileChangeType.Created }]);
      await refreshed;
      assert.ok(!(await client.pull(uri)).some((d) => d.code === 'missing-image'));
    } finally {
      assert.strictEqual(await client.shutdown(), 0);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('protocol: untrusted workspace', () => {
  it('uses no workspace template and reads no configuration file', async () => {
    const client = await TestClient.start({ folder: FOLDER, trusted: false });
    try {
      const { uri, text } = fixture('uses-bad-template.md');
      await client.open(uri, text);
      const items = await client.pull(uri);
      const refused = items.find((d) => d.code === 'front-matter')!;
      assert.match(refused.message as string, /trusted workspace/);
      assert.ok(!items.some((d) => d.code === 'configuration'));
      assert.ok(items.some((d) => d.code === 'numbering-sequence'));
      const template = fixture('bad.reportlint-template.yaml');
      await client.open(template.uri, template.text, 'yaml');
      assert.deepStrictEqual(await client.pull(template.uri), []);
    } finally {
      assert.strictEqual(await client.shutdown(), 0);
    }
  });
});
