import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ReportDocument } from '../../../server/src/engine/document';
import { Engine } from '../../../server/src/engine/engine';
import { nodeFileSystem, type FileSystem } from '../../../server/src/engine/host';
import { isInside } from '../../../server/src/engine/inside-workspace';
import { repoPath } from '../../support/paths';

/** A workspace whose configuration, template and data file would each change the findings if read. */
function workspace(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-trust-'));
  const files: Record<string, string> = {
    '.reportlint.yaml': 'rules:\n  duplicate-word: off\ntemplate: ./team.reportlint-template.yaml\nfigures: ./figures.yaml\n',
    'team.reportlint-template.yaml': 'id: team\nlanguage: zh\nsections:\n  - id: only\n    title: 唯一章节\n',
    'figures.yaml': 'asOf: 2026-10-31\nfigures:\n  - {label: 专题学习, value: 16, unit: 次}\n',
    'figures.csv': 'label,value,unit\n专题学习,16,次\n',
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(root, name), text);
  return root;
}

/** The real file system, recording every file read and every file whose date was asked. */
function spy(): FileSystem & { reads: string[]; dates: string[] } {
  const reads: string[] = [];
  const dates: string[] = [];
  return {
    reads, dates,
    readFile: (file) => (reads.push(file), nodeFileSystem.readFile(file)),
    mtime: (file) => (dates.push(file), nodeFileSystem.mtime(file)),
  };
}

const BODY = '# 工作汇报\n\n全年开展专题学习19次。党员党员参加。\n\n![图](chart.png)\n';

describe('trust: an untrusted workspace reads no workspace file', () => {
  const root = workspace();
  const check = (frontMatter: string, trusted: boolean, settings: Record<string, string> = {}) => {
    const fsSpy = spy();
    const file = path.join(root, 'report.md');
    const document = new ReportDocument((frontMatter ? `---\n${frontMatter}\n---\n` : '') + BODY);
    const result = new Engine({ fs: fsSpy, today: () => '2026-11-20' }).check({ document, path: file, workspaceRoot: root, trusted, settings: { rules: {}, ...settings } });
    return { result, fsSpy, rules: new Set(result.findings.map((f) => f.ruleId)) };
  };

  for (const [name, frontMatter, settings] of [
    ['the configuration, its template and its figures file', '', {}],
    ['a template and a figures file named in front matter', 'template: ./team.reportlint-template.yaml\nfigures: ./figures.csv', {}],
    ['a template and a figures file named in settings', '', { template: path.join(root, 'team.reportlint-template.yaml'), figures: path.join(root, 'figures.yaml') }],
  ] as const) {
    it(`does not read ${name}, says so, and runs the other checks`, () => {
      const { result, fsSpy, rules } = check(frontMatter, false, settings);
      assert.deepStrictEqual(fsSpy.reads.filter((f) => isInside(f, root)), [], 'workspace files read');
      assert.deepStrictEqual(fsSpy.dates.filter((f) => isInside(f, root) && !f.endsWith('chart.png')), [], 'workspace files looked at, other than the image the report shows');
      assert.ok(rules.has('duplicate-word'), '.reportlint.yaml turns it off, but is not read');
      assert.ok(!rules.has('stale-figure'), 'the figures file is not read');
      assert.ok(!result.findings.some((f) => f.message.includes('唯一章节')), 'the workspace template is not applied');
      assert.ok(rules.has('missing-image'), 'checks that read no configuration still run');
      assert.deepStrictEqual(result.dependencies.filter((f) => isInside(f, root) && !f.endsWith('chart.png')), []);
      if (frontMatter || settings.template) assert.ok(result.problems.some((p) => /workspace templates are read only in a trusted workspace/.test(p.message)));
      if (frontMatter || settings.figures) assert.ok(result.problems.some((p) => /data files are read only in a trusted workspace/.test(p.message)));
    });
  }

  it('still applies a built-in template, read from reportlint itself', () => {
    const { result, fsSpy } = check('template: zh-work-summary', false);
    assert.strictEqual(result.template?.id, 'zh-work-summary');
    assert.ok(result.findings.some((f) => f.ruleId === 'missing-section'));
    assert.ok(fsSpy.reads.every((f) => isInside(f, repoPath())), fsSpy.reads.join('\n'));
  });

  it('reads all of them when trusted (the untrusted case is not vacuous)', () => {
    const { result, rules } = check('', true);
    assert.ok(!rules.has('duplicate-word'));
    assert.ok(rules.has('stale-figure'));
    assert.ok(result.findings.some((f) => f.message.includes('唯一章节')));
  });
});

describe('trust: front matter paths that leave the workspace folder', () => {
  const root = workspace();
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-outside-'));
  fs.writeFileSync(path.join(outside, 't.yaml'), 'id: outside\nsections:\n  - id: s\n    title: 外部章节\n');
  fs.writeFileSync(path.join(outside, 'f.yaml'), 'figures:\n  - {label: 专题学习, value: 16, unit: 次}\n');
  const rel = (name: string) => path.relative(root, path.join(outside, name));

  it('are refused with an error at each, and nothing outside is read or looked at', () => {
    const fsSpy = spy();
    const text = `---\ntemplate: ${rel('t.yaml')}\nfigures: ${rel('f.yaml')}\ncharts:\n  chart.png: ${rel('data.csv')}\n  ${rel('img.png')}: figures.yaml\n---\n${BODY}`;
    const result = new Engine({ fs: fsSpy, today: () => '2026-11-20' }).check({ document: new ReportDocument(text), path: path.join(root, 'report.md'), workspaceRoot: root, trusted: true });
    const refused = result.problems.filter((p) => /is outside the workspace folder and is not read/.test(p.message));
    assert.deepStrictEqual(refused.map((p) => [p.message.split(':')[0], p.range?.start.line]), [
      ['front matter template', 1], ['front matter figures', 2], ['front matter charts', 4], ['front matter charts', 5],
    ]);
    assert.deepStrictEqual([...fsSpy.reads, ...fsSpy.dates].filter((f) => isInside(f, outside)), []);
    assert.notStrictEqual(result.template?.id, 'outside');
  });
});
