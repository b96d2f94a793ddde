import type { Range } from '../types';

/** A problem in a configuration file (template, .reportlint.yaml, figures file, front matter, setting). */
export interface ConfigProblem {
  /** The file the problem is in; for settings, `settings`. */
  file: string;
  message: string;
  /** Where in that file, when known. */
  range?: Range;
  severity: 'error' | 'warning';
  /** JSON pointer of the offending value (e.g. `/rules/placeholder`), for locating it in YAML. */
  pointer?: string;
}
