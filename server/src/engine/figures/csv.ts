import { parse } from 'csv-parse/sync';
import type { ConfigProblem } from '../config/problems';
import type { Range } from '../types';
import { toEntry } from './entry';
import type { FigureEntry } from './types';

const COLUMNS = ['label', 'value', 'unit', 'asOf', 'aliases'] as const;
type Column = (typeof COLUMNS)[number];
const REQUIRED: readonly Column[] = ['label', 'value', 'unit'];
const NUMBER = /^-?\d+(?:\.\d+)?$/;

interface Row {
  fields: string[];
  /** Offset in the text of each field's first character. */
  starts: number[];
}

/** Reads a CSV figures file: header `label,value,unit,asOf` (asOf and `aliases`, separated by `|`, optional). */
export function readCsvFigures(text: string, file: string): { asOf?: string; entries: FigureEntry[]; problems: ConfigProblem[] } {
  const at = positions(text);
  const problems: ConfigProblem[] = [];
  const fail = (message: string, range?: Range) => ({ entries: [], problems: [...problems, { file, message, range, severity: 'error' as const }] });
  let rows: Row[];
  try {
    rows = records(text);
  } catch (e) {
    const err = e as Error & { lines?: number };
    const line = Math.max(0, (err.lines ?? 1) - 1);
    return fail(`invalid CSV: ${err.message}`, { start: { line, character: 0 }, end: { line, character: lineLength(text, line) } });
  }
  if (!rows.length) return fail('figures file is empty', at(0, 0));
  const [header, ...body] = rows;
  const columns = new Map<Column, number>();
  header.fields.forEach((name, i) => {
    const column = COLUMNS.find((c) => c.toLowerCase() === name.trim().toLowerCase());
    if (column) columns.set(column, i);
    else problems.push({ file, message: `unknown column "${name}" (columns: ${COLUMNS.join(', ')})`, range: at(header.starts[i], name.length), severity: 'error' });
  });
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length) return fail(`missing column(s): ${missing.join(', ')}`, at(header.starts[0], header.fields.join(',').length));
  if (problems.length) return { entries: [], problems };
  const entries = body.flatMap((row) => toRow(row, header.fields.length, columns, file, at, problems) ?? []);
  const dates = entries.flatMap((e) => e.asOf ?? []).sort();
  return { asOf: dates[dates.length - 1], entries, problems };
}

function toRow(row: Row, width: number, columns: Map<Column, number>, file: string, at: (offset: number, length: number) => Range, problems: ConfigProblem[]): FigureEntry | undefined {
  const cell = (c: Column) => (columns.has(c) ? (row.fields[columns.get(c)!] ?? '').trim() : '');
  const where = (c: Column | '') => {
    const i = c ? columns.get(c) : 0;
    return i === undefined || i >= row.fields.length ? at(row.starts[0], 0) : at(row.starts[i], row.fields[i].length);
  };
  const error = (message: string, c: Column | '') => {
    problems.push({ file, message, range: where(c), severity: 'error' });
    return undefined;
  };
  if (row.fields.length !== width) return error(`row has ${row.fields.length} field(s); the header has ${width}`, '');
  if (!cell('label')) return error('label is empty', 'label');
  if (!NUMBER.test(cell('value'))) return error(`value "${cell('value')}" is not a number`, 'value');
  if (!cell('unit')) return error('unit is empty', 'unit');
  const aliases = cell('aliases').split(/[|;]/).map((a) => a.trim()).filter(Boolean);
  const raw = { label: cell('label'), aliases, value: Number(cell('value')), unit: cell('unit'), asOf: cell('asOf') || undefined };
  return toEntry(raw, file, (f) => where(f), problems);
}

/** Records with the offset of every field, blank lines skipped. */
function records(text: string): Row[] {
  const parsed = parse(text, { raw: true, relax_column_count: true, skip_empty_lines: false }) as unknown as Array<{ record: string[]; raw: string }>;
  const rows: Row[] = [];
  let offset = 0;
  for (const { record, raw } of parsed) {
    if (!(record.length === 1 && record[0] === '' && !raw.trim())) rows.push({ fields: record, starts: fieldStarts(raw).map((s) => offset + s) });
    offset += raw.length;
  }
  return rows;
}

/** Offsets of the fields of one raw CSV record (quotes respected). */
function fieldStarts(raw: string): number[] {
  const starts = [0];
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '"') quoted = !quoted;
    else if (raw[i] === ',' && !quoted) starts.push(i + 1);
  }
  return starts;
}

/** Converts text offsets to ranges. */
function positions(text: string): (offset: number, length: number) => Range {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const pos = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - lineStarts[lo] };
  };
  return (offset, length) => ({ start: pos(offset), end: pos(offset + length) });
}

function lineLength(text: string, line: number): number {
  return (text.split('\n')[line] ?? '').replace(/\r$/, '').length;
}
