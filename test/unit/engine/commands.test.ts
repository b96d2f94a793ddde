import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { renumberAll } from '../../../server/src/engine/commands/renumber';
import { insertSkeleton, skeletonText } from '../../../server/src/engine/commands/skeleton';
import { setTemplateEdit, templateRef } from '../../../server/src/engine/commands/template-ref';
import { ReportDocument } from '../../../server/src/engine/document';
import { frontMatterEntry } from '../../../server/src/engine/front-matter';
import { buildOutline } from '../../../server/src/engine/outline/build';
import { listTemplates } from '../../../server/src/engine/template/catalog';
import { BUILTIN_TEMPLATES } from '../../../server/src/engine/template/load';
import type { Template } from '../../../server/src/engine/template/types';
import { comparePositions, lazyFix, type TextEdit } from '../../../server/src/engine/types';
import { applyEdits, testEngine } from '../../support/engine';

const engine = testEngine();
const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-commands-'));
const FILE = path.join(DIR, 'report.md');

/** What the outline checks say about a text: these must be silent for a skeleton, for the numbering ones after renumbering. */
const OUTLINE_RULES = ['missing-section', 'section-order', 'duplicate-section', 'empty-section', 'numbering-sequence', 'numbering-level', 'enumeration-sequence'];

function findings(text: string, file = FILE) {
  const result = engine.check({ document: new ReportDocument(text), path: file, workspaceRoot: DIR });
  return { result, outlineFindings: result.findings.filter((f) => OUTLINE_RULES.includes(f.ruleId)).map((f) => `${f.ruleId}: ${f.message}`) };
}

function builtin(id: string): Template {
  return engine.templates.load(id, '.').template!;
}

function skeletonOf(text: string, template: Template, ref: string, line = 0, markdown = true): string {
  const doc = new ReportDocument(text);
  const edits = insertSkeleton(doc, { template, ref, position: { line, character: 0 }, markdown, outline: buildOutline(doc) });
  assertNoOverlaps(edits);
  return applyEdits(text, edits);
}

function assertNoOverlaps(edits: TextEdit[]): void {
  for (let i = 1; i < edits.length; i++) assert.ok(comparePositions(edits[i - 1].range.end, edits[i].range.start) <= 0, `edits ${i - 1} and ${i} overlap or are unsorted`);
}

