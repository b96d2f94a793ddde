import { dateFacts, type LineDate } from '../text/as-of';
import { addDays, daysBetween, firstDay, lastDay } from '../text/calendar';
import { internedSlice } from '../text/interned';
import { range, type Finding } from '../types';
import type { Rule, RuleContext } from './types';

const MESSAGES = {
  stale: {
    en: 'As-of date "{text}" is {days} days before the report date {reportDate} (more than {limit}): update the figures and the date.',
    'zh-cn': '截至日期“{text}”比报告日期 {reportDate} 早 {days} 天（超过 {limit} 天），请更新数据和日期。',
  },
  future: { en: 'As-of date "{text}" is after the report date {reportDate}.', 'zh-cn': '截至日期“{text}”晚于报告日期 {reportDate}。' },
};

/** 截至2023年10月31日 in a report dated 2026-11-20: figures "as of" a date long past, or not yet come. */
export const staleDate: Rule = {
  id: 'stale-date',
  description: { en: 'An as-of date (截至…, as of …) long before the report date, or after it.', 'zh-cn': '截至日期（截至……、as of ……）远早于或晚于报告日期。' },
  defaultSeverity: 'warning',
  options: {
    staleAfterDays: {
      type: 'number',
      default: 90,
      description: 'How many days before the report date an as-of date may be.',
      validate: (v) => (Number.isInteger(v) && (v as number) >= 0 ? undefined : 'must be a whole number of days, 0 or more'),
    },
  },
  blockVersion: (ctx) => `${ctx.reportDate}\u0000${ctx.options.staleAfterDays}`,
  runBlock(block, ctx, report) {
    const dates = dateFacts(block, ctx.doc.lines).dates;
    if (!dates.length) return;
    const verdicts = ctx.shared(VERDICTS, newVerdicts);
    for (let i = 0; i < dates.length; i++) {
      const date = dates[i];
      if (!date.asOf) continue;
      const line = block.start + date.line;
      const text = internedSlice(ctx.doc.lines[line], date.start, date.end); // reports repeat their as-of dates
      let verdict = verdicts.get(text);
      if (verdict === undefined) verdicts.set(text, (verdict = judge(date, text, ctx)));
      if (verdict === IN_RANGE) continue;
      // ruleId and severity made with the finding, as the engine stamps them after: added later, they took a second object per finding.
      const finding: Finding = { message: verdict.message, range: range(line, date.asOf.start, line, date.end), data: { asOf: verdict.asOf }, ruleId: '', severity: 'warning' };
      report(finding);
    }
  },
};

/** What an as-of date says in a check: its message and the day it stands for, unless it is in range. */
interface Verdict {
  message: string;
  asOf: string;
}

const IN_RANGE: Verdict = { message: '', asOf: '' };

/**
 * Verdicts by the date's text, for one check. A date's text decides its day (the report date and the
 * limit are the same throughout a check), and reports repeat their as-of dates (截至10月31日 paragraph
 * after paragraph): each is worked out and worded once, and its findings share the message.
 */
const VERDICTS = 'stale-date:verdicts';

function newVerdicts(): Map<string, Verdict> {
  return new Map();
}

function judge(date: LineDate, text: string, ctx: RuleContext): Verdict {
  const { reportDate } = ctx;
  const limit = ctx.options.staleAfterDays as number;
  // The last day decides most dates; the first is made only for one that is not stale.
  const last = lastDay(date, reportDate);
  if (last < addDays(reportDate, -limit)) return { message: ctx.t(MESSAGES.stale, { text, reportDate, limit, days: daysBetween(last, reportDate) }), asOf: last };
  const first = date.year === undefined ? '' : firstDay(date, reportDate);
  return first > reportDate ? { message: ctx.t(MESSAGES.future, { text, reportDate }), asOf: first } : IN_RANGE;
}
