import * as path from 'path';
import { BUILTIN_TEMPLATES, type TemplateStore } from './load';
import type { Template } from './types';

/** A template as a picker lists it. */
export interface TemplateSummary {
  id: string;
  name: string;
  description?: string;
  language: Template['language'];
  /** `builtin:<id>`, or the template file's absolute path: what commands take to name it. */
  source: string;
}

/**
 * The built-in templates, then those of `files` (absolute paths of workspace templates) that load
 * without problems, each once. A broken template file is left out: its problems show when it is open.
 */
export function listTemplates(store: TemplateStore, files: readonly string[]): TemplateSummary[] {
  const out: TemplateSummary[] = [];
  const seen = new Set<string>();
  for (const ref of [...BUILTIN_TEMPLATES, ...files]) {
    const template = store.load(ref, path.dirname(ref)).template;
    if (!template || seen.has(template.source)) continue;
    seen.add(template.source);
    out.push({ id: template.id, name: template.name, description: template.description, language: template.language, source: template.source });
  }
  return out;
}
