import { MAGNITUDE_VALUES, type Quantity } from './numbers';
import type { QuantityReader } from './quantity-reader';

/** A number with a unit in the report, with what the sentence around it says about it. */
export interface TextFigure extends Quantity {
  /** Line relative to the block. */
  line: number;
  /** The metric named before the number (专题学习 in 开展专题学习16次), when there is one. */
  phrase?: string;
  /**
   * Small integers (-1 when there is no phrase) standing for the metric — phrase and unit — and for the
   * metric with `periods` (the metric's own id when no period is named), for array-indexed lookups.
   */
  metricId: number;
  periodId: number;
  /** A hash of the figure as written (19次 and １９次 differ), to tell cheaply whether a re-read figure reads the same. */
  textHash: number;
  /** What a rule last concluded about this figure (inconsistent-figure keeps its finding here). */
  verdict: unknown;
  /**
   * Periods named for it, normalised and joined (`2025年|h1`): those of its own clause, else those of
   * the clauses before it in the sentence; '' when there are none.
   */
  periods: string;
  /** The clause holding the number: between 。；，、：-like marks. */
  clauseStart: number;
  clauseEnd: number;
}

/**
 * What a figure names — its phrase, unit and periods — with their ids: one object for all the figures
 * that name the same, so a figure holds one reference instead of five fields and its own phrase string.
 */
export interface FigureKey {
  readonly phrase: string | undefined;
  readonly unit: string;
  readonly periods: string;
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

const SEPARATORS = 1;
const APPROXIMATE = 2;
/** Flags below this bit, then the magnitude's index (below 16), the decimals and the significant digits. */
const MAGNITUDE_SHIFT = 2;
const DECIMALS_SHIFT = 6;
const SIGNIFICANT_SHIFT = 18;
/** Decimals and significant digits each take 12 bits: a number with 4,096 digits or more keeps them aside. */
const DIGITS_MASK = 0xfff;
const LONG = 1 << 30;
/** The decimals and significant digits of figures too long for their bits (never, in a report). */
const longDigits = new WeakMap<Figure, { decimals: number; significant: number }>();

/**
 * A figure as the figures pass keeps it for the whole check: what it names is a shared `FigureKey`, its
 * magnitude, two flags, its decimals and significant digits one small integer, read through getters (~120
 * bytes instead of ~230 with a field each and a phrase string of its own). Every figure has one hidden class,
 * so the rules that walk every figure of a 1 MB report on each keystroke read them at full speed.
 */
export class Figure implements TextFigure {
  readonly start: number;
  readonly numberEnd: number;
  readonly end: number;
  readonly value: number;
  readonly high: number | undefined;
  readonly line: number;
  readonly clauseStart: number;
  readonly textHash: number;
  /** Set when the walk over the line reaches the clause's end. */
  clauseEnd = -1;
  verdict: unknown = undefined;
  /** The metric's key until the clause's end, then the key with the periods named. */
  private key: Key;
  private readonly flags: number;

  constructor(q: QuantityReader, line: number, phrase: string | undefined, clauseStart: number, textHash: number) {
    this.start = q.start;
    this.numberEnd = q.numberEnd;
    this.end = q.end;
    this.value = q.value;
    this.high = q.high;
    this.line = line;
    this.clauseStart = clauseStart;
    this.textHash = textHash;
    this.key = metricOf(phrase, q.unit);
    const { decimals, significant } = q;
    const long = decimals > DIGITS_MASK || significant > DIGITS_MASK;
    this.flags = (q.separators ? SEPARATORS : 0) | (q.approximate ? APPROXIMATE : 0) | (q.magnitudeIndex << MAGNITUDE_SHIFT) |
      (long ? LONG : (decimals << DECIMALS_SHIFT) | (significant << SIGNIFICANT_SHIFT));
    if (long) longDigits.set(this, { decimals, significant });
  }

  /** The clause ends at `end`, naming `periods` for the figure (once). */
  endClause(end: number, periods: string): void {
    this.clauseEnd = end;
    this.key = withPeriods(this.key, periods);
  }

  /** What the figure names, shared with the figures that name the same (equal keys are the same object). */
  get names(): FigureKey {
    return this.key;
  }

  get phrase(): string | undefined {
    return this.key.phrase;
  }

  get unit(): string {
    return this.key.unit;
  }

  get periods(): string {
    return this.key.periods;
  }

  get metricId(): number {
    return this.key.metricId;
  }

  get periodId(): number {
    return this.key.periodId;
  }

  get magnitude(): number {
    return MAGNITUDE_VALUES[(this.flags >> MAGNITUDE_SHIFT) & 0xf];
  }

  get decimals(): number {
    return (this.flags & LONG) === 0 ? (this.flags >> DECIMALS_SHIFT) & DIGITS_MASK : longDigits.get(this)!.decimals;
  }

  get significant(): number {
    return (this.flags & LONG) === 0 ? (this.flags >> SIGNIFICANT_SHIFT) & DIGITS_MASK : longDigits.get(this)!.significant;
  }

  get separators(): boolean {
    return (this.flags & SEPARATORS) !== 0;
  }

  get approximate(): boolean {
    return (this.flags & APPROXIMATE) !== 0;
  }
}
