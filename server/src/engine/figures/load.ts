import * as path from 'path';
import type { ConfigProblem } from '../config/problems';
import { unreadableText } from '../config/text';
import type { FileSystem } from '../host';
import { readCsvFigures } from './csv';
import type { FigureData, FigureEntry, FigureLoad } from './types';
import { readYamlFigures } from './yaml';

let versions = 0;

/** Reads figures data files (YAML or CSV, by extension), caching each by its modification time. */
export class FigureStore {
  private readonly cache = new Map<string, { mtime: number; load: FigureLoad }>();

  constructor(private readonly fs: FileSystem) {}

  /** Loads an absolute path. Problems point into the data file with exact ranges where there is one. */
  load(file: string): FigureLoad {
    const mtime = this.fs.mtime(file);
    if (mtime === undefined) return { problems: [{ file, message: 'figures file not found', severity: 'error' }] };
    const cached = this.cache.get(file);
    if (cached && cached.mtime === mtime) return cached.load;
    const load = this.read(file);
    this.cache.set(file, { mtime, load });
    return load;
  }

  private read(file: string): FigureLoad {
    const text = this.fs.readFile(file);
    if (text === undefined) return { problems: [{ file, message: 'cannot read the figures file', severity: 'error' }] };
    const ext = path.extname(file).toLowerCase();
    if (ext !== '.csv' && ext !== '.yaml' && ext !== '.yml') {
      return { problems: [{ file, message: 'figures file must be YAML (.yaml, .yml) or CSV (.csv)', severity: 'error' }] };
    }
    const refused = unreadableText(text, file);
    if (refused) return { problems: [refused] };
    const read = ext === '.csv' ? readCsvFigures(text.replace(/^\uFEFF/, ''), file) : readYamlFigures(text, file);
    const problems = [...read.problems, ...duplicateLabels(read.entries, file)];
    if (problems.some((p) => p.severity === 'error')) return { problems };
    const data: FigureData = { file, asOf: read.asOf, entries: read.entries, version: ++versions };
    return { data, problems };
  }
}

/** A label or alias given to two entries: the first one wins, the second is reported. */
function duplicateLabels(entries: readonly FigureEntry[], file: string): ConfigProblem[] {
  const seen = new Set<string>();
  const problems: ConfigProblem[] = [];
  for (const e of entries) {
    for (const name of [e.label, ...e.aliases]) {
      const key = name.toLowerCase();
      if (seen.has(key)) problems.push({ file, message: `label "${name}" is given twice; the first entry is used`, range: e.range, severity: 'warning' });
      seen.add(key);
    }
  }
  return problems;
}
