import { blockFigures, type TextFigure } from '../text/quantities';
import { figureIdCount } from '../text/figure';
import type { ReportDocument } from '../document';
import { judge, pieces, type Verdict } from './disagreeing-figure';
import { IdSlots } from './id-slots';
import { comparable, recurringMetrics } from './recurring-metrics';
import type { Rule, RuleContext, RuleFinding } from './types';

/**
 * The same metric (same words before the number, same unit) given different numbers in one report.
 * Figures whose sentences name different periods (2025年 / 2026年, 上半年 / 全年, Q1 / Q2) are
 * different metrics; a figure whose sentence names no period is compared with the first of its metric.
 * A metric given more than `maxAmounts` different amounts (for its period) is a phrase that recurs for
 * different things — each unit's 组织党课N次 in a compiled report — not one figure, and is not reported.
 */
export const inconsistentFigure: Rule = {
  id: 'inconsistent-figure',
  description: { en: 'The same figure given different numbers in one report.', 'zh-cn': '同一数据在报告中前后不一致。' },
  defaultSeverity: 'warning',
  options: {
    maxAmounts: {
      type: 'number',
      default: 2,
      description: 'A metric stated with more than this many different amounts is taken to recur for different things (each unit\'s figure in a compiled report) and is not reported; 0 reports every difference.',
      validate: (v) => (Number.isInteger(v) && (v as number) >= 0 ? undefined : 'must be a whole number, 0 or more'),
    },
  },
  blockFacts: blockFigures,
  run(ctx, report, gathered) {
    // The engine always passes a block-facts rule the lists it gathered (gather.ts, `factsFindings`).
    const { lists, starts } = gathered as { lists: Array<readonly TextFigure[]>; starts: Int32Array };
    const last = lastRuns.get(ctx.doc);
    const edited = last && last.locale === ctx.locale ? onlyRewritten(last, lists, starts) : undefined;
    const next = edited !== undefined ? update(ctx, last!, lists, edited) : compareAll(ctx, lists, starts);
    lastRuns.set(ctx.doc, next);
    for (let i = 0; i < next.findings.length; i++) report(next.findings[i]);
  },
};

/** A run's figures (the non-empty lists of its blocks, at their lines) and findings, as many per list as `counts` says. */
interface Run {
  locale: string;
  lists: Array<readonly TextFigure[]>;
  /** Typed arrays: kept with the document, their slots lie outside the JavaScript heap. */
  starts: Int32Array;
  counts: Int32Array;
  findings: RuleFinding[];
}

const lastRuns = new WeakMap<ReportDocument, Run>();

/**
 * Every figure compared with the first of its metric (and period), the verdicts of the last run reused
 * where they still hold. A figure that is the first of its metric loses any verdict it had: a figure has
 * one exactly when it was compared in the latest run and disagreed.
 */
function compareAll(ctx: RuleContext, lists: Array<readonly TextFigure[]>, starts: Int32Array): Run {
  const run: Run = { locale: ctx.locale, lists, starts, counts: new Int32Array(lists.length), findings: [] };
  const ids = figureIdCount();
  const recurring = recurringMetrics(lists, ctx.options.maxAmounts as number, ids);
  // The first figure of each metric and of each metric with periods: an index into `firsts`, by id.
  let seen = 0;
  firstOfMetric.begin(ids);
  firstOfPeriod.begin(ids);
  // In `finally`: a run that throws halfway must not leave its message pieces (see `pieces`) to the next run,
  // where the same reference index means another figure.
  try {
    for (let b = 0; b < lists.length; b++) {
      const figures = lists[b];
      const before = run.findings.length;
      for (let i = 0; i < figures.length; i++) {
        const figure = figures[i];
        const names = figure.names;
        const metric = names.metricId;
        if (!comparable(figure)) continue;
        const line = starts[b] + figure.line;
        const period = names.periodId;
        const metricFirst = firstOfMetric.get(metric);
        const periodFirst = firstOfPeriod.get(period);
        const refIndex = names.periods ? (periodFirst >= 0 ? periodFirst : firstOfPeriod.get(metric)) : metricFirst;
        if (metricFirst < 0 || periodFirst < 0) {
          if (seen === firstLines.length) growFirsts();
          firsts[seen] = figure;
          firstLines[seen] = line;
          if (metricFirst < 0) firstOfMetric.set(metric, seen);
          if (periodFirst < 0) firstOfPeriod.set(period, seen);
          seen++;
        }
        if (refIndex < 0 || recurring.get(period) >= 0) {
          figure.verdict = undefined;
          continue;
        }
        const ref = firsts[refIndex];
        const refLine = firstLines[refIndex];
        const kept = figure.verdict as Verdict | undefined;
        const verdict = kept && kept.ref === ref && kept.line === line && kept.refLine === refLine && kept.locale === ctx.locale ? kept : judge(ctx, figure, line, ref, refLine, undefined, refIndex);
        figure.verdict = verdict;
        if (verdict) run.findings.push(verdict);
      }
      run.counts[b] = run.findings.length - before;
    }
  } finally {
    firsts.fill(undefined!, 0, seen); // not to keep this document's figures alive
    pieces.forget(seen);
  }
  return run;
}

