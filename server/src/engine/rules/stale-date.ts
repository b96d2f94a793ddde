import { dateFacts, type LineDate } from '../text/as-of';
import { addDays, daysBetween, firstDay, lastDay } from '../text/calendar';
import { internedSlice } from '../text/interned';
import { fill, prefill } from '../i18n';
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
    const limit = ctx.options.staleAfterDays as number;
    if (judged.reportDate !== ctx.reportDate || judged.limit !== limit || judged.locale !== ctx.locale) startJudging(ctx, limit);
    for (let i = 0; i < dates.length; i++) {
      const date = dates[i];
      if (!date.asOf) continue;
      const line = block.start + date.line;
      const text = internedSlice(ctx.doc.lines[line], date.start, date.end); // reports repeat their as-of dates
      // A short text is a piece of its own (see internedSlice) and is kept across checks; a longer one points into
      // the document's text, so it is kept for this check only.
      const verdicts = text.length <= MAX_KEPT_TEXT ? judged.verdicts : ctx.shared(LONG_VERDICTS, newVerdicts);
      let verdict = verdicts.get(text);
      if (verdict === undefined) {
        if (judged.verdicts.size >= MAX_KEPT_VERDICTS) judged.verdicts.clear();
        verdicts.set(text, (verdict = judge(date, text, ctx.reportDate, limit)));
      }
      if (verdict === IN_RANGE) continue;
      // ruleId and severity made with the finding, as the engine stamps them after: added later, they took a second object per finding.
      const finding: Finding = { message: verdict.message, range: range(line, date.asOf.start, line, date.end), data: verdict.data, ruleId: '', severity: 'warning' };
      report(finding);
    }
  },
};

/**
 * What an as-of date says for a report date, limit and locale: its message and the day it stands for, unless it
 * is in range. Findings of the same date share the message and the `data` record, which no one changes.
 */
interface Verdict {
  message: string;
  data: { asOf: string };
}

const IN_RANGE: Verdict = Object.freeze({ message: '', data: Object.freeze({ asOf: '' }) });

/**
 * Verdicts by the date's text, for one report date, limit and locale (a date's text decides its day), kept from
 * check to check while those stay the same: reports repeat their as-of dates (截至10月31日 paragraph after
 * paragraph, 679 distinct texts for 1,196 in the 1 MB report), and a check of the same report (a keystroke, the
 * same file again) finds them worked out and worded. The messages' fixed parts are filled once with the verdicts.
 */
const judged = {
  reportDate: '',
  limit: -1,
  locale: '',
  verdicts: new Map<string, Verdict>(),
  stale: [] as readonly string[],
  future: [] as readonly string[],
};

/** Texts kept across checks: at most as long as interned pieces, so no document's text is kept with them. */
const MAX_KEPT_TEXT = 12;
const MAX_KEPT_VERDICTS = 5000;
/** Verdicts of longer texts (as of October 31, 2025), for one check. */
const LONG_VERDICTS = 'stale-date:verdicts';

function newVerdicts(): Map<string, Verdict> {
  return new Map();
}

function startJudging(ctx: RuleContext, limit: number): void {
  judged.reportDate = ctx.reportDate;
  judged.limit = limit;
  judged.locale = ctx.locale;
  judged.verdicts = new Map();
  judged.stale = prefill(MESSAGES.stale, ctx.locale, { reportDate: ctx.reportDate, limit });
  judged.future = prefill(MESSAGES.future, ctx.locale, { reportDate: ctx.reportDate });
}

/** The arguments a message is filled with: one record, refilled for each message (`fill` keeps none). */
const args = { text: '', days: 0 };

function judge(date: LineDate, text: string, reportDate: string, limit: number): Verdict {
  // The last day decides most dates; the first is made only for one that is not stale.
  const last = lastDay(date, reportDate);
  args.text = text;
  if (last < addDays(reportDate, -limit)) {
    args.days = daysBetween(last, reportDate);
    return { message: fill(judged.stale, args), data: { asOf: last } };
  }
  const first = date.year === undefined ? '' : firstDay(date, reportDate);
  return first > reportDate ? { message: fill(judged.future, args), data: { asOf: first } } : IN_RANGE;
}
