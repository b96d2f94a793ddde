import * as path from 'path';
import type { FileSystem } from '../host';
import type { Range } from '../types';
import type { ConfigProblem } from './problems';
import { normalizeOptions, resolvePaths, type Settings } from './settings';
import { parseYaml, validateYaml } from './yaml';

/** Name of the workspace configuration file. */
export const CONFIG_FILE = '.reportlint.yaml';

/** A parsed `.reportlint.yaml`. */
export interface WorkspaceConfig {
  file: string;
  /** Its settings, paths made absolute. */
  settings: Settings;
  /** Glob → template entries, first match wins; templates already absolute or built-in ids. */
  templates: Array<{ match: (relativePath: string) => boolean; template: string; pointer: string }>;
  problems: ConfigProblem[];
  /** Where a value is written in the file (a JSON pointer such as `/templates/0/template`). */
  locate(pointer: string): Range | undefined;
}

interface RawConfig {
  template?: string;
  templates?: Array<{ files: string | string[]; template: string }>;
  [key: string]: unknown;
}

/** Finds and reads `.reportlint.yaml` files, caching each by modification time. */
export class ConfigStore {
  private readonly cache = new Map<string, { mtime: number; config: WorkspaceConfig }>();

  constructor(private readonly fs: FileSystem) {}

  /** The nearest configuration at or above `dir`, not looking above `stopAt` when given. */
  find(dir: string, stopAt?: string): WorkspaceConfig | undefined {
    for (let d = path.resolve(dir); ; d = path.dirname(d)) {
      const file = path.join(d, CONFIG_FILE);
      const mtime = this.fs.mtime(file);
      if (mtime !== undefined) return this.read(file, mtime);
      if ((stopAt && path.resolve(d) === path.resolve(stopAt)) || path.dirname(d) === d) return undefined;
    }
  }

  /** Reads one configuration file (cached). */
  read(file: string, mtime = this.fs.mtime(file) ?? -1): WorkspaceConfig {
    const cached = this.cache.get(file);
    if (cached && cached.mtime === mtime) return cached.config;
    const config = this.parse(file);
    this.cache.set(file, { mtime, config });
    return config;
  }

  private parse(file: string): WorkspaceConfig {
    const empty: WorkspaceConfig = { file, settings: { rules: {} }, templates: [], problems: [], locate: () => undefined };
    const text = this.fs.readFile(file);
    if (text === undefined) return { ...empty, problems: [{ file, message: 'cannot read the configuration file', severity: 'error' }] };
    const yaml = parseYaml(text, file);
    if (yaml.problems.some((p) => p.severity === 'error')) return { ...empty, problems: yaml.problems };
    if (yaml.value === undefined || yaml.value === null) return empty;
    const schemaProblems = validateYaml(yaml, 'config');
    if (schemaProblems.length) return { ...empty, problems: schemaProblems };
    const raw = yaml.value as RawConfig;
    const { options, problems } = normalizeOptions(raw, file);
    for (const p of problems) p.range = yaml.locate(p.pointer ?? '');
    const dir = path.dirname(file);
    const picomatch = require('picomatch') as typeof import('picomatch'); // loaded only for configurations that map globs
    const templates = (raw.templates ?? []).map((entry, i) => {
      const globs = Array.isArray(entry.files) ? entry.files : [entry.files];
      const template = resolvePaths({ rules: {}, template: entry.template }, dir).template!;
      return { match: picomatch(globs, { dot: true }), template, pointer: `/templates/${i}/template` };
    });
    return { file, settings: resolvePaths(options, dir), templates, problems, locate: (pointer) => yaml.locate(pointer) };
  }
}

/** The template a configuration assigns to a report (its first matching glob, else its default) and where it is written. */
export function configTemplate(config: WorkspaceConfig, reportPath: string | undefined): { template: string; pointer: string } | undefined {
  if (reportPath) {
    const rel = path.relative(path.dirname(config.file), reportPath).split(path.sep).join('/');
    const hit = config.templates.find((t) => t.match(rel));
    if (hit) return hit;
  }
  return config.settings.template === undefined ? undefined : { template: config.settings.template, pointer: '/template' };
}
