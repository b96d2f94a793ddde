import { amount, formatLike, states } from '../text/numbers';
import { blockFigures, type TextFigure } from '../text/quantities';
import { range } from '../types';
import type { Rule, RuleFinding } from './types';

const MESSAGES = {
  found: {
    en: '"{phrase}" is given as {here} here but as {first} at line {line}.',
    'zh-cn': '“{phrase}”此处为{here}，与第 {line} 行的{first}不一致。',
  },
  fix: { en: 'Write {first} as at line {line}', 'zh-cn': '改为第 {line} 行的{first}' },
};

interface Seen {
  figure: TextFigure;
  line: number;
}

/**
 * The finding last made for a figure, with the figure it was compared with and both lines. Figures are
 * memoised with their blocks, so on the next keystroke the same figure meets the same reference at the
 * same lines and gets the very same finding back instead of a newly formatted one.
 */
const made = new WeakMap<TextFigure, { ref: TextFigure; line: number; refLine: number; locale: string; finding?: RuleFinding }>();

/** Two figures state the same amount when either, read as rounded, states the other (1.8亿元 and 18234万元). */
function agree(a: TextFigure, b: TextFigure): boolean {
  return states(a, amount(b)) || states(b, amount(a));
}

/**
 * The same metric (same words before the number, same unit) given different numbers in one report.
 * Figures whose sentences name different periods (2025年 / 2026年, 上半年 / 全年, Q1 / Q2) are
 * different metrics; a figure whose sentence names no period is compared with the first of its metric.
 */
export const inconsistentFigure: Rule = {
  id: 'inconsistent-figure',
  description: { en: 'The same figure given different numbers in one report.', 'zh-cn': '同一数据在报告中前后不一致。' },
  defaultSeverity: 'warning',
  options: {},
  run(ctx, report) {
    const firstOfMetric = new Map<string, Seen>();
    const firstOfPeriod = new Map<string, Seen>();
    for (const block of ctx.doc.blocks) {
      for (const figure of blockFigures(block, ctx.doc.lines)) {
        const metric = figure.metric;
        if (!metric || figure.approximate || figure.high !== undefined) continue;
        const line = block.start + figure.line;
        const seen: Seen = { figure, line };
        const period = figure.periodKey!;
        const ref = figure.periods ? firstOfPeriod.get(period) ?? firstOfPeriod.get(metric) : firstOfMetric.get(metric);
        if (!firstOfMetric.has(metric)) firstOfMetric.set(metric, seen);
        if (!firstOfPeriod.has(period)) firstOfPeriod.set(period, seen);
        if (!ref) continue;
        const cached = made.get(figure);
        if (cached && cached.ref === ref.figure && cached.line === line && cached.refLine === ref.line && cached.locale === ctx.locale) {
          if (cached.finding) report(cached.finding);
          continue;
        }
        if (agree(ref.figure, figure)) {
          made.set(figure, { ref: ref.figure, line, refLine: ref.line, locale: ctx.locale });
          continue;
        }
        const at = range(line, figure.start, line, figure.numberEnd);
        const text = (s: Seen) => ctx.doc.lines[s.line].slice(s.figure.start, s.figure.end);
        const args = { phrase: figure.phrase!, here: text(seen), first: text(ref), line: ref.line + 1 };
        const newText = formatLike(figure, amount(ref.figure));
        const finding: RuleFinding = {
          message: ctx.t(MESSAGES.found, args), range: range(line, figure.start, line, figure.end),
          fixes: [{ title: ctx.t(MESSAGES.fix, args), safe: false, edits: [{ range: at, newText }] }],
          data: { firstLine: ref.line },
        };
        made.set(figure, { ref: ref.figure, line, refLine: ref.line, locale: ctx.locale, finding });
        report(finding);
      }
    }
  },
};