describe('command edits: report skeleton', () => {
  for (const id of BUILTIN_TEMPLATES) {
    for (const markdown of [true, false]) {
      it(`${id} (${markdown ? 'Markdown' : 'plain text'}): the skeleton passes the template's outline checks`, () => {
        const text = skeletonOf('', builtin(id), id, 0, markdown);
        const { result, outlineFindings } = findings(text);
        assert.strictEqual(result.template?.id, id);
        assert.strictEqual(result.templateOrigin, 'front-matter');
        assert.deepStrictEqual(outlineFindings, []);
        for (const entry of builtin(id).sections) assert.ok(result.outline.sections.some((s) => s.title === entry.title), entry.title);
      });
    }
  }

  it('writes 一、 → （一） numbered ## / ### headings with the guidance as each body, and sub-sections the template asks for', () => {
    const text = skeletonOf('', builtin('zh-model-agency'), 'zh-model-agency');
    assert.ok(text.startsWith('---\ntemplate: zh-model-agency\n---\n# 创建模范机关汇报\n\n## 一、主要做法\n\n（待补充：分条写明'), text);
    assert.match(text, /\n### （一）【标题】\n\n（待补充）\n\n### （二）【标题】\n/);
    assert.match(text, /\n## 三、下步工作思路\n\n（待补充：写明下步工作的思路和主要措施。）\n$/);
    assert.strictEqual(skeletonText(builtin('en-status-report'), { atx: false, eol: '\n', gap: '\n\n' }).split('\n')[0], '## Summary');
  });

  it('nests a template\'s named sub-sections one level down, and fills up to children.min with placeholders', () => {
    const file = path.join(DIR, 'nested.reportlint-template.yaml');
    fs.writeFileSync(file, [
      'id: nested', 'name: 年度总结', 'sections:',
      '  - id: work', '    title: 主要工作', '    guidance: 分条写。', '    children:', '      min: 3', '      sections:',
      '        - id: party', '          title: 党建工作', '          children:', '            sections:', '              - id: study', '                title: 理论学习',
      '        - id: business', '          title: 业务工作',
      '  - id: plans', '    title: 下步打算',
    ].join('\n'));
    const template = engine.templates.load(file, DIR).template!;
    const text = skeletonOf('', template, './nested.reportlint-template.yaml');
    assert.match(text, /## 一、主要工作\n\n（待补充：分条写。）\n\n### （一）党建工作\n\n（待补充）\n\n#### 1\.理论学习\n\n（待补充）\n\n### （二）业务工作\n\n（待补充）\n\n### （三）【标题】/);
    assert.deepStrictEqual(findings(text).outlineFindings, []);
  });

  it('into a report with text: at a blank line, set apart by blank lines; front matter gets the template line', () => {
    const text = '---\ndate: 2026-11-20\n---\n# 某局工作总结\n\n\n\n附：数据来源说明。\n';
    const out = skeletonOf(text, builtin('zh-work-summary'), 'zh-work-summary', 5);
    assert.ok(out.startsWith('---\ntemplate: zh-work-summary\ndate: 2026-11-20\n---\n# 某局工作总结\n\n## 一、基本情况\n'), out);
    assert.match(out, /（待补充：写明下一阶段的工作目标和主要措施。）\n\n附：数据来源说明。\n$/);
    assert.deepStrictEqual(findings(out).outlineFindings, []);
  });

  it('after a line of text, in plain numbered lines when the report writes its sections so', () => {
    const text = '某局工作总结\n今年以来，我局扎实推进各项工作。\n';
    const out = skeletonOf(text, builtin('zh-work-summary'), 'zh-work-summary', 1, false);
    assert.strictEqual(out, '---\ntemplate: zh-work-summary\n---\n某局工作总结\n今年以来，我局扎实推进各项工作。\n一、基本情况\n（待补充：简要介绍单位和本期工作的总体情况。）\n二、主要工作及成效\n'
      + '（待补充：分条写明本期完成的主要工作和取得的成效，数据写明截至日期。）\n三、存在的问题\n（待补充：写明工作中存在的问题和不足。）\n四、下步工作打算\n（待补充：写明下一阶段的工作目标和主要措施。）\n');
  });

  it('keeps the report\'s line breaks (CRLF)', () => {
    const out = skeletonOf('# 状态\r\n', builtin('en-status-report'), 'en-status-report', 0);
    assert.ok(!/[^\r]\n/.test(out), JSON.stringify(out));
  });
});

describe('command edits: front matter template', () => {
  const set = (text: string, ref: string) => {
    const edit = setTemplateEdit(new ReportDocument(text), ref);
    return edit ? applyEdits(text, [edit]) : undefined;
  };

  it('creates front matter, adds the key, rewrites another template, and leaves the same one alone', () => {
    assert.strictEqual(set('# 汇报\n', 'zh-model-agency'), '---\ntemplate: zh-model-agency\n---\n# 汇报\n');
    assert.strictEqual(set('---\ndate: 2026-11-20\n---\n# 汇报\n', 'zh-model-agency'), '---\ntemplate: zh-model-agency\ndate: 2026-11-20\n---\n# 汇报\n');
    assert.strictEqual(set('---\ntemplate: zh-work-summary # chosen by hand\n---\n', 'zh-model-agency'), '---\ntemplate: zh-model-agency\n---\n');
    assert.strictEqual(set('---\ntemplate: "zh-model-agency"\n---\n', 'zh-model-agency'), undefined);
    assert.strictEqual(set('', './templates/周报 模板.yaml'), '---\ntemplate: "./templates/周报 模板.yaml"\n---\n');
    assert.strictEqual(set('a\r\nb', 'yes'), '---\r\ntemplate: "yes"\r\n---\r\na\r\nb');
  });

  it('reads a template: or figures: line by hand, a line of 400,000 blanks included (patterns took minutes)', () => {
    assert.deepStrictEqual(frontMatterEntry('template:  "./t.yaml"  # note', ['template']), { key: 'template', value: '"./t.yaml"', start: 11 });
    assert.deepStrictEqual(frontMatterEntry('figures :./数据.yaml', ['template', 'figures']), { key: 'figures', value: './数据.yaml', start: 9 });
    assert.deepStrictEqual(frontMatterEntry('template:', ['template']), { key: 'template', value: '', start: 9 });
    assert.strictEqual(frontMatterEntry('templates: a', ['template']), undefined);
    assert.strictEqual(frontMatterEntry('date: 2026-11-20', ['template']), undefined);
    // No clock: the patterns backtracked over the blanks on both sides of a colon; read by hand, the line is read once.
    const blanks = ' '.repeat(200_000);
    assert.deepStrictEqual(frontMatterEntry(`figures:${blanks}:${blanks}"e`, ['figures']), { key: 'figures', value: `:${blanks}"e`, start: 200_008 });
    assert.strictEqual(set(`---\ntemplate:${blanks}\t${blanks}x\n---\n`, 'x'), undefined);
  });

  it('names built-ins by id and files relative to the report (absolute for an untitled report)', () => {
    assert.strictEqual(templateRef('builtin:zh-work-summary', DIR), 'zh-work-summary');
    assert.strictEqual(templateRef(path.join(DIR, 't', 'a.yaml'), DIR), './t/a.yaml');
    assert.strictEqual(templateRef(path.join(DIR, 'a.yaml'), path.join(DIR, 'sub')), '../a.yaml');
    assert.strictEqual(templateRef(path.join(DIR, 'a.yaml'), undefined), path.join(DIR, 'a.yaml'));
  });

  it('the written reference makes the engine use that template', () => {
    const file = path.join(DIR, 'team.reportlint-template.yaml');
    fs.writeFileSync(file, 'id: team\nname: Team\nlanguage: en\nsections:\n  - id: s\n    title: Summary\n');
    const text = set('# Weekly\n\n## Summary\n\nGreen.\n', templateRef(file, DIR))!;
    assert.strictEqual(findings(text).result.template?.id, 'team');
  });
});

describe('lazy fixes', () => {
  it('make their edits when first read, once, and write out as a plain fix would', () => {
    let made = 0;
    const fix = lazyFix('Renumber', false, () => (made++, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } }, newText: '二、' }]));
    assert.strictEqual(made, 0);
    const plain = { title: 'Renumber', safe: false, edits: fix.edits };
    assert.strictEqual(JSON.stringify(fix), JSON.stringify(plain));
    assert.strictEqual(fix.edits, fix.edits);
    assert.strictEqual(made, 1);
  });

  it('numbering-sequence shares one among a sequence\'s findings, with an edit per numbered heading', () => {
    const text = '# 汇报\n\n' + Array.from({ length: 50 }, (_, i) => `一、标题${i}\n\n正文。\n`).join('\n');
    const found = findings(text).result.findings.filter((f) => f.ruleId === 'numbering-sequence');
    assert.strictEqual(found.length, 49);
    assert.ok(found.every((f) => f.fixes![0] === found[0].fixes![0]));
    assert.deepStrictEqual(found[0].fixes![0].edits.map((e) => e.newText).slice(0, 3), ['二、', '三、', '四、']);
  });
});

