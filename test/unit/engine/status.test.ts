import * as assert from 'assert';
import { ReportDocument } from '../../../server/src/engine/document';
import { outlineStatus } from '../../../server/src/engine/template/status';
import { testEngine } from '../../support/engine';

/** Checks a report and returns its outline status. */
function statusOf(text: string, locale: 'en' | 'zh-cn' = 'zh-cn') {
  const document = new ReportDocument(text);
  const result = testEngine().check({ document, path: '/virtual/report.md', settings: { rules: {}, locale }, trusted: false });
  return outlineStatus(result, document);
}

const PARTIAL = [
  '---', 'template: zh-model-agency', '---',
  '# 档案馆创建模范机关情况汇报', '',
  '一、抓学习，让理论武装“深”起来。馆党组每月集中研讨一次，形成心得体会汇编。', '',
  '二、抓服务，让查档利用“快”起来。推行线上预约查档，平均等候时间明显缩短。', '',
  '下一步，我们将继续完善制度，巩固创建成果。', '',
].join('\n');

describe('outline status', () => {
  it('lists the top-level template sections with presence, ranges and the fix for a missing one', () => {
    const status = statusOf(PARTIAL);
    assert.deepStrictEqual(status.template, { id: 'zh-model-agency', name: '创建模范机关汇报' });
    assert.deepStrictEqual(status.sections.map((s) => [s.id, s.required, s.present]), [
      ['practices', true, true],
      ['shortcomings', true, false],
      ['next-steps', true, true],
    ]);
    const [practices, shortcomings, next] = status.sections;
    assert.strictEqual(practices.range?.start.line, 5, 'collected themed sections count, from the first');
    assert.deepStrictEqual(next.range, { start: { line: 9, character: 0 }, end: { line: 9, character: 21 } }, 'a closing paragraph stands in');
    assert.ok(shortcomings.missing, 'a missing required section carries its finding');
    assert.strictEqual(shortcomings.missing.fixTitle, '插入章节“存在的不足”');
    assert.strictEqual(shortcomings.range, undefined);
  });

  it('is empty without a template', () => {
    assert.deepStrictEqual(statusOf('随便写几句话。\n'), { template: null, sections: [] });
  });

  it('names fixes in the locale of the check', () => {
    const status = statusOf(PARTIAL, 'en');
    assert.strictEqual(status.sections[1].missing?.fixTitle, 'Insert section "存在的不足"');
  });
});
