import * as path from 'path';
import { ConfigStore, configTemplate, type WorkspaceConfig } from './config/config-file';
import type { ConfigProblem } from './config/problems';
import { mergeSettings, resolvePaths, type Settings } from './config/settings';
import { ReportDocument } from './document';
import { FigureStore } from './figures/load';
import type { FigureData } from './figures/types';
import { readFrontMatter, type FrontMatter } from './front-matter';
import { nodeHost, type EngineHost } from './host';
import { format, type Locale, type Localized } from './i18n';
import { confine } from './inside-workspace';
import { findTitle } from './outline/build';
import { outlineOf } from './outline/reuse';
import type { Outline } from './outline/model';
import { optionsOf } from './rule-options';
import { RULES } from './rules/registry';
import { TEMPLATE_LEVELS } from './rules/template-context';
import type { Rule, RuleContext } from './rules/types';
import { detectTemplate } from './template/detect';
import type { LevelAnalysis } from './template/analyze';
import { isBuiltinTemplate, TemplateStore } from './template/load';
import type { Template } from './template/types';
import { blockFindings, documentFindings, mergeSorted, type ActiveRule } from './gather';
import type { Finding, Range } from './types';

/** Documents above this many characters get only the cheap checks. */
export const DEFAULT_MAX_DOCUMENT_SIZE = 10_000_000;

/** What to check and with which configuration. */
export interface CheckRequest {
  document: ReportDocument;
  /** Absolute path of the report, when it is a file. */
  path?: string;
  /** Editor settings or CLI flags, validated, with absolute paths. They override `.reportlint.yaml`. */
  settings?: Settings;
  /** The workspace folder: configuration is not looked for above it. */
  workspaceRoot?: string;
  /** False in an untrusted workspace: no workspace configuration, templates or data files are read. */
  trusted?: boolean;
}

/** How the template was chosen. */
export type TemplateOrigin = 'front-matter' | 'settings' | 'config' | 'detected';

/** Everything one check produced. */
export interface CheckResult {
  findings: Finding[];
  outline: Outline;
  template?: Template;
  templateOrigin?: TemplateOrigin;
  /** The template compared with the outline, when the outline rules did (for editor features to reuse). */
  levels?: LevelAnalysis[];
  /** Problems in configuration files (template, .reportlint.yaml, front matter, settings). */
  problems: ConfigProblem[];
  /** Files the result depends on, to re-check when they change. */
  dependencies: string[];
  reportDate: string;
  locale: Locale;
  /** The figures data file the report was checked against, when one applied and could be read. */
  figures?: FigureData;
  /** True when the document was too large for the full set of checks. */
  degraded: boolean;
}

/** The checking engine: turns a report into its outline and findings. Holds caches; one per front end. */
export class Engine {
  readonly templates: TemplateStore;
  readonly configs: ConfigStore;
  readonly figures: FigureStore;

  constructor(readonly host: EngineHost = nodeHost) {
    this.templates = new TemplateStore(host.fs);
    this.configs = new ConfigStore(host.fs);
    this.figures = new FigureStore(host.fs);
  }

  /** Checks a report. Never throws for bad input: problems come back in the result. */
  check(request: CheckRequest): CheckResult {
    const doc = request.document;
    const setup = this.configure(request);
    const { settings } = setup;
    const size = { length: doc.length, limit: settings.maxDocumentSize ?? DEFAULT_MAX_DOCUMENT_SIZE };
    const degraded = size.length > size.limit;
    // Too large for the full checks: the cheap ones need only the title, and a full outline of a 20 MB
    // export (hundreds of thousands of sections) would hold more memory than the text itself.
    const outline: Outline = degraded ? { title: findTitle(doc), sections: [], all: [] } : outlineOf(doc);
    const chosen = this.chooseTemplate(setup.frontMatter, request, setup.config, setup.dir, outline);
    if (chosen) {
      setup.problems.push(...chosen.problems);
      setup.dependencies.push(...chosen.files);
    }
    const reportDate = setup.frontMatter.date ?? settings.reportDate ?? this.host.today();
    const locale = settings.locale ?? 'en';
    const template = chosen?.template;
    const trusted = request.trusted !== false;
    const figures = this.loadFigures(settings.figures, setup, request.path ?? 'untitled', trusted);
    const watched = new Set<string>();
    const shared = new Map<string, unknown>();
    // One of each function for all the rules of the check, not three closures per rule.
    const depend = (dependency: string) => void watched.add(dependency);
    const t = (text: Localized, args?: Record<string, string | number>) => format(text, locale, args);
    const share = <T>(key: string, compute: () => T): T => {
      if (!shared.has(key)) shared.set(key, compute());
      return shared.get(key) as T;
    };
    const active: ActiveRule[] = [];
    for (let index = 0; index < RULES.length; index++) {
      const rule = RULES[index];
      const setting = settings.rules[rule.id];
      const severity = setting?.severity ?? rule.defaultSeverity;
      if (severity === 'off' || (degraded && !rule.cheap)) continue;
      const context: RuleContext = {
        doc, outline, template, templateRef: chosen?.ref, reportDate, locale, size, documentPath: request.path, host: this.host,
        frontMatter: setup.frontMatter, figures,
        options: optionsOf(rule, setting?.options),
        depend, t, shared: share,
      };
      active.push({ rule, index, severity, context, version: rule.runBlock ? `${rule.blockVersion?.(context) ?? ''}\u0000${locale}\u0000${severity}` : '' });
    }
    const failed = (rule: Rule, e: unknown) =>
      setup.problems.push({ file: request.path ?? 'untitled', message: `internal error in rule ${rule.id}: ${(e as Error).message}`, severity: 'warning' });
    const findings = mergeSorted(blockFindings(doc, active.filter((a) => a.rule.runBlock), failed), documentFindings(active, failed));
    const { problems, dependencies } = setup;
    const listed = new Set(dependencies); // a report may name tens of thousands of images
    for (const dependency of watched) {
      if (listed.has(dependency)) continue;
      listed.add(dependency);
      dependencies.push(dependency);
    }
    const levels = shared.get(TEMPLATE_LEVELS) as LevelAnalysis[] | undefined;
    return { findings, outline, template, templateOrigin: chosen?.origin, levels, problems, dependencies, reportDate, locale, figures: figures?.data, degraded };
  }

