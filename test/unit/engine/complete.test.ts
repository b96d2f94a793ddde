import * as assert from 'assert';
import { complete, type CompletionCandidate } from '../../../server/src/engine/complete';
import { ReportDocument } from '../../../server/src/engine/document';
import { buildOutline } from '../../../server/src/engine/outline/build';
import { analyzeTemplate } from '../../../server/src/engine/template/analyze';
import { applyEdits, testEngine } from '../../support/engine';

const engine = testEngine();
const FILE = '/tmp/reportlint-complete/report.md';

/** Completion at the end of `text`'s line `line` (default: the last line), as an editor would ask. */
function at(text: string, line?: number, options: { character?: number; invoked?: boolean; calls?: string[] } = {}): CompletionCandidate[] {
  const doc = new ReportDocument(text);
  const template = engine.check({ document: doc, path: FILE }).template;
  const l = line ?? doc.lineCount - 1;
  const outline = () => (options.calls?.push('outline'), buildOutline(doc));
  const levels = () => (options.calls?.push('levels'), template ? analyzeTemplate(buildOutline(doc), template, doc) : []);
  const position = { line: l, character: options.character ?? doc.lines[l].length };
  return complete({ doc, outline, template, levels }, { position, invoked: options.invoked ?? true, locale: 'en' });
}

const show = (items: CompletionCandidate[]) => items.map((i) => `${i.kind} ${i.insertText}`);

/** A 汇报 in numbered plain lines (template detected from its title). */
const PLAIN = [
  '关于创建模范机关工作情况的汇报',
  '现将有关情况汇报如下。',
  '一、主要做法',
  '（一）强化理论学习',
  '坚持每月集中学习。',
  '（二）完善制度机制',
  '修订议事规则等制度11项。一是完善制度。二是强化培训。',
  '二、存在的不足',
  '理论学习的系统性还不够。',
  '',
].join('\n');

const ATX = [
  '---',
  'template: zh-model-agency',
  '---',
  '# 区档案馆创建模范机关工作情况汇报',
  '',
  '## 一、主要做法',
  '',
  '### （一）抓理论学习',
  '',
  '坚持每周集中学习。',
  '',
  '### （二）抓业务提升',
  '',
  '推行预约制度。',
  '',
  '',
  '',
  '## 二、下步工作打算',
  '',
  '继续推进档案数字化。',
  '',
].join('\n');

