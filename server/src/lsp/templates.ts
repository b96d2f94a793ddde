import * as path from 'path';
import { globSync } from 'tinyglobby';
import type { Engine } from '../engine/engine';
import { isBuiltinTemplate } from '../engine/template/load';

/** Template files found by name in a workspace folder. */
const TEMPLATE_FILES = ['**/*.reportlint-template.yaml', '**/*.reportlint-template.yml'];
const IGNORED = ['**/node_modules/**', '**/.git/**'];
/** The most template files listed from one folder. */
const MAX_FILES = 200;

/** Where to look for the templates a report could use. */
export interface TemplateSearch {
  /** The folders to search for `*.reportlint-template.yaml`: the report's workspace folder, else all of them. */
  roots: readonly string[];
  /** The report's folder, where the `.reportlint.yaml` that applies to it is looked for. */
  dir?: string;
  /** The workspace folder of the report (configuration is not looked for above it). */
  root?: string;
  /** The `reportlint.template` setting, resolved. */
  setting?: string;
}

/**
 * Absolute paths of the workspace templates a report could use: those its `.reportlint.yaml` names (its
 * `template:` and `templates:` entries), the one the setting names, and every `*.reportlint-template.yaml`
 * or `.yml` in the searched folders. Read only in a trusted workspace (the caller decides).
 */
export function workspaceTemplateFiles(engine: Engine, search: TemplateSearch): string[] {
  const named: string[] = [];
  const config = search.dir ? engine.configs.find(search.dir, search.root) : undefined;
  if (config) named.push(...[config.settings.template, ...config.templates.map((t) => t.template)].flatMap((t) => t ?? []));
  if (search.setting) named.push(search.setting);
  const found = search.roots.flatMap((cwd) => globSync(TEMPLATE_FILES, { cwd, absolute: true, ignore: IGNORED }).sort().slice(0, MAX_FILES));
  const files = [...named.filter((t) => !isBuiltinTemplate(t)), ...found].map((f) => path.resolve(f));
  return [...new Set(files)];
}
