import type { ConfigProblem } from '../config/problems';
import type { Range } from '../types';

/** One figure of a data file: a metric, its current value and unit, and the date it holds for. */
export interface FigureEntry {
  label: string;
  aliases: string[];
  /** Value as the data file gives it, in `unit`. */
  value: number;
  /** Unit as the data file writes it (万元, 人次, %). */
  unit: string;
  /** Magnitude and canonical unit of `unit` (万元 → 1e4 and 元). */
  magnitude: number;
  baseUnit: string;
  /** The entry's own date, else the file's (YYYY-MM-DD). */
  asOf?: string;
  /** Where the entry is written in the data file. */
  range?: Range;
}

/** A figures data file, read and checked. */
export interface FigureData {
  /** Absolute path. */
  file: string;
  /** Date the file holds for: YAML's top-level asOf, or the newest row date of a CSV file. */
  asOf?: string;
  entries: FigureEntry[];
  /** Changes whenever the file is read again, so per-block caches know when to recompute. */
  version: number;
}

/** A data file, or why it could not be used. */
export interface FigureLoad {
  data?: FigureData;
  problems: ConfigProblem[];
}
