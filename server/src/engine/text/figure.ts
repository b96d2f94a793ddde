import type { WrittenNumber } from './numbers';
import type { QuantityReader } from './quantity-reader';

/**
 * A number with a unit in the report, with what the sentence around it says about it. Its unit, the metric
 * named before it and the periods named for it are in `names`, which all the figures that name the same share.
 */
export interface TextFigure extends WrittenNumber {
  /** Line relative to the block. */
  line: number;
  /**
   * What it names: the metric before the number (专题学习 in 开展专题学习16次) when there is one, its unit, and
   * the periods named for it — normalised and joined (`2025年|h1`): those of its own clause, else those of
   * the clauses before it in the sentence; '' when there are none — with their ids.
   */
  readonly names: FigureKey;
  /** A hash of the figure as written (19次 and １９次 differ), to tell cheaply whether a re-read figure reads the same. */
  textHash: number;
  /** What a rule last concluded about this figure (inconsistent-figure keeps its finding here). */
  verdict: unknown;
  /** The clause holding the number: between 。；，、：-like marks. */
  clauseStart: number;
  clauseEnd: number;
}

/**
 * What a figure names — its phrase, unit and periods — with their ids: one object for all the figures
 * that name the same, so that no phrase string or key is made per figure, and figures keep only a pointer.
 */
export interface FigureKey {
  /** The metric named before the number, if any. */
  readonly phrase: string | undefined;
  /** Canonical unit: 次, 人次, 元, %, people, … */
  readonly unit: string;
  /** The periods named for the figure, normalised and joined; '' when none are. */
  readonly periods: string;
  /**
   * Small integers (-1 when there is no phrase) standing for the metric — phrase and unit — and for the
   * metric with `periods` (the metric's own id when no period is named), for array-indexed lookups.
   */
  readonly metricId: number;
  readonly periodId: number;
}

/**
 * A key, and for a metric's key with no period named (a metric: its `periodId` is its own id, -1
 * without a phrase) the metric's keys by the periods named with it. One shape for all keys.
 */
interface Key extends FigureKey {
  readonly byPeriods: Map<string, Key> | undefined;
}

/** Metrics by phrase and unit: no key string is built per figure. */
const metrics = new Map<string, Map<string, Key>>();
/** Units' metrics for figures with no phrase (id -1). */
const unnamed = new Map<string, Key>();
let nextId = 0;

/** How many metric and period ids have been handed out: every id of a figure read so far is below it. */
export function figureIdCount(): number {
  return nextId;
}

/**
 * The metric of a phrase (none: undefined) and a unit. Its ids are small integers, the same for equal
 * metrics across documents, so rules index arrays instead of hashing strings for every figure on every
 * keystroke. The tables only grow (by distinct phrase, unit and periods ever seen, a few dozen bytes
 * each); they are never cleared, as ids already handed out live on memoised figures.
 */
function metricOf(phrase: string | undefined, unit: string): Key {
  let byUnit = phrase === undefined ? unnamed : metrics.get(phrase);
  if (!byUnit) metrics.set(phrase!, (byUnit = new Map()));
  let metric = byUnit.get(unit);
  if (!metric) {
    const id = phrase === undefined ? -1 : nextId++;
    byUnit.set(unit, (metric = { phrase, unit, periods: '', metricId: id, periodId: id, byPeriods: new Map() }));
  }
  return metric;
}

/** A metric's key with periods named: an id of its own for each set of periods (-1 without a phrase). */
function withPeriods(metric: Key, periods: string): Key {
  if (!periods) return metric;
  let key = metric.byPeriods!.get(periods);
  if (!key) {
    const { phrase, unit, metricId } = metric;
    metric.byPeriods!.set(periods, (key = { phrase, unit, periods, metricId, periodId: metricId < 0 ? -1 : nextId++, byPeriods: undefined }));
  }
  return key;
}

/** A figure as the figures pass keeps it for the whole check: a plain object (see `newFigure`). */
export interface Figure extends TextFigure {
  /** The metric's key until the clause's end, then the key with the periods named. */
  names: FigureKey;
}

/**
 * A figure, made as one object literal with every field. Figures live as long as their document (6,000 per
 * MB of report), and V8 pretenures objects made by a literal once most of them survive a young collection:
 * they are then made in the old generation, where the scavenges of a long check do not copy them twice
 * over. Instances of a class are never pretenured; as one (its values packed into two integers read by
 * getters) a warm check of the 10 MB report executed 4.5 % more instructions. Node is built without pointer
 * compression, so each field takes 8 bytes: what the key holds (unit, phrase, periods, ids) is read through
 * `names`, not copied (a figure of 16 fields, 152 bytes and its value's box, instead of 21 and 208).
 */
export function newFigure(q: QuantityReader, line: number, phrase: string | undefined, clauseStart: number, textHash: number): Figure {
  return {
    start: q.start, numberEnd: q.numberEnd, end: q.end, value: q.value, high: q.high, magnitude: q.magnitude,
    decimals: q.decimals, significant: q.significant, separators: q.separators, approximate: q.approximate,
    line, names: metricOf(phrase, q.unit), textHash, verdict: undefined, clauseStart, clauseEnd: -1,
  };
}

/** The figure's clause ends at `end`, naming `periods` for it (once). */
export function endFigureClause(figure: Figure, end: number, periods: string): void {
  figure.names = withPeriods(figure.names as Key, periods);
  figure.clauseEnd = end;
}
