import * as path from 'path';
import { isBuiltinTemplate } from '../template/load';
import { toLocale, type Locale } from '../i18n';
import { ruleById } from '../rules/registry';
import type { Severity } from '../types';
import type { ConfigProblem } from './problems';

/** A rule's configured severity (or `off`) and options. */
export interface RuleSetting {
  severity?: Severity | 'off';
  options: Record<string, unknown>;
}

/** Options of a check, from editor settings, CLI flags or .reportlint.yaml — validated. */
export interface Settings {
  /** Template id, or a path (absolute once layers are resolved). */
  template?: string;
  /** Report date YYYY-MM-DD. */
  reportDate?: string;
  rules: Record<string, RuleSetting>;
  locale?: Locale;
  /** Figures data file path (absolute once layers are resolved). */
  figures?: string;
  /** Documents larger than this many characters get only the cheap checks. */
  maxDocumentSize?: number;
}

const SEVERITIES = ['error', 'warning', 'info', 'off'];

/**
 * Turns untrusted settings (editor configuration, parsed YAML, CLI flags) into typed options. Every
 * bad value is dropped and reported as a problem; nothing here throws.
 */
export function normalizeOptions(raw: unknown, file = 'settings'): { options: Settings; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const problem = (message: string, pointer = '') => problems.push({ file, message, severity: 'error', pointer });
  const options: Settings = { rules: {} };
  if (raw === undefined || raw === null) return { options, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problem('settings must be an object');
    return { options, problems };
  }
  const r = raw as Record<string, unknown>;
  const text = (key: string): string | undefined => {
    const v = r[key];
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v === 'string') return v;
    problem(`${key}: must be a string`, `/${key}`);
    return undefined;
  };
  options.template = text('template');
  const date = text('reportDate');
  if (date !== undefined) {
    if (isIsoDate(date)) options.reportDate = date;
    else problem(`reportDate: "${date}" is not a date in the form YYYY-MM-DD`, '/reportDate');
  }
  options.figures = text('figures') ?? text('figuresFile');
  const locale = text('locale');
  if (locale !== undefined) options.locale = toLocale(locale);
  if (r.maxDocumentSize !== undefined) {
    if (typeof r.maxDocumentSize === 'number' && r.maxDocumentSize >= 1000) options.maxDocumentSize = r.maxDocumentSize;
    else problem('maxDocumentSize: must be a number of at least 1000', '/maxDocumentSize');
  }
  options.rules = normalizeRules(r.rules, problem);
  return { options, problems };
}

function normalizeRules(raw: unknown, problem: (m: string, pointer?: string) => void): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  if (raw === undefined || raw === null) return rules;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problem('rules: must be an object mapping rule ids to a severity', '/rules');
    return rules;
  }
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    const rule = ruleById(id);
    if (!rule) {
      problem(`rules: unknown rule id "${id}"`, `/rules/${id}`);
      continue;
    }
    const setting: RuleSetting = { options: {} };
    const entries: Array<[string, unknown]> = typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.entries(value) : [['severity', value]];
    for (const [key, v] of entries) {
      if (key === 'severity') {
        if (typeof v === 'string' && SEVERITIES.includes(v)) setting.severity = v as RuleSetting['severity'];
        else problem(`rules.${id}: severity must be one of ${SEVERITIES.join(', ')}`, `/rules/${id}`);
        continue;
      }
      const spec = rule.options[key];
      if (!spec) problem(`rules.${id}: unknown option "${key}"`, `/rules/${id}/${key}`);
      else if (!hasType(v, spec.type)) problem(`rules.${id}.${key}: must be ${spec.type}`, `/rules/${id}/${key}`);
      else {
        const refused = spec.validate?.(v);
        if (refused) problem(`rules.${id}.${key}: ${refused}`, `/rules/${id}/${key}`);
        else setting.options[key] = v;
      }
    }
    rules[id] = setting;
  }
  return rules;
}

function hasType(value: unknown, type: string): boolean {
  if (type === 'string[]') return Array.isArray(value) && value.every((v) => typeof v === 'string');
  return typeof value === type && (type !== 'number' || Number.isFinite(value));
}

/** Whether a string is a real calendar date in the form YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Makes the template and figures paths of a layer absolute (built-in template ids stay as they are). */
export function resolvePaths(settings: Settings, baseDir: string): Settings {
  const out = { ...settings };
  if (out.template && !isBuiltinTemplate(out.template)) out.template = path.resolve(baseDir, out.template);
  if (out.figures) out.figures = path.resolve(baseDir, out.figures);
  return out;
}

/** Layers settings: later ones override earlier ones, rule by rule. */
export function mergeSettings(...layers: Array<Settings | undefined>): Settings {
  const out: Settings = { rules: {} };
  for (const layer of layers) {
    if (!layer) continue;
    for (const key of ['template', 'reportDate', 'locale', 'figures', 'maxDocumentSize'] as const) {
      if (layer[key] !== undefined) (out as unknown as Record<string, unknown>)[key] = layer[key];
    }
    for (const [id, rule] of Object.entries(layer.rules)) {
      const prev = out.rules[id];
      out.rules[id] = { severity: rule.severity ?? prev?.severity, options: { ...prev?.options, ...rule.options } };
    }
  }
  return out;
}
