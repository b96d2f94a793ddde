import * as path from 'path';
import { compileUserRegex } from '../config/regex';
import type { ConfigProblem } from '../config/problems';
import { knownYaml, parseYaml, validateYaml, type YamlFile } from '../config/yaml';
import { builtinYaml } from './builtin-yaml.generated';
import { packageRoot, type FileSystem } from '../host';
import type { Template, TemplateSection } from './types';

/** Ids of the templates shipped with reportlint (public API). */
export const BUILTIN_TEMPLATES = ['zh-model-agency', 'zh-work-summary', 'en-status-report'] as const;

/** A template, or why it could not be loaded. */
export interface TemplateLoad {
  template?: Template;
  problems: ConfigProblem[];
  /** Every file the template was read from (itself and what it extends), for change watching. */
  files: string[];
}

interface RawSection {
  id: string;
  title?: string;
  aliases?: string[];
  match?: string;
  required?: boolean;
  repeatable?: boolean;
  minBodyLength?: number;
  collectUnmatched?: boolean;
  inParagraph?: string;
  guidance?: string;
  children?: { min?: number; max?: number; sections?: RawSection[] };
}

interface RawTemplate {
  id: string;
  name?: string;
  description?: string;
  language?: 'zh' | 'en';
  extends?: string;
  detect?: { title?: string[] };
  sections?: RawSection[];
}

/** Whether a template reference names a built-in template rather than a file. */
export function isBuiltinTemplate(ref: string): boolean {
  return (BUILTIN_TEMPLATES as readonly string[]).includes(ref);
}

/** Path of a built-in template's YAML file. */
export function builtinTemplatePath(id: string): string {
  return path.join(packageRoot(), 'templates', `${id}.yaml`);
}

/** Whether a file is one of the built-in templates shipped with reportlint. */
function isBuiltinTemplateFile(file: string): boolean {
  return BUILTIN_TEMPLATES.some((id) => builtinTemplatePath(id) === file);
}

/** Loads templates by id or path, caching each by the modification times of all files it was read from. */
export class TemplateStore {
  private readonly cache = new Map<string, { stamps: Array<number | undefined>; load: TemplateLoad }>();

  constructor(private readonly fs: FileSystem) {}

  /** Loads `ref` (a built-in id, or a path relative to `baseDir`). */
  load(ref: string, baseDir: string): TemplateLoad {
    const file = isBuiltinTemplate(ref) ? builtinTemplatePath(ref) : path.resolve(baseDir, ref);
    const cached = this.cache.get(file);
    if (cached && this.fresh(cached.load.files, cached.stamps)) return cached.load;
    const { raw, files, problems, yaml } = this.readRaw(file, []);
    const load: TemplateLoad = { problems, files };
    if (raw && yaml) {
      const template = toTemplate(raw, file, yaml, problems, files.every(isBuiltinTemplateFile));
      if (!problems.length) load.template = template;
    }
    this.cache.set(file, { stamps: load.files.map((f) => this.fs.mtime(f)), load });
    return load;
  }

  /** Whether every file a cached template was read from (itself and what it extends) is unchanged. */
  private fresh(files: string[], stamps: Array<number | undefined>): boolean {
    return files.every((f, i) => stamps[i] !== undefined && this.fs.mtime(f) === stamps[i]);
  }

