import { parseMarker, type Marker } from '../outline/markers';

/**
 * What is being typed at the cursor, read from its line alone:
 * - `heading`: nothing yet, `#`s, or the start of a marker (`三`, `（`, `第`) — whole headings are offered,
 *   replacing `[from, cursor)`;
 * - `title`: a complete marker and/or `#`s, then the start of a title — template titles are offered;
 * - `body`: anywhere else in the text — the next enumeration marker may be offered.
 */
export type TypingContext =
  | { kind: 'heading'; from: number; hashes: number }
  | { kind: 'title'; hashes: number; marker?: Marker; titleStart: number }
  | { kind: 'body' };

const HASHES = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const INDENT = /^[ \t\u3000]*/;
const NUMERAL = '[一二三四五六七八九十百零〇两]';
/** The beginning of a numbering marker, before its closing punctuation is typed. */
const PARTIAL_MARKER = new RegExp(`^(?:[（(]?${NUMERAL}*|[（(]?[0-9０-９]{0,3}|第(?:${NUMERAL}|[0-9０-９])*)$`);
/** A title being typed stops at the end of its sentence. */
const SENTENCE_END = /[。！？!?；;，,：:]/;

/** Classifies the text before `character` on `line`. */
export function typingContext(line: string, character: number): TypingContext {
  const before = line.slice(0, character);
  const h = HASHES.exec(before);
  const hashes = h ? h[1].length : 0;
  const from = h ? before.length - before.trimStart().length : INDENT.exec(before)![0].length;
  const restStart = h ? h[0].length : from;
  const rest = before.slice(restStart);
  if (PARTIAL_MARKER.test(rest) && !line.slice(character).trim()) return { kind: 'heading', from, hashes };
  const marker = parseMarker(rest);
  const title = marker ? rest.slice(marker.length) : rest;
  const spaced = h !== null && /[ \t]$/.test(h[0]);
  if ((marker || spaced) && !SENTENCE_END.test(title)) return { kind: 'title', hashes, marker, titleStart: restStart + (marker?.length ?? 0) };
  return { kind: 'body' };
}
