import { amount, formatLike, states } from '../text/numbers';
import { blockFigures, type TextFigure } from '../text/quantities';
import { range } from '../types';
import type { Rule, RuleContext, RuleFinding } from './types';

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
 * What the rule last concluded for a figure (kept on the figure, which is memoised with its block): the
 * figure it was compared with, both lines, and the finding if they disagreed. On the next keystroke the
 * same figure meets the same reference at the same lines and the conclusion is reused as it is.
 */
interface Verdict {
  ref: TextFigure;
  line: number;
  refLine: number;
  locale: string;
  finding?: RuleFinding;
}

/** Compares a figure with the first of its metric; a finding when they state different amounts. */
function judge(ctx: RuleContext, figure: TextFigure, line: number, ref: Seen): Verdict {
  const verdict: Verdict = { ref: ref.figure, line, refLine: ref.line, locale: ctx.locale };
  if (agree(ref.figure, figure)) return verdict;
  const at = range(line, figure.start, line, figure.numberEnd);
  const text = (s: Seen) => ctx.doc.lines[s.line].slice(s.figure.start, s.figure.end);
  const args = { phrase: figure.phrase!, here: text({ figure, line }), first: text(ref), line: ref.line + 1 };
  const newText = formatLike(figure, amount(ref.figure));
  verdict.finding = {
    message: ctx.t(MESSAGES.found, args), range: range(line, figure.start, line, figure.end),
    fixes: [{ title: ctx.t(MESSAGES.fix, args), safe: false, edits: [{ range: at, newText }] }],
    data: { firstLine: ref.line },
  };
  return verdict;
}

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
    const firstOfMetric: Array<Seen | undefined> = [];
    const firstOfPeriod: Array<Seen | undefined> = [];
    const blocks = ctx.doc.blocks;
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b];
      const figures = blockFigures(block, ctx.doc.lines);
      for (let i = 0; i < figures.length; i++) {
        const figure = figures[i];
        const metric = figure.metricId;
        if (metric < 0 || figure.approximate || figure.high !== undefined) continue;
        const line = block.start + figure.line;
        const period = figure.periodId;
        const ref = figure.periods ? firstOfPeriod[period] ?? firstOfPeriod[metric] : firstOfMetric[metric];
        if (!firstOfMetric[metric]) firstOfMetric[metric] = { figure, line };
        if (!firstOfPeriod[period]) firstOfPeriod[period] = firstOfMetric[metric]!.figure === figure ? firstOfMetric[metric] : { figure, line };
        if (!ref) continue;
        const verdict = figure.verdict as Verdict | undefined;
        if (verdict && verdict.ref === ref.figure && verdict.line === line && verdict.refLine === ref.line && verdict.locale === ctx.locale) {
          if (verdict.finding) report(verdict.finding);
          continue;
        }
        figure.verdict = judge(ctx, figure, line, ref);
        const finding = (figure.verdict as Verdict).finding;
        if (finding) report(finding);
      }
    }
  },
};
