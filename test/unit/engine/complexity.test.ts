import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ReportDocument } from '../../../server/src/engine/document';
import type { CheckResult } from '../../../server/src/engine/engine';
import { formatCjkNumber } from '../../../server/src/engine/outline/numerals';
import type { Range } from '../../../server/src/engine/types';
import { testEngine } from '../../support/engine';
import { checkWithin, measure, watchLines, type Work } from '../../support/work';

// No clock here: every assertion is on counted work (lines parsed, block facts computed, lines read),
// so a loaded CI machine cannot make these tests flaky and a super-linear check cannot hide.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-complexity-'));
const FILE = path.join(dir, 'report.md');
fs.writeFileSync(path.join(dir, 'figures.yaml'), 'asOf: 2026-10-31\nfigures:\n  - {label: 专题学习, value: 19, unit: 次}\n  - {label: 走访企业, value: 86, unit: 家}\n');
fs.writeFileSync(path.join(dir, 'chart-1.png'), '');
// A template whose repeatable section names a sub-section found by its opening sentence (`inParagraph`).
fs.writeFileSync(path.join(dir, 'in-paragraph.yaml'), 'id: t\nname: t\nlanguage: zh\nsections:\n  - id: a\n    title: 工作情况\n    repeatable: true\n    children:\n      sections:\n        - id: b\n          title: 存在问题\n          inParagraph: 存在问题\n');
const SETTINGS = { rules: {}, figures: path.join(dir, 'figures.yaml'), reportDate: '2026-11-20' };
const engine = testEngine();

/** One top-level section of a work summary with every kind of content the checks read. */
function section(k: number): string {
  return `## ${formatCjkNumber(k)}、第${k}项重点工作

### （一）加强思想建设，使理想信念“坚”起来

局党组坚持把理论学习摆在首位。一是落实中心组学习制度，全年开展专题学习16次。二是组织党员赴教育基地参观，覆盖党员干部XX人次。四是举办青年理论沙龙4期。

（三）加强业务建设
截止2023年10月31日，共完成统计调查任务38项，数据质量抽查合格率达到99%。原国土资源部&nbsp;数据按期报送。

1.突出从严治党，大力加强支部建设。一是健全制度，二是严格落实，全年开展专题学习19次。
2. 落实“三会一课”制度，走访企业80家。

- 走访企业86家，协调解决问题27个
- 推进 \`代码\` 与 **加粗** 文字，党员党员参加

| 指标 | 数值 |
|---|---|
| 走访企业 | 86家 |

![图表](chart-${k}.png)

> As of Oct 31, 2026, we held 12 sessions for 175 people.

\`\`\`text
代码块 20xx
\`\`\`

`;
}

/** A work summary with `copies` numbered sections between its title and its closing sections. */
function report(copies: number): string {
  let text = '# 2026年上半年工作总结\n\n';
  for (let k = 1; k <= copies; k++) text += section(k);
  return text + '## 存在的问题\n\n一是学习不够深入。\n\n## 下步工作打算\n\n下步，我们将继续努力。\n';
}

function check(doc: ReportDocument): CheckResult {
  return engine.check({ document: doc, path: FILE, settings: SETTINGS, workspaceRoot: dir });
}

/** Everything one fresh check of a text costs: parsing and the check itself. */
function freshCheck(text: string): { doc: ReportDocument; result: CheckResult; work: Work & { parsedLines: number } } {
  const doc = new ReportDocument(text);
  const lines = watchLines(doc);
  const { result, work } = measure(() => check(doc), lines);
  return { doc, result, work: { ...work, parsedLines: doc.work.parsedLines } };
}

/** A range inside the document. */
function assertInside(doc: ReportDocument, r: Range, what: string): void {
  for (const p of [r.start, r.end]) {
    assert.ok(p.line >= 0 && p.line < doc.lineCount, `${what}: line ${p.line} outside the document`);
    assert.ok(p.character >= 0 && p.character <= doc.lines[p.line].length, `${what}: character ${p.character} outside line ${p.line}`);
  }
}

const SLACK = 1.2;

