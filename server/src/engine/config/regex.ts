/** Longest user-supplied pattern accepted. */
const MAX_PATTERN = 500;

/**
 * Compiles a regular expression from a template or configuration file. Patterns that can backtrack
 * exponentially (nested quantifiers such as `(a+)+`) are refused, so no file can hang the checker.
 * `trusted` patterns — the built-in templates', which a test checks the same way — skip that analysis,
 * so a check that only uses built-in templates never loads it.
 */
export function compileUserRegex(source: string, flags = 'iu', options: { trusted?: boolean } = {}): { regex?: RegExp; error?: string } {
  if (source.length > MAX_PATTERN) return { error: `pattern longer than ${MAX_PATTERN} characters` };
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch (e) {
    return { error: `invalid regular expression: ${(e as Error).message}` };
  }
  if (!options.trusted && !isSafe(regex)) return { error: `pattern may take exponential time (nested or overlapping repetition): ${source}` };
  return { regex };
}

function isSafe(regex: RegExp): boolean {
  const safeRegex = require('safe-regex2') as typeof import('safe-regex2'); // loaded on first use: it builds large tables
  return safeRegex(regex);
}
