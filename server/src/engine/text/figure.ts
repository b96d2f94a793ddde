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

/**
 * A figure's small integers packed in two: `flags` holds two flags, whether the exact values are kept aside
 * (`ASIDE`), whether its clause is still open, the magnitude's index, the decimals, the significant digits
 * and the line; `spans` holds the lengths of the number and the unit and the clause's extent before and after
 * the figure's start. A value too large for its bits (never, in a report) or a range's high end puts them all aside.
 */
const SEPARATORS = 1;
const APPROXIMATE = 2;
const ASIDE = 4;
const OPEN = 8;
const MAGNITUDE_SHIFT = 4;
const DECIMALS_SHIFT = 8;
const DECIMALS_MASK = 0x7f;
const SIGNIFICANT_SHIFT = 15;
const SIGNIFICANT_MASK = 0xff;
const LINE_SHIFT = 23;
const LINE_MASK = 0x7f;
const UNIT_SHIFT = 8;
const UNIT_MASK = 0x7f;
const BEFORE_SHIFT = 15;
const AFTER_SHIFT = 23;
/** The number's length and the clause's extents before and after the figure: 8 bits each. */
const BYTE = 0xff;

/** A figure's exact values, for the few whose values do not fit their bits or that have a high end. */
interface Aside {
  numberEnd: number;
  end: number;
  high: number | undefined;
  line: number;
  clauseStart: number;
  clauseEnd: number;
  decimals: number;
  significant: number;
}

const asides = new WeakMap<Figure, Aside>();

/**
 * A figure as the figures pass keeps it for the whole check: what it names is a shared `FigureKey`; its
 * magnitude, flags, digits, line, lengths and clause are two small integers, read through getters (80
 * bytes, against 120 with a field each and ~230 with a phrase string of its own: a 1 MB report has 6,000
 * figures). Every figure has one hidden class, so the rules that walk every figure of a 1 MB report on
 * each keystroke read them at full speed.
 */
export class Figure implements TextFigure {
  readonly start: number;
  readonly value: number;
  readonly textHash: number;
  verdict: unknown = undefined;
  /** The metric's key until the clause's end, then the key with the periods named. */
  private key: Key;
  private flags: number;
  private spans: number;

  constructor(q: QuantityReader, line: number, phrase: string | undefined, clauseStart: number, textHash: number) {
    const { start, numberEnd, end, decimals, significant, high } = q;
    this.start = start;
    this.value = q.value;
    this.textHash = textHash;
    this.key = metricOf(phrase, q.unit);
    const fits = numberEnd - start <= BYTE && end - numberEnd <= UNIT_MASK && start - clauseStart <= BYTE && line <= LINE_MASK &&
      decimals <= DECIMALS_MASK && significant <= SIGNIFICANT_MASK && high === undefined;
    this.flags = (q.separators ? SEPARATORS : 0) | (q.approximate ? APPROXIMATE : 0) | OPEN | (q.magnitudeIndex << MAGNITUDE_SHIFT) |
      (fits ? (decimals << DECIMALS_SHIFT) | (significant << SIGNIFICANT_SHIFT) | (line << LINE_SHIFT) : ASIDE);
    this.spans = fits ? (numberEnd - start) | ((end - numberEnd) << UNIT_SHIFT) | ((start - clauseStart) << BEFORE_SHIFT) : 0;
    if (!fits) asides.set(this, { numberEnd, end, high, line, clauseStart, clauseEnd: -1, decimals, significant });
  }

  /** The clause ends at `end`, naming `periods` for the figure (once). */
  endClause(end: number, periods: string): void {
    this.key = withPeriods(this.key, periods);
    const after = end - this.start; // not from the figure's end: a separator inside 1,200 can end the clause
    if ((this.flags & ASIDE) === 0 && after > BYTE) this.putAside();
    this.flags &= ~OPEN;
    if ((this.flags & ASIDE) !== 0) asides.get(this)!.clauseEnd = end;
    else this.spans |= after << AFTER_SHIFT;
  }

  /** Moves the packed values aside, as a clause's end does not fit its bits. */
  private putAside(): void {
    const { numberEnd, end, line, clauseStart, decimals, significant } = this;
    asides.set(this, { numberEnd, end, high: undefined, line, clauseStart, clauseEnd: -1, decimals, significant });
    this.flags = (this.flags & (SEPARATORS | APPROXIMATE | OPEN | (0xf << MAGNITUDE_SHIFT))) | ASIDE;
  }

  get numberEnd(): number {
    return (this.flags & ASIDE) === 0 ? this.start + (this.spans & BYTE) : asides.get(this)!.numberEnd;
  }

  get end(): number {
    return (this.flags & ASIDE) === 0 ? this.start + (this.spans & BYTE) + ((this.spans >> UNIT_SHIFT) & UNIT_MASK) : asides.get(this)!.end;
  }

  get high(): number | undefined {
    return (this.flags & ASIDE) === 0 ? undefined : asides.get(this)!.high;
  }

  /** Line relative to the block. */
  get line(): number {
    return (this.flags & ASIDE) === 0 ? (this.flags >> LINE_SHIFT) & LINE_MASK : asides.get(this)!.line;
  }

  get clauseStart(): number {
    return (this.flags & ASIDE) === 0 ? this.start - ((this.spans >> BEFORE_SHIFT) & BYTE) : asides.get(this)!.clauseStart;
  }

  /** -1 until the walk over the line reaches the clause's end. */
  get clauseEnd(): number {
    if ((this.flags & ASIDE) !== 0) return asides.get(this)!.clauseEnd;
    return (this.flags & OPEN) !== 0 ? -1 : this.start + ((this.spans >> AFTER_SHIFT) & BYTE);
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
    return (this.flags & ASIDE) === 0 ? (this.flags >> DECIMALS_SHIFT) & DECIMALS_MASK : asides.get(this)!.decimals;
  }

  get significant(): number {
    return (this.flags & ASIDE) === 0 ? (this.flags >> SIGNIFICANT_SHIFT) & SIGNIFICANT_MASK : asides.get(this)!.significant;
  }

  get separators(): boolean {
    return (this.flags & SEPARATORS) !== 0;
  }

  get approximate(): boolean {
    return (this.flags & APPROXIMATE) !== 0;
  }
}
