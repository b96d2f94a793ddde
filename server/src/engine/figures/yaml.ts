import { isIsoDate } from '../config/settings';
import type { ConfigProblem } from '../config/problems';
import { parseYaml, validateYaml } from '../config/yaml';
import { toEntry } from './entry';
import type { FigureEntry } from './types';

interface RawFile {
  asOf?: string;
  figures: Array<{ label: string; aliases?: string[]; value: number; unit: string; asOf?: string }>;
}

/** Reads a YAML figures file: syntax, then the shipped schema, then dates and units. */
export function readYamlFigures(text: string, file: string): { asOf?: string; entries: FigureEntry[]; problems: ConfigProblem[] } {
  const yaml = parseYaml(text, file);
  if (yaml.problems.some((p) => p.severity === 'error')) return { entries: [], problems: yaml.problems };
  if (yaml.value === undefined || yaml.value === null) return { entries: [], problems: [{ file, message: 'figures file is empty', range: yaml.locate(''), severity: 'error' }] };
  const schemaProblems = validateYaml(yaml, 'figures');
  if (schemaProblems.length) return { entries: [], problems: schemaProblems };
  const raw = yaml.value as RawFile;
  const problems: ConfigProblem[] = [];
  if (raw.asOf !== undefined && !isIsoDate(raw.asOf)) problems.push({ file, message: `asOf: "${raw.asOf}" is not a date`, range: yaml.locate('/asOf'), severity: 'error' });
  const entries = raw.figures.flatMap((f, i) => {
    const at = (field: string) => yaml.locate(field ? `/figures/${i}/${field}` : `/figures/${i}`);
    const entry = toEntry({ label: f.label, aliases: f.aliases ?? [], value: f.value, unit: f.unit, asOf: f.asOf }, file, at, problems);
    return entry ? [{ ...entry, asOf: entry.asOf ?? raw.asOf }] : [];
  });
  return { asOf: raw.asOf, entries, problems };
}