describe('complexity: work grows linearly with the report', () => {
  const N = 12;
  let runs: Array<{ m: number } & ReturnType<typeof freshCheck>>;
  before(() => {
    runs = [1, 2, 4, 8].map((m) => ({ m, ...freshCheck(report(N * m)) }));
  });

  it('finds the same findings in every copy (the report is what it claims to be)', () => {
    const perCopy = (m: number) => runs.find((r) => r.m === m)!.result.findings.length;
    assert.ok(perCopy(1) > 10 * N, `only ${perCopy(1)} findings in ${N} sections`);
    for (const { m, result, doc } of runs) {
      assert.ok(Math.abs(result.findings.length - m * perCopy(1)) <= m * 4 + 8, `${result.findings.length} findings for ${m}×`);
      const rules = new Set(result.findings.map((f) => f.ruleId));
      for (const id of ['numbering-sequence', 'enumeration-sequence', 'placeholder', 'date-wording', 'stale-date', 'stale-figure', 'inconsistent-figure', 'artifact', 'duplicate-word', 'outdated-term', 'missing-image']) {
        assert.ok(rules.has(id), `${id} found nothing in ${m}×: the section mix no longer exercises it`);
      }
      for (const f of result.findings) assertInside(doc, f.range, f.ruleId);
    }
  });

  for (const measureName of ['parsedLines', 'memo', 'lineReads'] as const) {
    it(`${measureName}: 8n costs at most 8 × ${SLACK} of n, and each doubling at most 2 × ${SLACK}`, () => {
      const counts = runs.map((r) => r.work[measureName]);
      assert.ok(counts[0] > 0, `${measureName} was not counted`);
      assert.ok(counts[3] <= 8 * SLACK * counts[0], `${measureName}: ${counts.join(' → ')}`);
      for (let i = 1; i < counts.length; i++) assert.ok(counts[i] <= 2 * SLACK * counts[i - 1], `${measureName}: ${counts.join(' → ')}`);
    });
  }

  it('parses each line once for a fresh document', () => {
    for (const { doc, work } of runs) {
      assert.strictEqual(work.parsedLines, doc.lineCount);
      assert.strictEqual(doc.work.parses, 1);
    }
  });

  it('recomputes the facts of a few blocks only after a keystroke in the largest report', () => {
    const { doc } = runs[3];
    check(doc);
    const line = doc.lines.findIndex((l, i) => i > doc.lineCount / 2 && l.startsWith('局党组'));
    const lines = watchLines(doc);
    const parsed = doc.work.parsedLines;
    const { result, work } = measure(() => {
      doc.applyChanges([{ range: { start: { line, character: 3 }, end: { line, character: 3 } }, text: '新' }]);
      return check(doc);
    }, lines);
    assert.ok(doc.work.parsedLines - parsed <= 50, `parsed ${doc.work.parsedLines - parsed} lines for one keystroke`);
    // A few blocks around the edit, each with its dozen or so facts (headings, inline syntax, figures, …).
    assert.ok(work.memo <= 80, `computed ${work.memo} block facts for one keystroke`);
    assert.ok(work.lineReads <= runs[3].work.lineReads, `read ${work.lineReads} lines for one keystroke, more than a fresh check`);
    assert.deepStrictEqual(result.findings, check(new ReportDocument(doc.getText())).findings);
  });
});

