import * as assert from 'assert';
import { ReportDocument } from '../../../server/src/engine/document';
import { fill, format, prefill, splitAround, type Localized } from '../../../server/src/engine/i18n';
import { testEngine } from '../../support/engine';
import { repoPath } from '../../support/paths';

describe('messages', () => {
  const text: Localized = { en: '"{text}" is {days} days before {reportDate} (more than {limit}).', 'zh-cn': '“{text}”比 {reportDate} 早 {days} 天（超过 {limit} 天）' };

  it('fills a prefilled message as format fills the whole one', () => {
    for (const locale of ['en', 'zh-cn'] as const) {
      const parts = prefill(text, locale, { reportDate: '2026-11-20', limit: 90 });
      assert.strictEqual(parts.length, 5); // two placeholders left
      const args = { text: '2025年10月31日', days: 385 };
      assert.strictEqual(fill(parts, args), format(text, locale, { ...args, reportDate: '2026-11-20', limit: 90 }));
    }
  });

  it('leaves a placeholder it is given no value for as it is written', () => {
    assert.strictEqual(fill(prefill(text, 'en', { limit: 7 }), { text: 'x' }), '"x" is {days} days before {reportDate} (more than 7).');
  });

  it('splits a message around a placeholder that it holds once, so that the sides filled and joined read as the whole', () => {
    for (const locale of ['en', 'zh-cn'] as const) {
      const [before, after] = splitAround(text, locale, 'days')!;
      const args = { text: '2025年10月31日', reportDate: '2026-11-20', limit: 90 };
      assert.strictEqual(fill(before, args) + 385 + fill(after, args), format(text, locale, { ...args, days: 385 }));
    }
    assert.strictEqual(splitAround(text, 'en', 'missing'), undefined);
    assert.strictEqual(splitAround({ en: '{a} and {a}', 'zh-cn': '{a}' }, 'en', 'a'), undefined);
  });

  it('words stale dates for the report date, limit and locale of each check, whatever was checked before', () => {
    const engine = testEngine();
    const path = repoPath('test', 'fixtures', 'untitled.md');
    const body = '# 汇报\n\n截至2025年10月31日，共开展活动19次。\n\n截至2025年10月31日，参加175人次。\n';
    const stale = (reportDate: string, locale: 'en' | 'zh-cn', staleAfterDays = 90) =>
      engine.check({ document: new ReportDocument(body), path, settings: { reportDate, locale, rules: { 'stale-date': { options: { staleAfterDays } } } } })
        .findings.filter((f) => f.ruleId === 'stale-date').map((f) => [f.message, f.data]);
    const asOf = { asOf: '2025-10-31' };
    const en = ['As-of date "2025年10月31日" is 385 days before the report date 2026-11-20 (more than 90): update the figures and the date.', asOf];
    assert.deepStrictEqual(stale('2026-11-20', 'en'), [en, en]);
    const zh = ['截至日期“2025年10月31日”比报告日期 2026-11-20 早 385 天（超过 30 天），请更新数据和日期。', asOf];
    assert.deepStrictEqual(stale('2026-11-20', 'zh-cn', 30), [zh, zh]);
    const later = ['As-of date "2025年10月31日" is 415 days before the report date 2026-12-20 (more than 90): update the figures and the date.', asOf];
    assert.deepStrictEqual(stale('2026-12-20', 'en'), [later, later]);
    assert.deepStrictEqual(stale('2025-11-20', 'en'), []);
    const future = ['As-of date "2025年10月31日" is after the report date 2025-10-01.', asOf];
    assert.deepStrictEqual(stale('2025-10-01', 'en'), [future, future]);
    assert.deepStrictEqual(stale('2026-11-20', 'en'), [en, en]);
  });
});
