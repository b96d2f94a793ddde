import { BUILTIN_TEMPLATES, type TemplateStore } from './load';

/** The built-in template whose title patterns match the report's title, if any. */
export function detectTemplate(title: string | undefined, store: TemplateStore): string | undefined {
  if (!title) return undefined;
  for (const id of BUILTIN_TEMPLATES) {
    const template = store.load(id, '.').template;
    if (template?.detect.some((re) => re.test(title))) return id;
  }
  return undefined;
}
