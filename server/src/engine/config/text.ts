import type { Range } from '../types';
import type { ConfigProblem } from './problems';

/**
 * Largest configuration or data file read, in characters: parsing YAML takes about 2 s per million
 * characters, and an open file is read again at every keystroke. Real templates and configuration
 * files are a few kilobytes; this still allows thousands of figures.
 */
export const MAX_CONFIG_CHARS = 250_000;

/**
 * Why the text of a configuration or data file (or front matter) cannot be used: too large, or
 * binary (a NUL character, which is also what a UTF-16 file read as UTF-8 shows). Undefined when it
 * can; `lineOffset` is the line the text starts on in its file.
 */
export function unreadableText(text: string, file: string, lineOffset = 0): ConfigProblem | undefined {
  if (text.length > MAX_CONFIG_CHARS) {
    return { file, message: `not read: ${text.length.toLocaleString('en')} characters, more than the ${MAX_CONFIG_CHARS.toLocaleString('en')} reportlint reads in a configuration or data file`, range: at(text, 0, lineOffset), severity: 'error' };
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) return { file, message: 'not a text file: it holds binary data (a NUL byte); save it as UTF-8 text', range: at(text, nul, lineOffset), severity: 'error' };
  return undefined;
}

/** The one-character range at an offset. */
function at(text: string, offset: number, lineOffset: number): Range {
  let line = lineOffset;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const character = offset - lineStart;
  return { start: { line, character }, end: { line, character: character + (offset < text.length ? 1 : 0) } };
}
