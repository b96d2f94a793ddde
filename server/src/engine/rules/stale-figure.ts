import * as path from 'path';
import { blockBindings, isCurrent } from '../figures/bind';
import type { FigureData } from '../figures/types';
import { addDays, daysBetween } from '../text/calendar';
import { formatLike, formatNumber } from '../text/numbers';
import { range } from '../types';
import type { Rule, RuleContext, RuleFinding } from './types';

const MESSAGES = {
  differs: {
    en: '"{label}" is given as {written}; the figures file gives {value}{unit} as of {asOf} ({file}).',
    'zh-cn': '“{label}”写作{written}，数据文件中为{value}{unit}（截至 {asOf}，{file}）。',
  },
  fix: { en: 'Write {value}{unit} from the figures file', 'zh-cn': '改为数据文件中的{value}{unit}' },
  staleFile: {
    en: 'Figures file {file} is as of {asOf}, {days} days before the report date {reportDate} (more than {limit}).',
    'zh-cn': '数据文件 {file} 截至 {asOf}，比报告日期 {reportDate} 早 {days} 天（超过 {limit} 天）。',
  },
};

/** Where to flag a stale data file: the front matter `figures:` value, or the first line when a setting named it. */
function fileRange(ctx: RuleContext) {
  if (ctx.figures?.origin === 'front-matter') {
    const at = ctx.frontMatter.yaml?.locate('/figures');
    if (at) return at;
  }
  return range(0, 0, 0, ctx.doc.lines[0].length);
}

function checkFileDate(ctx: RuleContext, data: FigureData, report: (finding: RuleFinding) => void): void {
  const limit = ctx.options.staleAfterDays as number;
  if (!data.asOf || data.asOf >= addDays(ctx.reportDate, -limit)) return;
  const args = { file: path.basename(data.file), asOf: data.asOf, days: daysBetween(data.asOf, ctx.reportDate), reportDate: ctx.reportDate, limit };
  report({ message: ctx.t(MESSAGES.staleFile, args), range: fileRange(ctx), data: { file: data.file } });
}

/**
 * Figures that differ from the figures data file: a sentence names a label (or alias) and gives a
 * number with the entry's unit that does not state its value. Also a data file older than the report allows.
 */
export const staleFigure: Rule = {
  id: 'stale-figure',
  description: { en: 'A figure that differs from the figures data file, or a data file that is out of date.', 'zh-cn': '数据与数据文件不一致，或数据文件已过时。' },
  defaultSeverity: 'warning',
  options: {
    staleAfterDays: {
      type: 'number',
      default: 90,
      description: 'How many days before the report date the data file\'s asOf may be.',
      validate: (v) => (Number.isInteger(v) && (v as number) >= 0 ? undefined : 'must be a whole number of days, 0 or more'),
    },
  },
  run(ctx, report) {
    const data = ctx.figures?.data;
    if (data) checkFileDate(ctx, data, report);
  },
  blockVersion: (ctx) => `${ctx.figures?.data.file}\u0000${ctx.figures?.data.version}`,
  runBlock(block, ctx, report) {
    const data = ctx.figures?.data;
    if (!data) return; // no data file applies
    for (const b of blockBindings(block, ctx.doc.lines, data)) {
      if (isCurrent(b)) continue;
      const line = block.start + b.line;
      const written = ctx.doc.lines[line].slice(b.figure.start, b.figure.end);
      const base = b.entry.value * b.entry.magnitude;
      const args = { label: b.entry.label, written, value: formatNumber(b.entry.value), unit: /^[A-Za-z]/.test(b.entry.unit) ? ' ' + b.entry.unit : b.entry.unit, asOf: b.entry.asOf ?? '?', file: path.basename(data.file) };
      const at = range(line, b.figure.start, line, b.figure.numberEnd);
      const fix = { title: ctx.t(MESSAGES.fix, args), safe: false, edits: [{ range: at, newText: formatLike(b.figure, base) }] };
      report({ message: ctx.t(MESSAGES.differs, args), range: range(line, b.figure.start, line, b.figure.end), fixes: [fix], data: { label: b.entry.label, value: b.entry.value, unit: b.entry.unit, asOf: b.entry.asOf } });
    }
  },
};
