/**
 * Short pieces of text that recur across a report — a metric's phrase (组织党课), an as-of date
 * (2025年10月31日), a placeholder (×××) — looked up by their characters in place, so that the piece is
 * sliced out once rather than at every occurrence: thousands of two-byte strings per 1 MB check, each
 * read as a key and then dropped.
 */

/** Pieces by a hash of their characters; the first piece with a hash keeps its slot (a collision slices). */
const pieces = new Map<number, string>();
/** The table's bound: it lives as long as the process (a few hundred KB at most), across documents. */
const MAX_PIECES = 20_000;
/**
 * Longer pieces are sliced each time. V8 copies a slice shorter than 13 characters into a string of its own,
 * while a longer one points into its line (and the line into the document's text): kept here, it would keep
 * a closed document's text alive.
 */
const MAX_LENGTH = 12;

/** `text.slice(start, end)`, the same string object each time for a piece already seen. */
export function internedSlice(text: string, start: number, end: number): string {
  if (end - start > MAX_LENGTH) return text.slice(start, end);
  let h = end - start;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  const known = pieces.get(h);
  if (known !== undefined && sameChars(known, text, start, end)) return known;
  const piece = text.slice(start, end);
  if (known === undefined && pieces.size < MAX_PIECES) pieces.set(h, piece);
  return piece;
}

function sameChars(piece: string, text: string, start: number, end: number): boolean {
  if (piece.length !== end - start) return false;
  for (let i = start; i < end; i++) if (piece.charCodeAt(i - start) !== text.charCodeAt(i)) return false;
  return true;
}
