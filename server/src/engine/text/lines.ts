import type { Position, Range } from '../types';

/** A document's text as lines without their line breaks, and the breaks that followed them. */
export interface LineText {
  lines: string[];
  /** `eols[i]` is the break after `lines[i]`; the last line's break is always empty. */
  eols: string[];
}

/** Removes a leading byte-order mark, as editors do when they open a file. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Splits text into lines (breaks as LSP counts them: CRLF, LF or a lone CR). The result always has at
 * least one (possibly empty) line. Scans with `indexOf` rather than a global regex, whose every match is
 * an array and a string: two allocations per line of every report opened or pasted.
 */
export function splitLines(text: string): LineText {
  if (text.indexOf('\r') < 0) return splitOnLf(text);
  const lines: string[] = [];
  const eols: string[] = [];
  // The next LF and CR at or after `start`; each is searched again only once passed, so a text with one
  // kind of break is not rescanned to its end for the other kind at every line.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  let start = 0;
  while (lf >= 0 || cr >= 0) {
    const end = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
    const eol = end === lf ? '\n' : lf === end + 1 ? '\r\n' : '\r';
    lines.push(text.slice(start, end));
    eols.push(eol);
    start = end + eol.length;
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
  }
  lines.push(text.slice(start));
  eols.push('');
  return { lines, eols };
}

/**
 * Text with LF breaks only (most reports): `split` makes the list at its final size, where lists grown by push
 * (two per document) made about three times that in all.
 */
function splitOnLf(text: string): LineText {
  const lines = text.split('\n');
  return { lines, eols: lfBreaks(lines.length) };
}

function lfBreaks(count: number): string[] {
  const eols: string[] = new Array(count).fill('\n');
  eols[count - 1] = '';
  return eols;
}

/**
 * A document's lines as `splitLines` splits them. With LF breaks only, the list of breaks (all LF but the
 * last) is made when first read: a check reads none of them, and a 1 MB report has 7,640 lines. An edit
 * reads them before it changes the lines (`applyEdit`), so until then they follow from the lines' count.
 */
export function documentLines(text: string): LineText {
  return text.indexOf('\r') < 0 ? new LfLines(text.split('\n')) : splitLines(text);
}

class LfLines implements LineText {
  /** Undefined until read or set: then every break is LF but the last, which is empty. */
  breaks: string[] | undefined = undefined;

  constructor(public lines: string[]) {}

  get eols(): string[] {
    return (this.breaks ??= lfBreaks(this.lines.length));
  }

  set eols(eols: string[]) {
    this.breaks = eols;
  }
}

/** Joins lines back into the exact text they came from. */
export function joinLines(text: LineText, from = 0, to = text.lines.length): string {
  let out = '';
  for (let i = from; i < to; i++) out += text.lines[i] + text.eols[i];
  return out;
}

/** Clamps a position into the text, as LSP asks for out-of-range positions. */
export function clampPosition(text: LineText, p: Position): Position {
  const last = text.lines.length - 1;
  if (p.line < 0) return { line: 0, character: 0 };
  if (p.line > last) return { line: last, character: text.lines[last].length };
  const len = text.lines[p.line].length;
  return { line: p.line, character: Math.max(0, Math.min(p.character, len)) };
}

/** What an edit did to the line array: lines `[start, oldEnd)` became `[start, newEnd)`. */
export interface LineSplice {
  start: number;
  oldEnd: number;
  newEnd: number;
  /** Change in the text's length (characters, line breaks included). */
  lengthDelta: number;
}

/** Length of lines `[from, to)` with their line breaks. */
export function spanLength(text: LineText, from = 0, to = text.lines.length): number {
  let n = 0;
  if (text instanceof LfLines && text.breaks === undefined) {
    for (let i = from; i < to; i++) n += text.lines[i].length;
    return n + (to - from) - (to === text.lines.length && to > from ? 1 : 0); // an LF after each line but the last
  }
  for (let i = from; i < to; i++) n += text.lines[i].length + text.eols[i].length;
  return n;
}

/**
 * Applies one edit in place and says which lines it replaced. The replaced span always covers
 * whole lines with their breaks, so a CR and LF that meet across the edit merge into one break
 * exactly as they would in the editor's own buffer.
 */
export function applyEdit(text: LineText, editRange: Range, newText: string): LineSplice {
  let start = clampPosition(text, editRange.start);
  let end = clampPosition(text, editRange.end);
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
  let first = start.line;
  let prefix = text.lines[first].slice(0, start.character);
  if (start.character === 0 && first > 0 && text.eols[first - 1] === '\r') {
    first -= 1; // a lone CR before the edit may merge with an LF the edit inserts
    prefix = text.lines[first] + text.eols[first];
  }
  const segment = prefix + newText + text.lines[end.line].slice(end.character) + text.eols[end.line];
  const replaced = splitLines(segment);
  if (end.line < text.lines.length - 1) {
    // The segment ended with a break, so its last "line" is the empty remainder: drop it.
    replaced.lines.pop();
    replaced.eols.pop();
  }
  const removed = spanLength(text, first, end.line + 1);
  spliceInPlace(text.lines, first, end.line + 1 - first, replaced.lines);
  spliceInPlace(text.eols, first, end.line + 1 - first, replaced.eols);
  return { start: first, oldEnd: end.line + 1, newEnd: first + replaced.lines.length, lengthDelta: spanLength(text, first, first + replaced.lines.length) - removed };
}

/** `Array.prototype.splice` without spreading the items (a paste of a million lines would overflow the stack). */
export function spliceInPlace<T>(array: T[], start: number, deleteCount: number, items: readonly T[]): void {
  if (items.length < 10000) {
    array.splice(start, deleteCount, ...items);
    return;
  }
  const tail = array.slice(start + deleteCount);
  array.length = start;
  for (const item of items) array.push(item);
  for (const item of tail) array.push(item);
}
