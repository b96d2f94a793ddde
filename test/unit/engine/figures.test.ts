import * as assert from 'assert';
import * as path from 'path';
import { ReportDocument } from '../../../server/src/engine/document';
import { Engine } from '../../../server/src/engine/engine';
import { figureAt } from '../../../server/src/engine/figures/bind';
import { FigureStore } from '../../../server/src/engine/figures/load';
import { nodeFileSystem, type FileSystem } from '../../../server/src/engine/host';
import { shiftFinding } from '../../../server/src/engine/types';

/** Files in memory, with mtimes a test can move; schemas are read from the package. */
function memoryFs(files: Record<string, { text: string; mtime: number }>): FileSystem {
  return {
    readFile: (f) => files[f]?.text ?? nodeFileSystem.readFile(f),
    mtime: (f) => files[f]?.mtime ?? (f.includes(`${path.sep}schemas${path.sep}`) ? nodeFileSystem.mtime(f) : undefined),
  };
}

const DIR = path.resolve('/reports');
const at = (name: string) => path.join(DIR, name);

function problems(file: string, text: string) {
  return new FigureStore(memoryFs({ [at(file)]: { text, mtime: 1 } })).load(at(file)).problems.map((p) => `${p.range ? `${p.range.start.line + 1}:${p.range.start.character + 1} ` : ''}${p.severity}: ${p.message}`);
}

describe('figures data files', () => {
  it('reads YAML and CSV files', () => {
    const yaml = new FigureStore(memoryFs({ [at('f.yaml')]: { text: 'asOf: 2026-10-31\nfigures:\n  - {label: 投资, value: 1.8, unit: 亿元}\n', mtime: 1 } })).load(at('f.yaml'));
    assert.deepStrictEqual(yaml.data?.entries.map((e) => [e.label, e.value * e.magnitude, e.baseUnit, e.asOf]), [['投资', 180000000, '元', '2026-10-31']]);
    const csv = new FigureStore(memoryFs({ [at('f.csv')]: { text: '\uFEFFlabel,value,unit,asOf,aliases\n"学习, 专题",16,次,2026-10-30,专题学习|集中学习\n\n', mtime: 1 } })).load(at('f.csv'));
    assert.deepStrictEqual(csv.problems, []);
    assert.deepStrictEqual(csv.data?.entries.map((e) => [e.label, e.aliases, e.asOf]), [['学习, 专题', ['专题学习', '集中学习'], '2026-10-30']]);
    assert.strictEqual(csv.data?.asOf, '2026-10-30');
  });

  it('reports YAML syntax and schema errors at their position', () => {
    assert.match(problems('f.yaml', 'figures:\n  - label: [unclosed\n')[0], /^\d+:\d+ error: /);
    assert.deepStrictEqual(problems('f.yaml', 'asOf: 2026-10-31\nfigures:\n  - label: 学习\n    value: lots\n    unit: 次\n'), ['4:12 error: figures.0.value: must be number']);
    assert.deepStrictEqual(problems('f.yaml', 'asOf: 2026-02-30\nfigures: []\n'), ['1:7 error: asOf: "2026-02-30" is not a date']);
    assert.deepStrictEqual(problems('f.yaml', 'figures:\n  - {label: 面积, value: 3, unit: 平方米}\n'), ['2:33 warning: unit "平方米" is not one reportlint reads (次, 人次, 篇, 个, 万元, %, people …); "面积" is not checked']);
  });

  it('reports CSV errors at their line and column', () => {
    assert.deepStrictEqual(problems('f.csv', 'label,value,unit\n学习,sixteen,次\n'), ['2:4 error: value "sixteen" is not a number']);
    assert.deepStrictEqual(problems('f.csv', 'label,value,units\n'), ['1:13 error: unknown column "units" (columns: label, value, unit, asOf, aliases)', '1:1 error: missing column(s): unit']);
    assert.deepStrictEqual(problems('f.csv', 'label,value,unit\n学习,16\n'), ['2:1 error: row has 2 field(s); the header has 3']);
    assert.match(problems('f.csv', 'label,value,unit\n"学习,16,次\n')[0], /^2:1 error: invalid CSV: /);
    assert.deepStrictEqual(problems('f.txt', 'x'), ['error: figures file must be YAML (.yaml, .yml) or CSV (.csv)']);
  });

  it('reads a file again only when its modification time changes', () => {
    const files = { [at('f.yaml')]: { text: 'figures:\n  - {label: 学习, value: 16, unit: 次}\n', mtime: 1 } };
    const store = new FigureStore(memoryFs(files));
    const first = store.load(at('f.yaml'));
    files[at('f.yaml')].text = 'figures:\n  - {label: 学习, value: 17, unit: 次}\n';
    assert.strictEqual(store.load(at('f.yaml')), first);
    files[at('f.yaml')].mtime = 2;
    assert.strictEqual(store.load(at('f.yaml')).data?.entries[0].value, 17);
  });

  it('describes the figure under a position for hovers, and watches the data file', () => {
    const fs = memoryFs({ [at('f.yaml')]: { text: 'asOf: 2026-10-31\nfigures:\n  - {label: 专题学习, value: 16, unit: 次}\n', mtime: 1 } });
    const doc = new ReportDocument('---\nfigures: f.yaml\n---\n# 汇报\n\n全年开展专题学习19次。\n');
    const result = new Engine({ fs, today: () => '2026-11-20' }).check({ document: doc, path: at('r.md') });
    assert.ok(result.dependencies.includes(at('f.yaml')));
    assert.deepStrictEqual(figureAt(doc, result.figures, { line: 5, character: 9 }), { label: '专题学习', written: '19次', value: 16, unit: '次', asOf: '2026-10-31', file: at('f.yaml'), current: false, range: { start: { line: 5, character: 8 }, end: { line: 5, character: 11 } } });
    assert.strictEqual(figureAt(doc, result.figures, { line: 5, character: 1 }), undefined);
  });

  it('keeps checking the report when its data file is broken', () => {
    const fs = memoryFs({ [at('f.yaml')]: { text: 'figures: [', mtime: 1 }, [at('r.md')]: { text: '', mtime: 1 } });
    const result = new Engine({ fs, today: () => '2026-11-20' }).check({ document: new ReportDocument('---\nfigures: f.yaml\n---\n# 汇报\n\n20xx年\n'), path: at('r.md') });
    assert.strictEqual(result.problems[0].file, at('f.yaml'));
    assert.ok(result.findings.some((f) => f.ruleId === 'placeholder'));
  });
});

