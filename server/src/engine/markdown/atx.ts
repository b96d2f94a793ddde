/** The opening `#`s of an ATX heading line and the blanks after them. */
export const ATX_OPEN = /^ {0,3}#{1,6}(?:[ \t]+|$)/;

/** Blanks that separate an ATX heading's closing `#`s from its text. */
function isBlank(c: string): boolean {
  return c === ' ' || c === '\t';
}

/**
 * Where the closing sequence of an ATX heading line starts (`## Title ##  ` → the blank before the
 * last `##`), looking no further left than `from` (the text after the opening `#`s); -1 when there is
 * none. A loop rather than `/[ \t]+#+[ \t]*$/`, which backtracks quadratically over a long run of blanks.
 */
export function atxClosingStart(line: string, from: number): number {
  let end = line.length;
  while (end > from && isBlank(line[end - 1])) end--;
  let i = end;
  while (i > from && line[i - 1] === '#') i--;
  if (i === end || (i > from && !isBlank(line[i - 1]))) return -1;
  while (i > from && isBlank(line[i - 1])) i--;
  return i;
}

/** The end of `line` without its trailing spaces and tabs, not before `from`. */
export function trimBlanksEnd(line: string, from: number): number {
  let end = line.length;
  while (end > from && isBlank(line[end - 1])) end--;
  return end;
}
