import type { LineSpan } from './inline';

// Which runs of `*` Markdown leaves as text in a report: redaction marks (在**科, 对**工作), told apart from the
// bold a writer meant where CommonMark reads it otherwise.

/** Characters that make inline syntax other than a run of `*` matter: code, HTML, escapes, links, images, entities, `_` and `~`. */
const OTHER_SYNTAX = /[`<\\[\]!&_~]/;
/** Stands for "one run of stars, left as text but not reported". */
export const NO_RUN: LineSpan = Object.freeze({ line: -1, start: -1, end: -1 });

/**
 * A paragraph whose only inline syntax is one run of `*` (`在**科试点`: a redaction mark, the commonest markup of a
 * report): no emphasis can form (a run never pairs with itself), so the parse would leave every star as text. Its
 * literal stars are then that run, when it is two or more long or sits between Han characters (see `analyse`);
 * NO_RUN when it is not; undefined when the paragraph has other syntax or another run, and needs the parse.
 */
export function loneStarRun(own: readonly string[]): LineSpan | undefined {
  let run: LineSpan | undefined;
  for (let line = 0; line < own.length; line++) {
    const text = own[line];
    if (OTHER_SYNTAX.test(text)) return undefined;
    for (let i = text.indexOf('*'); i >= 0; i = text.indexOf('*', i)) {
      if (run) return undefined;
      let end = i + 1;
      while (text.charCodeAt(end) === 0x2a) end++;
      run = { line, start: i, end };
      i = end;
    }
  }
  if (!run) return undefined;
  const text = own[run.line];
  return run.end - run.start >= 2 || (HAN.test(text[run.start - 1] ?? '') && HAN.test(text[run.end] ?? '')) ? run : NO_RUN;
}

/** Consecutive star offsets as runs `[from, to)`. */
export function runsOf(stars: number[]): Array<[number, number]> {
  stars.sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const offset of stars) {
    const run = runs[runs.length - 1];
    if (run && run[1] === offset) run[1]++;
    else runs.push([offset, offset + 1]);
  }
  return runs;
}

/**
 * `**一是加强学习。**全年……这是**重点**的`: CommonMark cannot close bold after Chinese punctuation
 * followed by a letter, so it leaves those stars as text or pairs them across the sentence, yet the
 * writer meant bold. Of the stars not taken for emphasis, two consecutive `**` around a phrase are
 * intended bold, not placeholders (so `**局和**处` passes: a known limit).
 */
export function withoutIntendedBold(text: string, runs: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < runs.length; i++) {
    const [from, to] = runs[i];
    const next = runs[i + 1];
    if (next && to - from === 2 && next[1] - next[0] === 2 && isPhrase(text.slice(to, next[0]))) {
      i++;
      continue;
    }
    out.push([from, to]);
  }
  return out;
}

/** A short stretch of words that bold can wrap: 2 to 30 characters, one line, no 、，；or quotes inside. */
function isPhrase(inner: string): boolean {
  return inner.length >= 2 && inner.length <= 30 && !/[\n，、；,;“”]/.test(inner) && !/^\p{P}/u.test(inner);
}

export const HAN = /\p{Script=Han}/u;

/**
 * `对**工作……推动**事业`, `与**、**、**党支部`, `《**市**局`: CommonMark pairs redaction marks into
 * bold, since in Chinese every `*` sits inside a word. A pair stays emphasis when it stands apart from
 * the words around it (`**一是……。**`, `，**重点**，`) or wraps a short phrase (`这是**加粗**文字`: 2 to
 * 30 characters on one line, no 、，；or quotation marks, not starting with punctuation); any other
 * pair is two placeholders.
 */
export function redactionPair(text: string, open: number, length: number, close: number): boolean {
  if (!HAN.test(text[open - 1] ?? '') && !HAN.test(text[close + length] ?? '')) return false;
  return !isPhrase(text.slice(open + length, close));
}