  /** Reads a template file and what it extends, merged, before regexes are compiled. */
  private readRaw(file: string, chain: string[]): { raw?: RawTemplate; yaml?: YamlFile; files: string[]; problems: ConfigProblem[] } {
    const fail = (message: string, yaml?: YamlFile, at = '') => ({
      files: [file], problems: [{ file, message, range: yaml?.locate(at), severity: 'error' as const }],
    });
    const text = this.fs.readFile(file);
    if (text === undefined) return fail(`template file not found or unreadable: ${file}`);
    const yaml = builtinTemplateYaml(file, text) ?? parseYaml(text, file);
    if (yaml.problems.some((p) => p.severity === 'error')) return { files: [file], problems: yaml.problems };
    if (yaml.value === undefined || yaml.value === null) return fail('template file is empty', yaml);
    const schemaProblems = validateYaml(yaml, 'template');
    if (schemaProblems.length) return { files: [file], problems: schemaProblems };
    const raw = yaml.value as RawTemplate;
    if (!raw.extends) return { raw, yaml, files: [file], problems: [] };
    const parentFile = isBuiltinTemplate(raw.extends) ? builtinTemplatePath(raw.extends) : path.resolve(path.dirname(file), raw.extends);
    if (parentFile === file || chain.includes(parentFile)) {
      const cycle = [...chain, file, parentFile].map((f) => path.basename(f)).join(' → ');
      return fail(`template inheritance is circular: ${cycle}`, yaml, '/extends');
    }
    const parent = this.readRaw(parentFile, [...chain, file]);
    const files = [file, ...parent.files];
    if (!parent.raw) {
      const cause = parent.problems[0]?.message ?? 'invalid template';
      const own = fail(`cannot extend "${raw.extends}": ${cause}`, yaml, '/extends').problems;
      return { files, problems: this.fs.mtime(parentFile) === undefined ? own : [...own, ...parent.problems] }; // a missing file holds no problems
    }
    return { raw: mergeTemplates(parent.raw, raw), yaml, files, problems: [] };
  }
}

/**
 * A built-in template file as parsed at build time (scripts/compile-templates.mjs), while its text is the one it was
 * parsed from (an editor may hold it changed): its YAML is then not parsed again. Parsing a template was the largest
 * part of loading it, about 12 ms in a process that had parsed no YAML yet (every CLI run, every worker thread).
 */
function builtinTemplateYaml(file: string, text: string): YamlFile | undefined {
  const known = isBuiltinTemplateFile(file) ? builtinYaml[path.basename(file)] : undefined;
  return known && known.text === text ? knownYaml(text, file, JSON.parse(known.json)) : undefined;
}

/** A child template starts from its parent's sections: same ids are merged, new ones appended. */
function mergeTemplates(parent: RawTemplate, child: RawTemplate): RawTemplate {
  const sections = (parent.sections ?? []).map((s) => ({ ...s }));
  for (const s of child.sections ?? []) {
    const i = sections.findIndex((p) => p.id === s.id);
    if (i >= 0) sections[i] = { ...sections[i], ...s };
    else sections.push(s);
  }
  return { ...parent, ...child, detect: child.detect ?? parent.detect, sections };
}

/** `trusted`: every file of the template is built in, so its patterns need no safety analysis (tested instead). */
function toTemplate(raw: RawTemplate, file: string, yaml: YamlFile, problems: ConfigProblem[], trusted: boolean): Template {
  const regex = (source: string | undefined, at: string): RegExp | undefined => {
    if (source === undefined) return undefined;
    const compiled = compileUserRegex(source, 'iu', { trusted });
    if (compiled.error) problems.push({ file, message: `${at.slice(1).replace(/\//g, '.')}: ${compiled.error}`, range: yaml.locate(at), severity: 'error' });
    return compiled.regex;
  };
  const section = (s: RawSection, at: string): TemplateSection => ({
    id: s.id,
    title: s.title ?? s.aliases?.[0] ?? s.id,
    aliases: s.aliases ?? [],
    match: regex(s.match, `${at}/match`),
    required: s.required ?? true,
    repeatable: s.repeatable ?? false,
    minBodyLength: s.minBodyLength ?? 1,
    collectUnmatched: s.collectUnmatched ?? false,
    inParagraph: regex(s.inParagraph, `${at}/inParagraph`),
    guidance: s.guidance,
    children: s.children && {
      min: s.children.min,
      max: s.children.max,
      sections: (s.children.sections ?? []).map((c, i) => section(c, `${at}/children/sections/${i}`)),
    },
  });
  return {
    id: raw.id,
    name: raw.name ?? raw.id,
    description: raw.description,
    language: raw.language ?? 'zh',
    detect: (raw.detect?.title ?? []).flatMap((d, i) => regex(d, `/detect/title/${i}`) ?? []),
    sections: (raw.sections ?? []).map((s, i) => section(s, `/sections/${i}`)),
    source: isBuiltinTemplate(raw.id) && file === builtinTemplatePath(raw.id) ? `builtin:${raw.id}` : file,
  };
}