/**
 * The first figure of each metric (and period) in order, and its line, while a run compares: kept with their slots
 * from run to run (a record per first figure was some 3,000 objects per 1 MB check, and the list grew by push).
 */
const firsts: TextFigure[] = [];
let firstLines = new Int32Array(1024);

function growFirsts(): void {
  const more = new Int32Array(firstLines.length * 2);
  more.set(firstLines);
  firstLines = more;
}

/** The first figure of each metric, and of each metric with periods, by id (see IdSlots). */
const firstOfMetric = new IdSlots();
const firstOfPeriod = new IdSlots();

/**
 * The index of the one block whose figures were read again but read the same (typing in a sentence with
 * figures: the same metrics, periods, amounts and written forms, on the same lines, only columns moved),
 * when that is all that changed since the last run; else undefined.
 */
function onlyRewritten(last: Run, lists: Array<readonly TextFigure[]>, starts: Int32Array): number | undefined {
  if (lists.length !== last.lists.length) return undefined;
  let edited: number | undefined;
  for (let b = 0; b < lists.length; b++) {
    if (starts[b] !== last.starts[b]) return undefined;
    if (lists[b] === last.lists[b]) continue;
    if (edited !== undefined || !sameFigures(last.lists[b], lists[b])) return undefined;
    edited = b;
  }
  return edited;
}

function sameFigures(a: readonly TextFigure[], b: readonly TextFigure[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    // One key per phrase, unit and periods (text/figure.ts): the same key names the same.
    if (x.textHash !== y.textHash || x.line !== y.line || x.end - x.start !== y.end - y.start || x.names !== y.names ||
      x.approximate !== y.approximate || x.high !== y.high || x.value !== y.value || x.magnitude !== y.magnitude ||
      x.decimals !== y.decimals || x.significant !== y.significant) return false;
  }
  return true;
}

/**
 * The last run with one block's figures re-read the same: every comparison stands, so only that block's
 * findings are made again (their columns moved), each against the figure it was compared with before (or
 * its re-read self, when that was in the same block). Findings elsewhere name this block's figures only
 * by line and written form, which did not change.
 */
function update(ctx: RuleContext, last: Run, lists: Array<readonly TextFigure[]>, edited: number): Run {
  const run: Run = { locale: ctx.locale, lists, starts: last.starts, counts: last.counts, findings: [] };
  const before = last.lists[edited];
  const after = lists[edited];
  const renewed = new Map<TextFigure, TextFigure>();
  for (let i = 0; i < before.length; i++) renewed.set(before[i], after[i]);
  const fresh: RuleFinding[] = [];
  for (let i = 0; i < after.length; i++) {
    const old = before[i].verdict as Verdict | undefined;
    if (!old) continue;
    const reread = renewed.get(old.ref);
    // A reference in another block may be a figure an earlier edit re-read: its columns are stale, its written form is not.
    const verdict = reread ? judge(ctx, after[i], old.line, reread, old.refLine) : judge(ctx, after[i], old.line, old.ref, old.refLine, old.refWritten);
    after[i].verdict = verdict;
    if (verdict) fresh.push(verdict);
  }
  let from = 0;
  for (let b = 0; b < edited; b++) from += last.counts[b];
  run.findings = [...last.findings.slice(0, from), ...fresh, ...last.findings.slice(from + last.counts[edited])];
  run.counts = last.counts.slice();
  run.counts[edited] = fresh.length;
  return run;
}

