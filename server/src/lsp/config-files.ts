import * as path from 'path';
import type { Diagnostic, Range } from 'vscode-languageserver/node';
import { CONFIG_FILE } from '../engine/config/config-file';
import type { ConfigProblem } from '../engine/config/problems';
import type { Engine } from '../engine/engine';
import { CODES, problemDiagnostic } from './convert';
import { pathToUri } from './paths';

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Template file names the extension associates with the template schema. */
export const TEMPLATE_NAME = /\.reportlint-template\.ya?ml$/i;

/** What a YAML file is to reportlint. */
export type ConfigFileKind = 'config' | 'template' | 'figures';

/**
 * What an open YAML file is to reportlint: the workspace configuration; a figures data file (top-level
 * `figures:`); a template (by name, by top-level `sections:` or `extends:`, or because a report uses
 * it); or nothing.
 */
export function configFileKind(file: string, text: string, usedByReport: boolean): ConfigFileKind | undefined {
  const name = path.basename(file);
  if (name === CONFIG_FILE) return 'config';
  if (!/\.ya?ml$/i.test(name)) return undefined;
  if (TEMPLATE_NAME.test(name) || /^(?:sections|extends)[ \t]*:/m.test(text)) return 'template';
  if (/^figures[ \t]*:/m.test(text)) return 'figures';
  return usedByReport ? 'template' : undefined;
}

/** Problems of one configuration file itself, with exact ranges (those of files it extends are left out). */
export function configFileDiagnostics(engine: Engine, file: string, kind: ConfigFileKind): Diagnostic[] {
  const problems = kind === 'config' ? engine.configs.read(file).problems
    : kind === 'figures' ? engine.figures.load(file).problems
      : engine.templates.load(file, path.dirname(file)).problems;
  return problems.filter((p) => p.file === file).map((p) => problemDiagnostic(p, CODES.configuration, START));
}

/**
 * Problems found in files the open reports depend on, published (pushed) on those files while they are
 * not open; an open file gets its diagnostics pulled like any document, so nothing is pushed for it.
 */
export class PushedProblems {
  private readonly byReport = new Map<string, ConfigProblem[]>();
  private readonly sent = new Map<string, string>();

  constructor(
    private readonly send: (uri: string, diagnostics: Diagnostic[]) => void,
    private readonly isOpen: (file: string) => boolean,
  ) {}

  /** Records what one report's check found in other files (none when the report is closed). */
  set(reportUri: string, problems: readonly ConfigProblem[], reportPath: string | undefined): void {
    const external = problems.filter((p) => p.file !== (reportPath ?? 'untitled') && path.isAbsolute(p.file));
    if (external.length) this.byReport.set(reportUri, external);
    else this.byReport.delete(reportUri);
    this.publish();
  }

  /** Sends what changed since the last call: new problems, and empty lists for files that have none now. */
  publish(): void {
    const now = new Map<string, Map<string, Diagnostic>>();
    for (const problems of this.byReport.values()) {
      for (const p of problems) {
        if (this.isOpen(p.file)) continue;
        const diagnostic = problemDiagnostic(p, CODES.configuration, START);
        const files = now.get(p.file) ?? new Map<string, Diagnostic>();
        files.set(JSON.stringify(diagnostic), diagnostic);
        now.set(p.file, files);
      }
    }
    for (const file of this.sent.keys()) if (!now.has(file)) this.post(file, []);
    for (const [file, diagnostics] of now) this.post(file, [...diagnostics.values()]);
  }

  private post(file: string, diagnostics: Diagnostic[]): void {
    const key = JSON.stringify(diagnostics);
    if ((this.sent.get(file) ?? '[]') === key) return;
    this.send(pathToUri(file), diagnostics);
    if (diagnostics.length) this.sent.set(file, key);
    else this.sent.delete(file);
  }
}
