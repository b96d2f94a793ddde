/**
 * One small integer per figure id (see `metricId` and `periodId` in text/figure.ts), for one run of a rule at a
 * time. The ids are handed out across documents and only grow (to some 1,600 over the bench's corpus), so a plain
 * array made per run and indexed by them turned into a dictionary past index 1,024, and reading one past its end
 * deoptimised the rule in every fresh worker. These are two typed arrays kept between runs, grown to the ids
 * handed out so far: a slot holds a value only when it was written in the current run (its stamp is the run's
 * number), so starting a run clears nothing and a run that threw leaves nothing behind.
 */
export class IdSlots {
  private stamps = new Int32Array(0);
  private values = new Int32Array(0);
  private run = 0;

  /** Starts a run over ids below `size`: every slot reads -1 until set. */
  begin(size: number): void {
    if (size > this.stamps.length) {
      // Nothing to copy: every stamp so far is of an earlier run. Made for 4,096 ids at first (the bench's
      // corpus has some 1,600), so that this branch runs once: run for the first time in a later check, after
      // the caller was optimised, it deoptimised it (its code had no type feedback).
      const capacity = Math.max(size, 2 * this.stamps.length, 4096);
      this.stamps = new Int32Array(capacity);
      this.values = new Int32Array(capacity);
    }
    this.run++;
  }

  /** The value set for `id` in this run, or -1. */
  get(id: number): number {
    return this.stamps[id] === this.run ? this.values[id] : -1;
  }

  set(id: number, value: number): void {
    this.stamps[id] = this.run;
    this.values[id] = value;
  }
}
