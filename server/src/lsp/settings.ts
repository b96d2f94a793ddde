import * as path from 'path';
import type { ConfigProblem } from '../engine/config/problems';
import { normalizeOptions, resolvePaths, type Settings } from '../engine/config/settings';
import type { Locale } from '../engine/i18n';
import { uriToPath, type WorkspaceFolders } from './paths';

/** When reports are checked: as they are typed, or when they are saved. */
export type RunMode = 'onType' | 'onSave';

/** The `reportlint.*` settings that apply to one document, validated. */
export interface DocumentSettings {
  /** For the engine: paths made absolute against the workspace folder. */
  engine: Settings;
  run: RunMode;
  /** The workspace folder of the document: relative paths resolve here and configuration is not looked for above it. */
  root?: string;
  /** Bad values, each dropped (the default applies instead). */
  problems: ConfigProblem[];
}

/**
 * Validates the editor's `reportlint` section for a document. `template` and `figuresFile` may be relative
 * to the workspace folder (or, outside any folder, to the document's own folder).
 */
export function documentSettings(raw: unknown, locale: Locale, file: string | undefined, root: string | undefined): DocumentSettings {
  const r = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const picked = { template: r.template, reportDate: r.reportDate, rules: r.rules, figuresFile: r.figuresFile };
  const { options, problems } = normalizeOptions(picked, 'settings');
  let run: RunMode = 'onType';
  if (r.run === 'onSave' || r.run === 'onType') run = r.run;
  else if (r.run !== undefined && r.run !== null) problems.push({ file: 'settings', message: 'run: must be "onType" or "onSave"', severity: 'error', pointer: '/run' });
  const base = root ?? (file ? path.dirname(file) : process.cwd());
  return { engine: { ...resolvePaths(options, base), locale }, run, root, problems };
}

/**
 * Settings per document, asked of the client (`workspace/configuration` with the document as scope) once
 * and kept until the configuration changes; `generation` counts those changes.
 */
export class SettingsCache {
  generation = 0;
  private readonly cache = new Map<string, Promise<DocumentSettings>>();

  constructor(
    private readonly fetch: (scopeUri: string) => Promise<unknown>,
    private readonly folders: WorkspaceFolders,
    private readonly locale: Locale,
  ) {}

  get(uri: string): Promise<DocumentSettings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      const file = uriToPath(uri);
      settings = this.fetch(uri).then((raw) => documentSettings(raw, this.locale, file, this.folders.rootOf(file)));
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /** Forgets everything after a configuration change. */
  invalidate(): void {
    this.generation++;
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
