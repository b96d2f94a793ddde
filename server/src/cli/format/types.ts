import type { Finding } from '../../engine/types';

/** The findings of one checked file. */
export interface FileFindings {
  /** Absolute path. */
  file: string;
  /** Path as shown to the user (relative to the working directory). */
  display: string;
  findings: Finding[];
}

/** The output formats. */
export type Format = 'text' | 'json' | 'sarif';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];

/** Counts over the checked files, for the summary line and the exit status. */
export interface Totals {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** A flat finding as the JSON format prints it; lines and columns are 1-based. */
export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  severity: Finding['severity'];
  message: string;
}

/** A finding with 1-based positions, as people and CI logs count lines and columns. */
export function oneBased(f: Finding): Omit<JsonFinding, 'file'> {
  return {
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
  };
}