describe('command edits: renumber everything', () => {
  const BROKEN = [
    '# 某局工作总结', '', '## 一、主要做法', '', '### （一）甲', '', '一是完善制度。二是强化培训。四是严格考核。', '',
    '### (三)乙', '', '内容。', '', '#### 1.x', '', '内容。', '', '#### 3.y', '', '内容。', '', '##### 3.1 细项', '', '内容。', '',
    '##### 3.3 细项', '', '内容。', '', '## 三、存在的问题', '', '首先，学习不够。再次，调研不够。', '',
    '## 三、下步工作打算', '', '第一，干。第三，再干。第五，还干。', '',
  ].join('\n');

  it('leaves no numbering-sequence or enumeration-sequence finding, each marker in its own spelling, decimals following their parent', () => {
    const before = findings(BROKEN).outlineFindings;
    assert.ok(before.filter((f) => f.startsWith('numbering-sequence')).length >= 4, before.join('\n'));
    const doc = new ReportDocument(BROKEN);
    const edits = renumberAll(doc, buildOutline(doc));
    assertNoOverlaps(edits);
    const fixed = applyEdits(BROKEN, edits);
    const after = findings(fixed).outlineFindings;
    assert.deepStrictEqual(after.filter((f) => /^(numbering-sequence|enumeration-sequence)/.test(f)), []);
    for (const expected of ['### (二)乙', '#### 2.y', '##### 2.1 细项', '##### 2.2 细项', '## 二、存在的问题', '## 三、下步工作打算', '三是严格考核', '首先，学习不够。其次，调研不够。', '第一，干。第二，再干。第三，还干。']) {
      assert.ok(fixed.includes(expected), `${expected}\n${fixed}`);
    }
    assert.deepStrictEqual(renumberAll(new ReportDocument(fixed), buildOutline(new ReportDocument(fixed))), [], 'a second run changes nothing');
  });

  it('renumbers a paragraph of 150,000 一是 (its edits were once spread into one call, past the arguments a call takes)', () => {
    const text = '# 汇报\n\n' + '一是加强。'.repeat(150_000) + '\n';
    const doc = new ReportDocument(text);
    const edits = renumberAll(doc, buildOutline(doc));
    assert.strictEqual(edits.length, 149_999);
    assert.strictEqual(edits[0].newText, '二是');
  });

  it('leaves an enumeration alone when it does not start at one (a 二是 without 一是 needs a person)', () => {
    const text = '# 总结\n\n## 一、做法\n\n二是强化培训。四是严格考核。\n';
    const doc = new ReportDocument(text);
    assert.deepStrictEqual(renumberAll(doc, buildOutline(doc)), []);
  });

  it('renumbers plain-line reports, full-width digits staying full width', () => {
    const text = '某局工作汇报\n一、主要做法\n１．甲\n内容。\n３．乙\n内容。\n三、存在的不足\n不足。\n';
    const doc = new ReportDocument(text);
    assert.strictEqual(applyEdits(text, renumberAll(doc, buildOutline(doc))), text.replace('３．乙', '２．乙').replace('三、存在', '二、存在'));
  });
});

describe('template catalog', () => {
  it('lists the built-ins, then workspace templates that load, each once', () => {
    const good = path.join(DIR, 'weekly.reportlint-template.yaml');
    const bad = path.join(DIR, 'broken.reportlint-template.yaml');
    fs.writeFileSync(good, 'id: weekly\nname: 周报\ndescription: 每周工作\nsections:\n  - id: s\n    title: 本周工作\n');
    fs.writeFileSync(bad, 'id: broken\nsections: 3\n');
    const list = listTemplates(engine.templates, [good, bad, good]);
    assert.deepStrictEqual(list.map((t) => t.id), [...BUILTIN_TEMPLATES, 'weekly']);
    assert.deepStrictEqual(list[3], { id: 'weekly', name: '周报', description: '每周工作', language: 'zh', source: good });
    assert.strictEqual(list[0].source, 'builtin:zh-model-agency');
  });
});