describe('stale-image', () => {
  const report = '---\ncharts:\n  chart.png: data.csv\n---\n# 汇报\n\n![图](chart.png)\n';
  const check = (imageTime: number, dataTime: number) => {
    const fs = memoryFs({ [at('chart.png')]: { text: '', mtime: imageTime }, [at('data.csv')]: { text: '', mtime: dataTime } });
    return new Engine({ fs, today: () => '2026-11-20' }).check({ document: new ReportDocument(report), path: at('r.md') });
  };

  it('flags a chart drawn before its data changed, where the body shows it', () => {
    const result = check(Date.UTC(2026, 9, 1), Date.UTC(2026, 10, 1));
    const stale = result.findings.filter((f) => f.ruleId === 'stale-image');
    assert.deepStrictEqual(stale.map((f) => [f.range.start.line, f.range.start.character, f.message]), [[6, 5, 'Chart "chart.png" is older than its data file "data.csv" (changed 2026-11-01 00:00 UTC, chart drawn 2026-10-01 00:00 UTC): redraw it.']]);
    assert.ok(result.dependencies.includes(at('data.csv')) && result.dependencies.includes(at('chart.png')));
  });

  it('is quiet when the chart is newer than its data', () => {
    assert.deepStrictEqual(check(Date.UTC(2026, 10, 2), Date.UTC(2026, 10, 1)).findings.filter((f) => f.ruleId === 'stale-image'), []);
  });
});

describe('inconsistent-figure findings', () => {
  const text = '# 工作总结\n\n全年开展专题学习16次。\n\n开展专题学习19次，完成投资1.8亿元。\n';
  const finding = () => new Engine().check({ document: new ReportDocument(text), path: at('r.md') }).findings.find((f) => f.ruleId === 'inconsistent-figure')!;

  it('make their fix when asked, and the same one each time', () => {
    const f = finding();
    assert.deepStrictEqual(f.fixes, [{ title: 'Write 16次 as at line 3', safe: false, edits: [{ range: { start: { line: 4, character: 6 }, end: { line: 4, character: 8 } }, newText: '16' }] }]);
    assert.strictEqual(f.fixes, f.fixes);
  });

  it('serialise and shift like plain findings, fix included', () => {
    const f = finding();
    const plain = { message: f.message, range: f.range, fixes: f.fixes, data: { firstLine: 2 }, ruleId: 'inconsistent-figure', severity: 'warning' };
    assert.deepStrictEqual(JSON.parse(JSON.stringify(f)), JSON.parse(JSON.stringify(plain)));
    const moved = shiftFinding(f, 2);
    assert.deepStrictEqual([moved.range.start.line, moved.fixes?.[0].edits[0].range.start.line, moved.message], [6, 6, f.message]);
  });
});
