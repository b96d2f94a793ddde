import safeRegex from 'safe-regex2';

/** Longest user-supplied pattern accepted. */
const MAX_PATTERN = 500;

/**
 * Compiles a regular expression from a template or configuration file. Patterns that can backtrack
 * exponentially (nested quantifiers such as `(a+)+`) are refused, so no file can hang the checker.
 */
export function compileUserRegex(source: string, flags = 'iu'): { regex?: RegExp; error?: string } {
  if (source.length > MAX_PATTERN) return { error: `pattern longer than ${MAX_PATTERN} characters` };
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch (e) {
    return { error: `invalid regular expression: ${(e as Error).message}` };
  }
  if (!safeRegex(regex)) return { error: `pattern may take exponential time (nested or overlapping repetition): ${source}` };
  return { regex };
}
