import { isIsoDate } from '../config/settings';
import type { ConfigProblem } from '../config/problems';
import { parseUnit } from '../text/units';
import type { Range } from '../types';
import type { FigureEntry } from './types';

/** Fields of a data file row or list item, already of the right types. */
export interface RawEntry {
  label: string;
  aliases: string[];
  value: number;
  unit: string;
  asOf?: string;
}

/**
 * Turns a row into an entry, reporting what cannot be used: an impossible date (error), or a unit
 * reportlint does not read (warning: that figure is not checked).
 */
export function toEntry(raw: RawEntry, file: string, at: (field: 'unit' | 'asOf' | '') => Range | undefined, problems: ConfigProblem[]): FigureEntry | undefined {
  if (raw.asOf !== undefined && !isIsoDate(raw.asOf)) {
    problems.push({ file, message: `asOf: "${raw.asOf}" is not a date`, range: at('asOf'), severity: 'error' });
    return undefined;
  }
  const unit = parseUnit(raw.unit);
  if (!unit) {
    problems.push({ file, message: `unit "${raw.unit}" is not one reportlint reads (次, 人次, 篇, 个, 万元, %, people …); "${raw.label}" is not checked`, range: at('unit'), severity: 'warning' });
    return undefined;
  }
  return { ...raw, magnitude: unit.magnitude, baseUnit: unit.unit, range: at('') };
}
