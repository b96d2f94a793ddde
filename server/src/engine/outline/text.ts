import type { ReportDocument } from '../document';
import type { Range } from '../types';

/** Counts the non-space characters of a range of the document, stopping early once `limit` is reached. */
export function visibleLength(doc: ReportDocument, r: Range, limit = Infinity): number {
  return visibleLengthBetween(doc, r.start.line, r.start.character, r.end.line, r.end.character, limit);
}

/** `visibleLength` of the range from `startLine`, `startChar` to `endLine`, `endChar`, given as numbers. */
export function visibleLengthBetween(doc: ReportDocument, startLine: number, startChar: number, endLine: number, endChar: number, limit: number): number {
  let count = 0;
  for (let line = startLine; line <= endLine && line < doc.lineCount; line++) {
    const text = doc.lines[line];
    const from = line === startLine ? startChar : 0;
    const to = line === endLine ? endChar : text.length;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 0x3000 && c !== 0xa0 && ++count >= limit) return count;
    }
  }
  return count;
}

/** The part of a section's body before its first child section. */
export function ownBodyRange(section: { bodyRange: Range; children: { headingRange: Range }[] }): Range {
  const first = section.children[0];
  return first ? { start: section.bodyRange.start, end: first.headingRange.start } : section.bodyRange;
}

/**
 * Where `text` ends without the white space `trimEnd` removes (ECMAScript WhiteSpace and LineTerminator), not
 * before `from`: the index `trimEnd` would give, without making the trimmed string.
 */
export function trimmedEnd(text: string, from: number): number {
  let end = text.length;
  while (end > from && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * Whether a line is blank (`!line.trim()`): read by code unit, it stops at the first character of most lines,
 * with neither a trimmed copy nor a regex run per line (section ends are looked for on every keystroke).
 */
export function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (!isWhiteSpace(line.charCodeAt(i))) return false;
  return true;
}

/**
 * The code units `isWhiteSpace` accepts, listed, for tables built when a module loads: testing all 65,536 code
 * units there made V8 compile the loop on the stack and then drop that code, at every start of a process or worker.
 */
export const WHITE_SPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** Whether a UTF-16 code unit is one `trim` removes and `\s` matches, without making a one-character string. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0xfeff;
}
