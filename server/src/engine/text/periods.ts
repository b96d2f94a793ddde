/**
 * The periods a sentence or clause names (2025年, 上半年, 一季度, Q1, 近三年来, …), normalised (一季度 and
 * 第1季度 are q1) and joined into one key: `periodsIn` for a sentence, `LinePeriods` for the clauses of a line.
 */

import { internedSlice } from './interned';
import { toHalfWidth } from './numbers';
import { periodOrPass } from './period-reader';
import { CHAR_KIND, DOT, PERIOD_START, SENTENCE_MARK } from './walk-chars';

const PERIOD_ALIASES: Record<string, string> = {
  第一季度: 'q1', 一季度: 'q1', '1季度': 'q1', 第1季度: 'q1', 第二季度: 'q2', 二季度: 'q2', '2季度': 'q2', 第2季度: 'q2',
  第三季度: 'q3', 三季度: 'q3', '3季度': 'q3', 第3季度: 'q3', 第四季度: 'q4', 四季度: 'q4', '4季度': 'q4', 第4季度: 'q4',
  上半年: 'h1', 下半年: 'h2', 本年: '今年', 当年: '今年', 上年: '去年', 本月: '当月', 年度: '年', ytd: 'year to date',
};
/** Periods kept per clause or sentence: more is not a sentence but a list, and would make every key long. */
const MAX_PERIODS = 8;

/** Normalised periods by their text as written (a few hundred distinct ones in any report). */
const normalised = new Map<string, string>();

const WIDE_DIGIT = /[０-９]/;

function normalisePeriod(written: string): string {
  let token = normalised.get(written);
  if (token === undefined) {
    const text = WIDE_DIGIT.test(written) ? toHalfWidth(written) : written;
    const t = text.replace(/\s+/g, '').toLowerCase();
    token = PERIOD_ALIASES[t] ?? t.replace(/年度$/, '年').replace(/^(\d{4})$/, '$1年').replace(/^(\d{1,2})月份$/, '$1月');
    if (normalised.size < 10_000) normalised.set(written, token);
  }
  return token;
}

/**
 * The first `MAX_PERIODS` distinct periods named, in the order named. The list keeps its slots when
 * emptied: setting an array's length to 0 lets go of them, and a walk empties its lists at every clause.
 */
class PeriodList {
  readonly items: string[] = [];
  count = 0;

  add(token: string): void {
    if (this.count >= MAX_PERIODS) return;
    for (let k = 0; k < this.count; k++) if (this.items[k] === token) return;
    this.items[this.count++] = token;
  }

  /** The periods sorted and joined (`2025年|h1`); '' for none. */
  join(): string {
    const n = this.count;
    if (n < 2) return n ? this.items[0] : '';
    // An insertion sort of at most MAX_PERIODS: Array#sort sets up a kilobyte of working space per call.
    const sorted = SORTED;
    for (let i = 0; i < n; i++) {
      const p = this.items[i];
      let j = i;
      for (; j > 0 && sorted[j - 1] > p; j--) sorted[j] = sorted[j - 1];
      sorted[j] = p;
    }
    return joinedOf(sorted, n);
  }
}

/** Where `join` sorts (it runs for one list at a time). */
const SORTED: string[] = new Array(MAX_PERIODS).fill('');

/** Sets of periods seen, as a tree by their sorted (normalised, hence shared) strings, each with its joined key. */
interface JoinedNode {
  joined: string | undefined;
  next: Map<string, JoinedNode> | undefined;
}
const joinedTree: JoinedNode = { joined: undefined, next: undefined };
let joinedNodes = 0;

/**
 * `sorted.slice(0, n).join('|')`, made once per set of periods: the same sets recur clause after clause
 * (2025年|h1), and a copy and a string for each clause with figures were most of what reading periods made.
 */
function joinedOf(sorted: readonly string[], n: number): string {
  let node = joinedTree;
  for (let k = 0; k < n; k++) {
    let next = node.next?.get(sorted[k]);
    if (!next) {
      if (joinedNodes >= 10_000) return sorted.slice(0, n).join('|'); // bounded: the tree lives as long as the process
      joinedNodes++;
      (node.next ??= new Map()).set(sorted[k], (next = { joined: undefined, next: undefined }));
    }
    node = next;
  }
  return (node.joined ??= sorted.slice(0, n).join('|'));
}

/** The periods a sentence names, normalised, sorted and joined. */
export function periodsIn(sentence: string): string {
  const found = new PeriodList();
  for (let i = 0; i < sentence.length; i++) {
    if ((CHAR_KIND[sentence.charCodeAt(i)] & PERIOD_START) === 0) continue;
    const length = periodOrPass(sentence, i);
    if (length > 0) found.add(normalisePeriod(sentence.slice(i, i + length)));
    i += Math.abs(length) - 1;
  }
  return found.join();
}

/**
 * The periods that apply to the clauses of a line, read as a walk over the line passes its characters:
 * a clause's own, else those of the clauses before it in its sentence. Reused line after line.
 */
export class LinePeriods {
  /** Where the next period may start (past the last one read). */
  from = 0;
  /** The periods of the current clause, and of its sentence before it. */
  private readonly own = new PeriodList();
  private readonly earlier = new PeriodList();
  private joinedNow: string | undefined = undefined;

  /** Starts on a line. */
  reset(): void {
    this.from = 0;
    this.own.count = this.earlier.count = 0;
    this.joinedNow = undefined;
  }

  /** Reads the period that may start at `i` (a character that can start one, at `from` or after). */
  readAt(text: string, i: number): void {
    const length = periodOrPass(text, i);
    this.from = i + Math.abs(length);
    if (length > 0) {
      this.own.add(normalisePeriod(internedSlice(text, i, i + length))); // the periods written recur: one string each
      this.joinedNow = undefined;
    }
  }

  /** The current clause ends at a mark of kind `kind`: its periods count for the next clauses of its sentence, unless the sentence ends too. */
  endClause(kind: number): void {
    const { own, earlier } = this;
    if (own.count === 0 && (earlier.count === 0 || (kind & (SENTENCE_MARK | DOT)) === 0)) return; // most clauses name no period: nothing changes
    if ((kind & (SENTENCE_MARK | DOT)) !== 0) earlier.count = 0;
    else for (let k = 0; k < own.count; k++) earlier.add(own.items[k]);
    own.count = 0;
    this.joinedNow = undefined;
  }

  /** The periods of the current clause, read to its end, normalised and joined: its own, else its sentence's before it. */
  get joined(): string {
    return (this.joinedNow ??= (this.own.count ? this.own : this.earlier).join());
  }
}