  /**
   * Reads the figures data file that applies (front matter `figures:` over settings and CLI). Its
   * problems point into the data file; a file that does not exist is reported where the front matter
   * or .reportlint.yaml names it.
   */
  private loadFigures(file: string | undefined, setup: { frontMatter: FrontMatter; config?: WorkspaceConfig; problems: ConfigProblem[]; dependencies: string[] }, reportFile: string, trusted: boolean): RuleContext['figures'] {
    if (!file) return undefined;
    const { frontMatter: fm, config, problems, dependencies } = setup;
    const origin = fm.figures ? 'front-matter' : 'settings';
    if (!trusted) {
      problems.push({ file: reportFile, message: `figures file "${file}" is not read: data files are read only in a trusted workspace`, severity: 'warning' });
      return undefined;
    }
    dependencies.push(file);
    const named = origin === 'front-matter' ? frontMatterNames(fm, reportFile, 'figures') : config?.settings.figures === file ? configNames(config, '/figures') : undefined;
    const missing = named && this.missingFile(file, named);
    if (missing) {
      problems.push(missing);
      return undefined;
    }
    const load = this.figures.load(file);
    problems.push(...load.problems);
    return load.data && { data: load.data, origin };
  }

  /** A problem where a file is named (front matter, .reportlint.yaml) when that file does not exist. */
  private missingFile(file: string, named: Names): ConfigProblem | undefined {
    if (this.host.fs.mtime(file) !== undefined) return undefined;
    return { file: named.file, message: `${named.what}: file not found: ${file}`, range: named.locate(), severity: 'error' };
  }

  /** Front matter, workspace configuration and settings, layered; and the problems found in them. */
  private configure(request: CheckRequest) {
    const file = request.path ?? 'untitled';
    const dir = request.path ? path.dirname(request.path) : request.workspaceRoot ?? process.cwd();
    const read = readFrontMatter(request.document, file);
    const problems: ConfigProblem[] = [...read.problems];
    const frontMatter = confine(read.frontMatter, dir, request.workspaceRoot, file, problems);
    const dependencies: string[] = [];
    const config = request.trusted !== false ? this.configs.find(dir, request.workspaceRoot) : undefined;
    if (config) {
      problems.push(...config.problems);
      dependencies.push(config.file);
    }
    const settings = mergeSettings(config?.settings, request.settings, frontMatterSettings(frontMatter, dir));
    return { frontMatter, config, settings, problems, dependencies, dir };
  }

  private chooseTemplate(fm: FrontMatter, request: CheckRequest, config: WorkspaceConfig | undefined, dir: string, outline: Outline) {
    const { settings, path: reportPath } = request;
    const trusted = request.trusted !== false;
    const pick = (ref: string, origin: TemplateOrigin, base: string, named?: Names) => {
      if (!trusted && !isBuiltinTemplate(ref)) {
        const message = `template "${ref}" is not loaded: workspace templates are read only in a trusted workspace`;
        return { origin, ref, files: [], problems: [{ file: reportPath ?? 'untitled', message, severity: 'warning' as const }], template: undefined };
      }
      const file = isBuiltinTemplate(ref) ? undefined : path.resolve(base, ref);
      const missing = file && named && this.missingFile(file, named);
      if (missing) return { origin, ref, files: [file], problems: [missing], template: undefined };
      return { ...this.templates.load(ref, base), origin, ref };
    };
    if (fm.template) return pick(fm.template, 'front-matter', dir, frontMatterNames(fm, reportPath ?? 'untitled', 'template'));
    if (settings?.template) return pick(settings.template, 'settings', dir);
    const fromConfig = config && configTemplate(config, reportPath);
    if (fromConfig) return pick(fromConfig.template, 'config', dir, configNames(config!, fromConfig.pointer));
    const detected = detectTemplate(fm.title ?? outline.title?.text, this.templates);
    return detected ? pick(detected, 'detected', dir) : undefined;
  }
}

/**
 * Where a file is named, for a problem about it: the naming file, the key, and the place in the file —
 * looked up in the YAML only for a file that is missing, not on every check (a tenth of a small report's).
 */
interface Names {
  file: string;
  what: string;
  locate(): Range | undefined;
}

function frontMatterNames(fm: FrontMatter, reportFile: string, key: 'template' | 'figures'): Names {
  return { file: reportFile, what: `front matter ${key}`, locate: () => fm.yaml?.locate(`/${key}`) };
}

function configNames(config: WorkspaceConfig, pointer: string): Names {
  return { file: config.file, what: pointer.slice(1).replace(/\//g, '.'), locate: () => config.locate(pointer) };
}

function frontMatterSettings(fm: FrontMatter, dir: string): Settings {
  return resolvePaths({ rules: {}, figures: fm.figures, reportDate: fm.date }, dir);
}
