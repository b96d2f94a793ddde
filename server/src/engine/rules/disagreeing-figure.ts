// What inconsistent-figure concludes for a figure that disagrees with the first of its metric: the verdict kept
// on the figure between keystrokes, and the finding, whose fix is made only when asked for.
import { amount, formatLike } from '../text/numbers';
import { internedSlice } from '../text/interned';
import type { TextFigure } from '../text/quantities';
import { fill, format, splitAround, type Locale } from '../i18n';
import { range, type Finding, type Fix, type Range } from '../types';
import { agree } from './recurring-metrics';
import type { RuleContext, RuleFinding } from './types';

const MESSAGES = {
  found: {
    en: '"{phrase}" is given as {here} here but as {first} at line {line}.',
    'zh-cn': '“{phrase}”此处为{here}，与第 {line} 行的{first}不一致。',
  },
  fix: { en: 'Write {first} as at line {line}', 'zh-cn': '改为第 {line} 行的{first}' },
};

/**
 * What the rule last concluded for a figure that disagreed with the first of its metric (kept on the
 * figure, which is memoised with its block): the figure it was compared with, both lines, and the
 * finding. On the next keystroke the same figure meets the same reference at the same lines and the
 * finding is reused as it is. A figure that agreed keeps none: comparing again costs less than the
 * object did (one per figure of a report, against one per finding). The finding is its own verdict: the
 * facts a verdict names are those the finding keeps for its fix (one object per finding, not two).
 */
export type Verdict = DisagreeingFigure;

/**
 * Compares a figure with the first of its metric, `ref` at line `refLine`: a verdict with a finding when they state
 * different amounts, else undefined. `refWritten`: the reference as written, when its columns may be stale (see
 * `DisagreeingFigure.refWritten`).
 */
export function judge(ctx: RuleContext, figure: TextFigure, line: number, ref: TextFigure, refLine: number, refWritten?: string, refIndex = -1): Verdict | undefined {
  if (agree(ref, figure)) return undefined;
  const first = refWritten ?? written(ctx, ref, refLine);
  const message = pieces.message(ctx, figure.names.phrase!, written(ctx, figure, line), first, refLine, refIndex);
  return new DisagreeingFigure(message, figure, line, ref, refLine, first, ctx.locale);
}

/**
 * The message in three pieces: what names the metric, the figure here, and what names the reference. A report
 * compares many figures with the same first one (527 findings against 139 references in the 1 MB report, all of
 * one metric), so the pieces around the figure are made once per reference and shared by its messages: a
 * message is then two joins instead of eight.
 */
class MessagePieces {
  private locale = '';
  private before: readonly string[] = [];
  private after: readonly string[] = [];
  /** By reference (its index in a run's first figures, see `compareAll`): the pieces, and the phrase of the first. */
  private readonly heads: Array<string | undefined> = [];
  private readonly phrases: Array<string | undefined> = [];
  private readonly tails: Array<string | undefined> = [];
  private readonly args = { phrase: '', first: '', line: 0 };

  message(ctx: RuleContext, phrase: string, here: string, first: string, refLine: number, refIndex: number): string {
    if (this.locale !== ctx.locale) {
      const split = splitAround(MESSAGES.found, ctx.locale, 'here')!;
      this.locale = ctx.locale;
      this.before = split[0];
      this.after = split[1];
      this.forget(this.heads.length);
    }
    const args = this.args; // one record refilled for every piece (`fill` keeps none of it)
    args.phrase = phrase;
    args.first = first;
    args.line = refLine + 1;
    if (refIndex < 0) return fill(this.before, args) + here + fill(this.after, args);
    // Grown by push: a store far past the end would turn the lists into slow dictionaries.
    while (this.heads.length <= refIndex) {
      this.heads.push(undefined);
      this.phrases.push(undefined);
      this.tails.push(undefined);
    }
    let head = this.heads[refIndex];
    if (head === undefined || this.phrases[refIndex] !== phrase) {
      this.heads[refIndex] = head = fill(this.before, args);
      this.phrases[refIndex] = phrase;
    }
    const tail = (this.tails[refIndex] ??= fill(this.after, args));
    return head + here + tail;
  }

  /** Forgets the pieces of references `[0, count)`, as a run ends: its indexes mean other figures in the next. */
  forget(count: number): void {
    this.heads.fill(undefined, 0, count);
    this.phrases.fill(undefined, 0, count);
    this.tails.fill(undefined, 0, count);
  }
}

export const pieces = new MessagePieces();

/** A figure as written (a function, not a closure and a record made per finding). */
function written(ctx: RuleContext, figure: TextFigure, line: number): string {
  return internedSlice(ctx.doc.lines[line], figure.start, figure.end);
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
  readonly #firstWritten: string;
  #fixes?: Fix[];

  constructor(readonly message: string, figure: TextFigure, line: number, first: TextFigure, firstLine: number, firstWritten: string, locale: Locale) {
    this.range = range(line, figure.start, line, figure.end);
    this.data = { firstLine };
    this.#figure = figure;
    this.#first = first;
    this.#locale = locale;
    this.#firstWritten = firstWritten;
  }

  /** The figure this one was compared with (accessors on the prototype: no properties of the finding). */
  get ref(): TextFigure {
    return this.#first;
  }

  /** The line of this figure. */
  get line(): number {
    return this.range.start.line;
  }

  /** The line of the reference. */
  get refLine(): number {
    return this.data.firstLine as number;
  }

  /**
   * The reference as written. An edit that only moves columns in the reference's block replaces its figures
   * by re-read ones and leaves this verdict on the old one, whose columns no longer fit the line; its written
   * form does not change with such an edit, so a later re-judging of this figure takes it from here.
   */
  get refWritten(): string {
    return this.#firstWritten;
  }

  get locale(): Locale {
    return this.#locale;
  }

  get fixes(): Fix[] {
    const figure = this.#figure;
    const line = this.range.start.line;
    return (this.#fixes ??= [{
      title: format(MESSAGES.fix, this.#locale, { first: this.#firstWritten, line: this.refLine + 1 }), safe: false,
      edits: [{ range: range(line, figure.start, line, figure.numberEnd), newText: formatLike(figure, amount(this.#first)) }],
    }]);
  }

  toJSON(): Finding {
    return { message: this.message, range: this.range, fixes: this.fixes, data: this.data, ruleId: this.ruleId, severity: this.severity };
  }
}
