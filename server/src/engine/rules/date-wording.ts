import { dateFacts, type LineDate } from '../text/as-of';
import { fullYear } from '../text/calendar';
import { range, type Range } from '../types';
import type { Rule, RuleContext, RuleFinding } from './types';

const MESSAGES = {
  jiezhi: { en: '"截止" means "ends"; before a point in time write "截至".', 'zh-cn': '“截止”表示到期停止，用在时间之前应写作“截至”。' },
  jiezhiFix: { en: 'Write "截至"', 'zh-cn': '改为“截至”' },
  padded: { en: 'Date "{text}" has zero-padded numbers; GB/T 9704 writes "{fixed}".', 'zh-cn': '日期“{text}”的月、日不应补零，应写作“{fixed}”。' },
  paddedFix: { en: 'Write "{fixed}"', 'zh-cn': '改为“{fixed}”' },
  short: { en: 'Two-digit year in "{text}"; write the year in full ({year}).', 'zh-cn': '“{text}”使用了两位年份，应写全年份（{year}）。' },
  shortFix: { en: 'Write {year}', 'zh-cn': '改为 {year}' },
};

/** Words before a two-digit year that make it a duration (近26年10个月) rather than a date. */
const DURATION_BEFORE = /(?:近|约|共|历时|用时|耗时|经过|达|超过|余|了)\s*$/;

/**
 * Dates worded against GB/T 9704 and usage: 截止 right before a date (截至 is meant), zero-padded
 * 2026年03月05日, and two-digit years (26年3月). 截止 after a date (报名于10月31日截止) is correct.
 */
export const dateWording: Rule = {
  id: 'date-wording',
  description: { en: 'Dates worded wrongly: 截止 for 截至, zero-padded 03月05日, two-digit years.', 'zh-cn': '日期写法不规范：误用“截止”、月日补零、两位年份。' },
  defaultSeverity: 'warning',
  cheap: true,
  options: {},
  blockVersion: (ctx) => ctx.reportDate,
  runBlock(block, ctx, report) {
    const facts = dateFacts(block, ctx.doc.lines);
    const words = facts.jiezhiWords;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      report(jiezhi(ctx, range(block.start + w.line, w.start, block.start + w.line, w.end)));
    }
    const dates = facts.dates;
    for (let i = 0; i < dates.length; i++) {
      const date = dates[i];
      const line = block.start + date.line;
      if (date.asOf?.text === '截止') report(jiezhi(ctx, range(line, date.asOf.start, line, date.asOf.end)));
      if (date.style === 'cn' && (padded(ctx.doc.lines[line], date.monthSpan) || padded(ctx.doc.lines[line], date.daySpan))) report(unpadded(ctx, line, date));
      if (date.yearSpan && date.year !== undefined && date.year < 100) shortYear(ctx, line, date, report);
    }
  },
};

function jiezhi(ctx: RuleContext, at: Range): RuleFinding {
  return { message: ctx.t(MESSAGES.jiezhi), range: at, fixes: [{ title: ctx.t(MESSAGES.jiezhiFix), safe: true, edits: [{ range: at, newText: '截至' }] }] };
}

/** Whether a month or day is written with two digits, the first a zero (03, ０３). */
function padded(text: string, span: [number, number] | undefined): boolean {
  if (!span || span[1] - span[0] !== 2) return false;
  const c = text.charCodeAt(span[0]);
  return c === 0x30 || c === 0xff10;
}

/** The finding for a date with leading zeros in its month or day, and the date without them. */
function unpadded(ctx: RuleContext, line: number, date: LineDate): RuleFinding {
  const text = ctx.doc.lines[line];
  let fixed = '';
  let at = date.start;
  for (const span of [date.monthSpan, date.daySpan]) {
    if (!padded(text, span)) continue;
    fixed += text.slice(at, span![0]);
    at = span![0] + 1;
  }
  fixed += text.slice(at, date.end);
  const r = range(line, date.start, line, date.end);
  return { message: ctx.t(MESSAGES.padded, { text: text.slice(date.start, date.end), fixed }), range: r, fixes: [{ title: ctx.t(MESSAGES.paddedFix, { fixed }), safe: true, edits: [{ range: r, newText: fixed }] }] };
}

function shortYear(ctx: RuleContext, line: number, date: LineDate, report: (f: RuleFinding) => void): void {
  const text = ctx.doc.lines[line];
  if (DURATION_BEFORE.test(text.slice(Math.max(0, date.start - 4), date.start))) return;
  const year = fullYear(date, ctx.reportDate)!;
  const [a, b] = date.yearSpan!;
  const r = range(line, a, line, b);
  const args = { text: text.slice(date.start, date.end), year };
  report({ message: ctx.t(MESSAGES.short, args), range: range(line, date.start, line, date.end), fixes: [{ title: ctx.t(MESSAGES.shortFix, args), safe: false, edits: [{ range: r, newText: String(year) }] }] });
}
