import * as path from 'path';
import { ConfigStore, configTemplate, type WorkspaceConfig } from './config/config-file';
import type { ConfigProblem } from './config/problems';
import { mergeSettings, resolvePaths, type Settings } from './config/settings';
import { ReportDocument } from './document';
import { readFrontMatter, type FrontMatter } from './front-matter';
import { nodeHost, type EngineHost } from './host';
import { format, type Locale } from './i18n';
import { outlineOf } from './outline/reuse';
import type { Outline } from './outline/model';
import { RULES } from './rules/registry';
import type { Rule, RuleContext } from './rules/types';
import { detectTemplate } from './template/detect';
import { isBuiltinTemplate, TemplateStore } from './template/load';
import type { Template } from './template/types';
import { comparePositions, type Finding } from './types';

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
  /** Problems in configuration files (template, .reportlint.yaml, front matter, settings). */
  problems: ConfigProblem[];
  /** Files the result depends on, to re-check when they change. */
  dependencies: string[];
  reportDate: string;
  locale: Locale;
  /** True when the document was too large for the full set of checks. */
  degraded: boolean;
}

/** The checking engine: turns a report into its outline and findings. Holds caches; one per front end. */
export class Engine {
  readonly templates: TemplateStore;
  readonly configs: ConfigStore;

  constructor(readonly host: EngineHost = nodeHost) {
    this.templates = new TemplateStore(host.fs);
    this.configs = new ConfigStore(host.fs);
  }

  /** Checks a report. Never throws for bad input: problems come back in the result. */
  check(request: CheckRequest): CheckResult {
    const doc = request.document;
    const file = request.path ?? 'untitled';
    const dir = request.path ? path.dirname(request.path) : request.workspaceRoot ?? process.cwd();
    const trusted = request.trusted !== false;
    const read = readFrontMatter(doc, file);
    const frontMatter = read.frontMatter;
    const problems = [...read.problems]; // the front matter's own list is cached with the document: never add to it
    const dependencies: string[] = [];
    const config = trusted ? this.configs.find(dir, request.workspaceRoot) : undefined;
    if (config) {
      problems.push(...config.problems);
      dependencies.push(config.file);
    }
    const settings = mergeSettings(config?.settings, request.settings, frontMatterSettings(frontMatter, dir));
    const outline = outlineOf(doc);
    const chosen = this.chooseTemplate(frontMatter, request.settings, config, request.path, dir, outline, trusted);
    if (chosen) {
      problems.push(...chosen.problems);
      dependencies.push(...chosen.files);
    }
    const reportDate = frontMatter.date ?? settings.reportDate ?? this.host.today();
    const locale = settings.locale ?? 'en';
    const degraded = documentLength(doc) > (settings.maxDocumentSize ?? DEFAULT_MAX_DOCUMENT_SIZE);
    const template = chosen?.template;
    const shared = new Map<string, unknown>();
    const findings: Finding[] = [];
    for (const rule of RULES) {
      const setting = settings.rules[rule.id];
      const severity = setting?.severity ?? rule.defaultSeverity;
      if (severity === 'off' || (degraded && !rule.cheap)) continue;
      const context: RuleContext = {
        doc, outline, template, reportDate, locale, documentPath: request.path, host: this.host,
        options: optionsOf(rule, setting?.options),
        t: (text, args) => format(text, locale, args),
        shared: (key, compute) => {
          if (!shared.has(key)) shared.set(key, compute());
          return shared.get(key) as ReturnType<typeof compute>;
        },
      };
      rule.run(context, (f) => findings.push({ ...f, ruleId: rule.id, severity }));
    }
    findings.sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end));
    return { findings, outline, template, templateOrigin: chosen?.origin, problems, dependencies, reportDate, locale, degraded };
  }

  private chooseTemplate(fm: FrontMatter, settings: Settings | undefined, config: WorkspaceConfig | undefined, reportPath: string | undefined, dir: string, outline: Outline, trusted: boolean) {
    const pick = (ref: string, origin: TemplateOrigin, base: string) => {
      if (!trusted && !isBuiltinTemplate(ref)) {
        const message = `template "${ref}" is not loaded: workspace templates are read only in a trusted workspace`;
        return { origin, files: [], problems: [{ file: reportPath ?? 'untitled', message, severity: 'warning' as const }], template: undefined };
      }
      return { ...this.templates.load(ref, base), origin };
    };
    if (fm.template) return pick(fm.template, 'front-matter', dir);
    if (settings?.template) return pick(settings.template, 'settings', dir);
    const fromConfig = config && configTemplate(config, reportPath);
    if (fromConfig) return pick(fromConfig, 'config', dir);
    const detected = detectTemplate(fm.title ?? outline.title?.text, this.templates);
    return detected ? pick(detected, 'detected', dir) : undefined;
  }
}

function frontMatterSettings(fm: FrontMatter, dir: string): Settings {
  return resolvePaths({ rules: {}, figures: fm.figures, reportDate: fm.date }, dir);
}

function optionsOf(rule: Rule, configured: Record<string, unknown> | undefined): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(rule.options)) options[name] = configured?.[name] ?? spec.default;
  return options;
}

function documentLength(doc: ReportDocument): number {
  let n = 0;
  for (const line of doc.lines) n += line.length + 1;
  return n;
}
