import type { Locale } from '../../engine/i18n';
import { JSON_ARRAY, jsonFindings } from './json';
import { sarifLog, sarifResults } from './sarif';
import { textFindings, textSummary } from './text';
import type { FileFindings, Format, Totals } from './types';

/** One checked file as the output needs it: its findings already formatted, and how many of each severity. */
export interface FileReport {
  /** The findings in the output format: text lines, or JSON/SARIF array elements joined by `,\n` ('' for none). */
  output: string;
  /** The same as UTF-8, instead of `output`, when a checking thread handed it over in shared memory. */
  bytes?: Uint8Array;
  errors: number;
  warnings: number;
  infos: number;
}

/** Formats one file's findings (on whichever thread checked it) and counts them. */
export function reportFile(result: FileFindings, format: Format, root: string): FileReport {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of result.findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  const output = format === 'json' ? jsonFindings(result) : format === 'sarif' ? sarifResults(result, root) : textFindings(result);
  return { output, errors, warnings, infos };
}

/**
 * Prints the files' reports as they come, in the order given, and what goes around them at the end; keeps only
 * the counts. The output is the same as formatting all results at once.
 */
export class Output {
  readonly totals: Totals = { files: 0, errors: 0, warnings: 0, infos: 0 };
  private readonly array?: { head: string; tail: string; empty: string };
  private started = false;

  constructor(
    format: Format,
    private readonly write: (text: string) => void,
    private readonly options: { root: string; locale: Locale; version: string },
    private readonly writeBytes: (bytes: Uint8Array) => void = (bytes) => write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8')),
  ) {
    if (format === 'json') this.array = JSON_ARRAY;
    else if (format === 'sarif') this.array = sarifLog(options.root, options.version);
  }

  add(report: FileReport): void {
    const t = this.totals;
    t.files++;
    t.errors += report.errors;
    t.warnings += report.warnings;
    t.infos += report.infos;
    const bytes = report.bytes;
    if (!report.output && !bytes?.length) return;
    if (this.array) {
      this.write(this.started ? ',\n' : this.array.head);
      this.started = true;
    }
    if (bytes) this.writeBytes(bytes);
    else this.write(report.output);
  }

  end(): void {
    const text = !this.array ? textSummary(this.totals, this.options.locale) : this.started ? this.array.tail : this.array.empty;
    if (text) this.write(text);
  }
}
