import { isIsoDate } from './config/settings';
import type { ConfigProblem } from './config/problems';
import { parseYaml, type YamlFile } from './config/yaml';
import type { ReportDocument } from './document';
import { isSpaceCode, skipWhiteSpace } from './text/numbers';

/** What reportlint reads from a report's front matter; other keys are the writer's own and are ignored. */
export interface FrontMatter {
  template?: string;
  /** The report date, YYYY-MM-DD. */
  date?: string;
  title?: string;
  /** Figures data file, relative to the report. */
  figures?: string;
  /** Chart image → the data file it is drawn from. */
  charts?: Record<string, string>;
  /** The parsed YAML, to locate values for findings. */
  yaml?: YamlFile;
}

type FrontMatterResult = { frontMatter: FrontMatter; problems: ConfigProblem[] };

const cache = new WeakMap<ReportDocument, { source: string; result: FrontMatterResult }>();
/** Parsed front matter by its text, shared between documents: reports of one kind often have the same. */
const bySource = new Map<string, FrontMatterResult & { file: string }>();
const MAX_SHARED = 64;

/** Reads and checks the front matter (cached until it changes). Problems point into the report itself. */
export function readFrontMatter(doc: ReportDocument, file: string): FrontMatterResult {
  const span = doc.frontMatter;
  if (!span) return { frontMatter: {}, problems: [] };
  const hit = cache.get(doc);
  if (hit && hit.source === span.source) return hit.result;
  const result = parseShared(span.source, file);
  cache.set(doc, { source: span.source, result });
  return result;
}

/** The YAML library takes a while even for two lines; the same text parses to the same values. */
function parseShared(source: string, file: string): FrontMatterResult {
  const known = bySource.get(source);
  if (known) return known.file === file ? known : inFile(known, file);
  const result = parse(source, file);
  if (bySource.size >= MAX_SHARED) bySource.delete(bySource.keys().next().value!);
  bySource.set(source, { ...result, file });
  return result;
}

/** The same front matter, its problems and YAML pointing at another report. */
function inFile(known: FrontMatterResult, file: string): FrontMatterResult {
  const yaml = known.frontMatter.yaml && { ...known.frontMatter.yaml, file, problems: known.frontMatter.yaml.problems.map((p) => ({ ...p, file })) };
  return { frontMatter: { ...known.frontMatter, yaml }, problems: known.problems.map((p) => ({ ...p, file })) };
}

function parse(source: string, file: string): { frontMatter: FrontMatter; problems: ConfigProblem[] } {
  const yaml = parseYaml(source, file, 1);
  const problems = [...yaml.problems];
  const frontMatter: FrontMatter = { yaml };
  const value = yaml.value;
  if (value === undefined || value === null) return { frontMatter, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ file, message: 'front matter must be a mapping of keys to values', range: yaml.locate(''), severity: 'error' });
    return { frontMatter, problems };
  }
  const v = value as Record<string, unknown>;
  const bad = (key: string, message: string) => problems.push({ file, message: `front matter ${key}: ${message}`, range: yaml.locate(`/${key}`), severity: 'error' });
  for (const key of ['template', 'title', 'figures'] as const) {
    if (v[key] === undefined || v[key] === null) continue;
    if (typeof v[key] === 'string' && v[key]) frontMatter[key] = v[key] as string;
    else bad(key, 'must be a non-empty string');
  }
  if (v.date !== undefined && v.date !== null) {
    const date = v.date instanceof Date ? v.date.toISOString().slice(0, 10) : String(v.date);
    if (isIsoDate(date)) frontMatter.date = date;
    else bad('date', `"${date}" is not a date in the form YYYY-MM-DD`);
  }
  if (v.charts !== undefined && v.charts !== null) {
    const charts = v.charts;
    if (typeof charts === 'object' && !Array.isArray(charts) && Object.values(charts).every((x) => typeof x === 'string')) {
      frontMatter.charts = charts as Record<string, string>;
    } else bad('charts', 'must map each chart image to the data file it is drawn from');
  }
  return { frontMatter, problems };
}

/** A front matter line for one of a few keys (`template: ./t.yaml  # note`), as written. */
export interface FrontMatterEntry {
  key: string;
  /** The value as written, quotes kept; the blanks around it and a comment after it left out. */
  value: string;
  /** Where the value starts on the line. */
  start: number;
}

/**
 * Reads `key: value # comment` when the line starts with one of `keys`; undefined for other lines. By
 * hand: the patterns this replaces (`^key\s*:\s*(.*?)\s*(?:#.*)?$` and a quoted variant) backtracked
 * over runs of blanks, and a front matter line of a few thousand blanks kept the server busy for minutes.
 */
export function frontMatterEntry(line: string, keys: readonly string[]): FrontMatterEntry | undefined {
  const key = keys.find((k) => line.startsWith(k));
  if (key === undefined) return undefined;
  const colon = skipWhiteSpace(line, key.length);
  if (line.charCodeAt(colon) !== 0x3a) return undefined; // :
  const start = skipWhiteSpace(line, colon + 1);
  const comment = line.indexOf('#', start);
  let end = comment < 0 ? line.length : comment;
  while (end > start && isSpaceCode(line.charCodeAt(end - 1))) end--;
  return { key, value: line.slice(start, end), start };
}

/** A YAML scalar as written, without its quotes: `"…"` read as JSON (escapes), `'…'` with `''` for a quote; plain as is. */
export function unquote(value: string): string {
  if (/^".*"$/.test(value)) {
    try {
      return JSON.parse(value) as string;
    } catch {
      return value;
    }
  }
  return /^'.*'$/.test(value) ? value.slice(1, -1).replace(/''/g, "'") : value;
}
