import { amount, states } from '../text/numbers';
import type { TextFigure } from '../text/quantities';
import { IdSlots } from './id-slots';

// Which metrics inconsistent-figure leaves alone because they are stated with too many different amounts to be
// one figure (each unit's 组织党课N次 in a compiled report), and the comparisons it makes.

/** Two figures state the same amount when either, read as rounded, states the other (1.8亿元 and 18234万元). */
export function agree(a: TextFigure, b: TextFigure): boolean {
  return states(a, amount(b)) || states(b, amount(a));
}

/** Comparable figures: with a metric, an exact amount (not 20多人 or 3至5名). */
export function comparable(figure: TextFigure): boolean {
  return figure.names.metricId >= 0 && !figure.approximate && figure.high === undefined;
}

/** The period ids stated with more than `max` different amounts: set (to 1) in these slots by `recurringMetrics`. */
const recurring = new IdSlots();
/** Per period id, how many different amounts were seen (counting stops past `max`), and the last one's entry. */
const countOf = new IdSlots();
const lastOf = new IdSlots();
/**
 * The different amounts, three integers an entry: the figure's list and its index in the list, and the entry of
 * the amount seen before it for the same id (-1 for the first). Kept between runs, as the slots are: an array per
 * period id made a tenth of what a corpus report's check allocated.
 */
let entries = new Int32Array(3 * 1024); // room for a report of some 200 KB: growing is rare (see IdSlots.begin)

/**
 * The metrics (by period id) stated with more than `max` different amounts, for ids below `ids`: each amount that
 * agrees with none seen before counts, and counting stops past `max`, so this is one pass with a few comparisons
 * per figure. The slots returned are valid until the next call.
 */
export function recurringMetrics(lists: ReadonlyArray<readonly TextFigure[]>, max: number, ids: number): IdSlots {
  recurring.begin(ids);
  if (max <= 0) return recurring;
  countOf.begin(ids);
  lastOf.begin(ids);
  let size = 0;
  for (let b = 0; b < lists.length; b++) {
    const figures = lists[b];
    for (let i = 0; i < figures.length; i++) {
      const figure = figures[i];
      if (!comparable(figure)) continue;
      const id = figure.names.periodId;
      const count = Math.max(countOf.get(id), 0);
      if (count > max || (count > 0 && agreesWithOne(lists, lastOf.get(id), figure))) continue;
      if (3 * size + 3 > entries.length) {
        const grown = new Int32Array(2 * entries.length);
        grown.set(entries);
        entries = grown;
      }
      entries[3 * size] = b;
      entries[3 * size + 1] = i;
      entries[3 * size + 2] = count > 0 ? lastOf.get(id) : -1;
      lastOf.set(id, size++);
      countOf.set(id, count + 1);
      if (count + 1 > max) recurring.set(id, 1);
    }
  }
  return recurring;
}

/** Whether a figure agrees with the amount of `entry` or one seen before it for the same id. */
function agreesWithOne(lists: ReadonlyArray<readonly TextFigure[]>, entry: number, figure: TextFigure): boolean {
  for (let e = entry; e >= 0; e = entries[3 * e + 2]) if (agree(lists[entries[3 * e]][entries[3 * e + 1]], figure)) return true;
  return false;
}