describe('completion candidates', () => {
  it('after the last section of a plain-line report: the missing section numbered for its place, then the next numbers', () => {
    const items = at(PLAIN);
    assert.deepStrictEqual(show(items), ['section 三、下步工作思路', 'number 三、', 'number （一）']);
    assert.deepStrictEqual(items[0].range, { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } });
    assert.match(items[0].documentation ?? '', /思路和主要措施/);
    assert.deepStrictEqual(items.map((i) => i.sortText), ['0000', '0001', '0002']);
  });

  it('inside 一、 after （一）: the next （N） first, then the next top-level number renumbering those after it', () => {
    const lines = PLAIN.split('\n');
    const text = [...lines.slice(0, 5), '', ...lines.slice(5)].join('\n');
    const items = at(text, 5);
    assert.deepStrictEqual(show(items).slice(0, 2), ['number （二）', 'number 二、']);
    const apply = (item: CompletionCandidate) => applyEdits(text, [{ range: item.range, newText: item.insertText }, ...(item.additionalEdits ?? [])]);
    assert.match(apply(items[0]), /坚持每月集中学习。\n（二）\n（三）完善制度机制/);
    assert.match(apply(items[1]), /二、\n（二）完善制度机制[^]*三、存在的不足/);
    assert.match(items[1].detail, /renumbers the 1 after it/);
  });

  it('filters on the typed start of a marker and replaces it', () => {
    const items = at(PLAIN + '三');
    assert.strictEqual(items[0].insertText, '三、下步工作思路');
    assert.deepStrictEqual(items[0].range, { start: { line: 9, character: 0 }, end: { line: 9, character: 1 } });
  });

  it('writes headings like their siblings in an ATX report: ## and （N） by level, whole-line filter after typed #', () => {
    const items = at(ATX, 15);
    assert.deepStrictEqual(show(items), ['section ## 二、存在的不足', 'number ### （三）', 'number ## 二、', 'number #### 1.']);
    assert.deepStrictEqual(items[0].additionalEdits, [{ range: { start: { line: 17, character: 3 }, end: { line: 17, character: 5 } }, newText: '三、' }]);
    assert.strictEqual(items[0].label, '二、存在的不足');
    assert.strictEqual(items[0].filterText, items[0].label);
    const typed = at(ATX.replace('\n\n\n\n## 二、', '\n\n\n## \n## 二、'), 16);
    assert.strictEqual(typed[0].insertText, '## 二、存在的不足');
    assert.strictEqual(typed[0].filterText, '## 二、存在的不足');
    assert.deepStrictEqual(typed[0].range, { start: { line: 16, character: 0 }, end: { line: 16, character: 3 } });
  });

  it('offers only the missing sections that belong between the sections present around the line', () => {
    const text = ['# 工作汇报', '', '## 一、主要做法', '', '### （一）甲', '', '甲。', '', '### （二）乙', '', '乙。', '', '## 二、下步工作思路', '', '思路。', '', ''].join('\n');
    assert.ok(!show(at(text)).some((s) => s.startsWith('section')), 'nothing at the end: 存在的不足 belongs before 下步工作思路');
    assert.deepStrictEqual(show(at(text, 11)).filter((s) => s.startsWith('section')), ['section ## 二、存在的不足']);
  });

  it('English status report: missing sections in template order as ## headings; titles after ##', () => {
    const text = '# Platform Team Status Report\n\n## Summary\n\nGreen.\n\n## Progress\n\nDone.\n\n';
    assert.deepStrictEqual(show(at(text)), ['section ## Risks', 'section ## Next Steps']);
    const titles = at(text + '## Ri');
    assert.deepStrictEqual(show(titles), ['title Risks', 'title Next Steps']);
    assert.deepStrictEqual(titles[0].range, { start: { line: 10, character: 3 }, end: { line: 10, character: 5 } });
    assert.deepStrictEqual(show(at('---\ntemplate: en-status-report\n---\n# Ri')), [], 'not for the report title');
  });

  it('titles after a typed marker: the level the marker gives, missing entries only, the typed line itself not counted', () => {
    assert.deepStrictEqual(show(at(PLAIN + '三、')), ['title 下步工作思路']);
    assert.deepStrictEqual(show(at(PLAIN, 7)), ['title 存在的不足', 'title 下步工作思路'], 'retyping a title: its own line does not make it present');
    assert.deepStrictEqual(show(at(PLAIN + '（三）')), [], 'no sub-section titles in this template');
    assert.deepStrictEqual(show(at(PLAIN + '三、下步工作思路。')), [], 'a finished sentence is not a title');
  });

  it('the next enumeration marker after 一是 / 第一， / 首先，', () => {
    assert.deepStrictEqual(show(at(PLAIN, 6, { invoked: false })), ['enumeration 三是']);
    const body = (text: string) => show(at(`# 工作总结\n\n## 一、主要做法\n\n${text}\n`, 4, { invoked: false }));
    assert.deepStrictEqual(body('坚持问题导向：第一，完善制度。'), ['enumeration 第二，']);
    assert.deepStrictEqual(body('坚持问题导向：第一、完善制度；'), ['enumeration 第二、']);
    assert.deepStrictEqual(body('首先，学习不够深入。'), ['enumeration 其次，']);
    assert.deepStrictEqual(body('首先，学习不够深入。其次，调研不够。'), ['enumeration 再次，', 'enumeration 最后，']);
    assert.deepStrictEqual(body('一是完善制度。二是强化培训'), [], 'mid-clause: a marker cannot start here');
  });

  it('replaces the typed start of the marker; continues from an earlier paragraph only when asked', () => {
    const text = '# 工作总结\n\n## 一、主要做法\n\n一是完善制度。二是强化培训。\n\n下步将继续推进。三';
    const asked = at(text, 6, { invoked: true });
    assert.deepStrictEqual(show(asked), ['enumeration 三是']);
    assert.deepStrictEqual(asked[0].range, { start: { line: 6, character: 8 }, end: { line: 6, character: 9 } });
    assert.deepStrictEqual(show(at(text, 6, { invoked: false })), [], 'a typed 。 in a later paragraph offers nothing');
    assert.deepStrictEqual(show(at(text.replace('\n\n下步', '\n\n## 二、其他\n\n下步'), 8, { invoked: true })), [], 'not across a heading');
  });

  it('offers nothing in front matter, code blocks or tables', () => {
    assert.deepStrictEqual(at(ATX, 1), []);
    assert.deepStrictEqual(at('# 汇报\n\n## 一、主要做法\n\n```\n\n```\n', 5), []);
    assert.deepStrictEqual(at('# 汇报\n\n| a | b |\n|---|---|\n| 一是x。 | y |\n', 4, { character: 7 }), []);
  });

  it('answers a mid-sentence trigger from the line alone: no outline, no template comparison', () => {
    const calls: string[] = [];
    assert.deepStrictEqual(at(PLAIN, 4, { invoked: false, calls }), []);
    assert.deepStrictEqual(at(PLAIN, 6, { invoked: false, calls }).length, 1);
    assert.deepStrictEqual(calls, []);
    at(PLAIN, undefined, { calls });
    assert.deepStrictEqual(calls, ['outline', 'levels']);
  });

  it('can reuse the template comparison of a check of the same version', () => {
    const doc = new ReportDocument(PLAIN);
    const result = engine.check({ document: doc, path: FILE });
    assert.deepStrictEqual(result.levels?.map((lv) => lv.entries.map((p) => p.sections.length)), [[1, 1, 0]]);
    const withLevels = complete({ doc, outline: () => result.outline, template: result.template, levels: () => result.levels! }, { position: { line: 9, character: 0 }, invoked: true, locale: 'en' });
    assert.deepStrictEqual(withLevels, at(PLAIN));
    const off = engine.check({ document: doc, path: FILE, settings: { rules: Object.fromEntries(['missing-section', 'section-order', 'duplicate-section', 'empty-section'].map((id) => [id, { severity: 'off' as const, options: {} }])) } });
    assert.strictEqual(off.levels, undefined, 'not computed when no rule needed it');
  });

  it('stays fast on a 1 MB report once its outline is built', () => {
    const section = (n: number) => `## ${n}、第${n}项工作\n\n${'坚持问题导向，一是完善制度，全年开展专题学习16次。二是强化培训，覆盖党员干部175人次。'.repeat(12)}\n\n`;
    let text = '---\ntemplate: zh-work-summary\n---\n# 某局2026年工作总结\n\n';
    for (let n = 1; text.length < 1_000_000; n++) text += section(n);
    const doc = new ReportDocument(text);
    const template = engine.templates.load('zh-work-summary', '.').template!;
    const outline = buildOutline(doc);
    const levels = analyzeTemplate(outline, template, doc);
    const source = { doc, outline: () => outline, template, levels: () => levels };
    const started = process.hrtime.bigint();
    const last = doc.lineCount - 1;
    for (let i = 0; i < 20; i++) {
      complete(source, { position: { line: last, character: 0 }, invoked: true, locale: 'zh-cn' });
      complete(source, { position: { line: last - 2, character: 20 }, invoked: false, locale: 'zh-cn' });
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6 / 20;
    assert.ok(ms < 50, `${ms.toFixed(1)} ms per pair of requests`);
  });
});
