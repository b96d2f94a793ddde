import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { TestClient } from './lsp-client';

/** A workspace whose configuration, template and figures file would each change a report's diagnostics if read. */
function workspace(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-protocol-trust-'));
  const files: Record<string, string> = {
    '.reportlint.yaml': 'rules:\n  duplicate-word: off\ntemplate: ./team.reportlint-template.yaml\n',
    'team.reportlint-template.yaml': 'id: team\nlanguage: zh\nsections:\n  - id: only\n    title: 唯一章节\n',
    'figures.yaml': 'asOf: 2026-10-31\nfigures:\n  - {label: 专题学习, value: 16, unit: 次}\n',
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(root, name), text);
  return root;
}

const REPORT = '# 工作汇报\n\n全年开展专题学习19次。党员党员参加。\n';
const codes = (items: Diagnostic[]) => new Set(items.map((d) => String(d.code)));

for (const trusted of [false, true]) {
  describe(`protocol: ${trusted ? 'a trusted' : 'an untrusted'} workspace`, () => {
    const root = workspace();
    const uri = (name: string) => URI.file(path.join(root, name)).toString();
    let client: TestClient;
    before(async () => {
      client = await TestClient.start({ folder: root, trusted, settings: { figuresFile: 'figures.yaml' } });
    });
    after(async () => {
      assert.strictEqual(await client.shutdown(), 0);
    });

    it(trusted ? 'applies the workspace configuration, template and figures file' : 'applies no workspace configuration, template or figures file, and says so', async () => {
      await client.open(uri('report.md'), REPORT);
      const items = await client.pull(uri('report.md'));
      const mentionsTemplate = items.some((d) => (d.message as string).includes('唯一章节'));
      if (trusted) {
        assert.ok(!codes(items).has('duplicate-word'), '.reportlint.yaml turned it off');
        assert.ok(mentionsTemplate, 'the workspace template applies');
        assert.ok(codes(items).has('stale-figure'), 'the figures file was read');
        return;
      }
      assert.ok(codes(items).has('duplicate-word'), '.reportlint.yaml is not read');
      assert.ok(!mentionsTemplate, 'the workspace template is not applied');
      assert.ok(!codes(items).has('stale-figure'), 'the figures file is not read');
      assert.ok(!codes(items).has('configuration'));
      const refused = items.filter((d) => d.code === 'front-matter').map((d) => d.message);
      assert.deepStrictEqual(refused, [`figures file "${path.join(root, 'figures.yaml')}" is not read: data files are read only in a trusted workspace`]);
    });

    it('refuses a workspace template named in front matter only when untrusted', async () => {
      await client.open(uri('named.md'), '---\ntemplate: ./team.reportlint-template.yaml\n---\n' + REPORT);
      const items = await client.pull(uri('named.md'));
      const refusal = items.find((d) => /workspace templates are read only in a trusted workspace/.test(d.message as string));
      assert.strictEqual(Boolean(refusal), !trusted);
      assert.strictEqual(items.some((d) => (d.message as string).includes('唯一章节')), trusted);
    });

    it('applies a built-in template either way', async () => {
      await client.open(uri('builtin.md'), '---\ntemplate: zh-work-summary\n---\n# 工作总结\n\n党员党员。\n');
      const items = await client.pull(uri('builtin.md'));
      assert.ok(items.filter((d) => d.code === 'missing-section').length >= 3, JSON.stringify(items.map((d) => d.message)));
    });

    it(trusted ? 'checks open configuration files' : 'checks no open configuration file, and pushes nothing onto workspace files', async () => {
      await client.open(uri('.reportlint.yaml'), 'rules:\n  no-such-rule: error\n', 'yaml');
      await client.open(uri('team.reportlint-template.yaml'), 'id: team\nsections:\n  - id: s\n    required: maybe\n', 'yaml');
      const config = await client.pull(uri('.reportlint.yaml'));
      const template = await client.pull(uri('team.reportlint-template.yaml'));
      if (trusted) {
        assert.strictEqual(config.length, 1);
        assert.strictEqual(template.length, 1);
      } else {
        assert.deepStrictEqual([config, template], [[], []]);
        assert.deepStrictEqual([...client.published.keys()].filter((u) => u.startsWith(URI.file(root).toString())), []);
      }
    });

    it('refuses front matter paths that leave the workspace folder, with a diagnostic at each', async () => {
      const text = '---\ntemplate: ../../etc/team.yaml\nfigures: ../figures.csv\ncharts:\n  chart.png: ../../data.csv\n---\n' + REPORT;
      await client.open(uri('outside.md'), text);
      const refused = (await client.pull(uri('outside.md'))).filter((d) => /outside the workspace folder/.test(d.message as string));
      assert.deepStrictEqual(refused.map((d) => [d.range.start.line, d.message]), [
        [1, 'front matter template: "../../etc/team.yaml" is outside the workspace folder and is not read'],
        [2, 'front matter figures: "../figures.csv" is outside the workspace folder and is not read'],
        [4, 'front matter charts: "../../data.csv" is outside the workspace folder and is not read'],
      ]);
      assert.ok(refused.every((d) => d.code === 'front-matter' && d.severity === 1));
    });
  });
}