/** Lines no report should have, each of which once made a check super-linear or could. */
const PATHOLOGICAL: Array<[string, () => string]> = [
  ['a 1 MB line of prose and figures with no punctuation', () => '局党组坚持把理论学习摆在首位落实中心组学习制度全年开展专题学习16次'.repeat(29_000)],
  ['a 1 MB line of Han characters', () => '字'.repeat(1_000_000)],
  ['100,000 stars in a sentence', () => '文' + '*'.repeat(100_000) + '文'],
  ['100,000 stars closing a heading', () => '# ' + '*'.repeat(100_000) + 'x'],
  ['a heading with 256,000 blanks inside', () => '# a' + ' \t'.repeat(128_000) + 'x ##'],
  ['100,000 一是', () => '一是'.repeat(100_000)],
  ['50,000 nested list markers', () => '- '.repeat(50_000) + 'x'],
  ['50,000 nested ordered list markers', () => '1. '.repeat(50_000) + 'x'],
  ['50,000 nested quote markers', () => '> '.repeat(50_000) + 'x'],
  ['a line of 200,000 （一）', () => '（一）'.repeat(200_000)],
  ['a heading of 200,000 （一）', () => '## ' + '（一）'.repeat(200_000)],
  ['a 256 KB number with thousands separators', () => '1' + ',111'.repeat(64_000) + 'x次'],
  ['256,000 digits and numerals before a unit', () => '1'.repeat(128_000) + '一'.repeat(128_000) + '5次'],
  ['32,000 clauses with a figure each', () => '开展学习19次，'.repeat(32_000)],
  ['a 256 KB line of code spans', () => 'a`b`'.repeat(64_000)],
  ['a paragraph of 32,000 lines with code spans', () => Array.from({ length: 32_000 }, () => 'a`b`c').join('\n')],
  ['32,000 reference images on a line', () => '![a]'.repeat(32_000)],
  ['128,000 inline images that nothing closes, on a line', () => '![a](b'.repeat(128_000)],
  ['100,000 inline images with a title that nothing closes', () => '![a](b (t'.repeat(100_000)],
  ['128,000 image openings on a line', () => '!['.repeat(128_000)],
  ['32,000 images naming no label on a line', () => '![][]'.repeat(32_000)],
  ['32,000 unknown entities on a line', () => '&t;'.repeat(32_000)],
  ['100,000 uses of one chart image', () => '---\ncharts: {chart-1.png: figures.yaml}\n---\n' + '![图](chart-1.png)\n\n'.repeat(100_000)],
  ['100,000 different images', () => Array.from({ length: 100_000 }, (_, i) => `![图](img/p${i}.png)\n`).join('\n')],
  ['64,000 repeated sections, each looking for a paragraph its template names', () => '---\ntemplate: ./in-paragraph.yaml\n---\n\n' + Array.from({ length: 64_000 }, (_, i) => `## 工作情况\n\n正文${i}。\n`).join('\n')],
  ['64,000 reference definitions in a row', () => '[a]: b\n'.repeat(64_000)],
  ['64,000 lines opening a bracket, no blank line between', () => '[a\n'.repeat(64_000)],
  ['【 and 200,000 blanks, twice', () => ('【' + ' '.repeat(200_000)).repeat(2) + 'x'],
  ['a table row of 400,000 blanks around a delimiter', () => '| a | **b** |\n|---|---|\n|' + ' '.repeat(200_000) + '-:' + ' '.repeat(200_000) + ' -'],
  ['32,000 lines of numbered headings', () => '一、标题\n'.repeat(32_000)],
];

describe('complexity: pathological lines finish with sane findings', function () {
  // Each check runs in a worker that is given up on after a minute: a guard against hangs only (each of
  // these took minutes to hours before it was made linear); the assertions are on counted work.
  this.timeout(90_000);

  for (const [name, make] of PATHOLOGICAL) {
    it(name, async () => {
      const text = make();
      const s = await checkWithin(60_000, { text, path: FILE, settings: SETTINGS, workspaceRoot: dir });
      const lineCount = s.lineLengths.length;
      assert.strictEqual(s.parsedLines, lineCount - s.bodyStart);
      assert.ok(s.work.memo <= s.blocks * s.memoKeys, `${s.work.memo} facts computed for ${s.blocks} blocks`);
      assert.ok(s.work.lineReads <= 10 * lineCount + 5 * s.findings.length, `${s.work.lineReads} line reads for ${lineCount} lines`);
      assert.ok(s.findings.length <= text.length, `${s.findings.length} findings`);
      for (const f of s.findings) {
        for (const p of [f.range.start, f.range.end]) {
          assert.ok(p.line >= 0 && p.line < lineCount && p.character >= 0 && p.character <= s.lineLengths[p.line], `${f.ruleId}: ${JSON.stringify(f.range)} outside the document`);
        }
      }
      assert.deepStrictEqual(s.problems, []);
    });
  }
});
