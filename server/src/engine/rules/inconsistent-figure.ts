import { amount, formatLike, states } from '../text/numbers';
import { blockFigures, type TextFigure } from '../text/quantities';
import { format, type Locale } from '../i18n';
import { range, type Finding, type Fix, type Range } from '../types';
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
  const text = (s: Seen) => ctx.doc.lines[s.line].slice(s.figure.start, s.figure.end);
  const args = { phrase: figure.phrase!, here: text({ figure, line }), first: text(ref), line: ref.line + 1 };
  verdict.finding = new DisagreeingFigure(ctx.t(MESSAGES.found, args), figure, line, ref.figure, ctx.locale, args);
  return verdict;
}

/**
 * A finding whose fix is made when asked for (a quick fix, fix-all, JSON or SARIF output): a compiled
 * report can hold thousands of these findings, and their fixes were a third of the memory the rule kept.
 * `toJSON` gives what a plain finding would.
 */
class DisagreeingFigure implements RuleFinding {
  ruleId = '';
  severity: Finding['severity'] = 'warning';
  readonly range: Range;
  readonly data: Record<string, unknown>;
  // Private fields are no properties: the finding compares, spreads and serialises as a plain one.
  readonly #figure: TextFigure;
  readonly #first: TextFigure;
  readonly #locale: Locale;
  readonly #args: Record<string, string | number>;
  #fixes?: Fix[];

  constructor(readonly message: string, figure: TextFigure, line: number, first: TextFigure, locale: Locale, args: Record<string, string | number>) {
    this.range = range(line, figure.start, line, figure.end);
    this.data = { firstLine: (args.line as number) - 1 };
    this.#figure = figure;
    this.#first = first;
    this.#locale = locale;
    this.#args = args;
  }

  get fixes(): Fix[] {
    const figure = this.#figure;
    const line = this.range.start.line;
    return (this.#fixes ??= [{
      title: format(MESSAGES.fix, this.#locale, this.#args), safe: false,
      edits: [{ range: range(line, figure.start, line, figure.numberEnd), newText: formatLike(figure, amount(this.#first)) }],
    }]);
  }

  toJSON(): Finding {
    return { message: this.message, range: this.range, fixes: this.fixes, data: this.data, ruleId: this.ruleId, severity: this.severity };
  }
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
  blockFacts: blockFigures,
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
