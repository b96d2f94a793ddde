import * as path from 'path';
import type { CancellationToken, Diagnostic, Range } from 'vscode-languageserver/node';
import { ReportDocument } from '../engine/document';
import type { CheckResult, Engine } from '../engine/engine';
import { frontMatterEntry, unquote } from '../engine/front-matter';
import type { Locale } from '../engine/i18n';
import { reportDiagnostics } from './convert';
import type { OpenDocuments } from './documents';
import { uriToPath } from './paths';
import { sameResult } from './same-result';
import type { DocumentSettings, SettingsCache } from './settings';

/** Files checked as reports when the client pulls diagnostics for a tab whose document is not open. */
const REPORT_FILE = /\.(md|markdown|txt)$/i;

/** A check slower than this (ms) makes the next check of the same document wait for typing to pause. */
const SLOW_CHECK_MS = 100;
const MAX_PAUSE_MS = 750;

/** One check of a report at one version, with its diagnostics. */
export interface Checked {
  version: number;
  /** Changes whenever the diagnostics may differ: version, settings or files changed. */
  resultId: string;
  result: CheckResult;
  diagnostics: Diagnostic[];
}

interface Entry extends Checked {
  generations: string;
  /** `result.dependencies` as a set, made when a file event first asks (a report may name tens of thousands of images). */
  dependencySet?: Set<string>;
}

/**
 * Runs the engine on open reports and keeps the last result of each, so a version is checked once
 * however many requests (diagnostics, symbols, code actions) ask for it.
 */
export class Checker {
  /** Counts changes of the files checks read (templates, configuration, data). */
  filesGeneration = 0;
  private readonly last = new Map<string, Entry>();
  /** How long the last check of each document took, in ms. */
  private readonly durations = new Map<string, number>();

  constructor(
    private readonly engine: Engine,
    private readonly docs: OpenDocuments,
    private readonly settings: SettingsCache,
    private readonly options: { locale: Locale; trusted: boolean; checked(uri: string, result: CheckResult): void },
  ) {}

  /**
   * What the Problems panel should show: the check of the current version, or with `run: onSave` the
   * last check made since the document was last saved.
   */
  async forDiagnostics(uri: string, token: CancellationToken): Promise<Checked | undefined> {
    const generations = this.generations();
    const settings = await this.settings.get(uri);
    if (token.isCancellationRequested) return undefined;
    const last = this.last.get(uri);
    if (last?.generations === generations) {
      if (settings.run === 'onSave' && last.version >= this.docs.savedVersion(uri)) return last;
      if (last.version === this.docs.get(uri)?.version) return last;
    }
    await this.pause(uri);
    return token.isCancellationRequested ? undefined : this.check(uri, generations, settings);
  }

  /** The check of the document as it is now. */
  async current(uri: string, token: CancellationToken): Promise<Checked | undefined> {
    const generations = this.generations();
    const settings = await this.settings.get(uri);
    return token.isCancellationRequested ? undefined : this.check(uri, generations, settings);
  }

  /** The kept check of a version, if that version was checked last. */
  peek(uri: string, version: number): Checked | undefined {
    const last = this.last.get(uri);
    return last?.version === version ? last : undefined;
  }

  /** The last check of the document, whatever version it was of (its template rarely changes with a keystroke). */
  latest(uri: string): Checked | undefined {
    return this.last.get(uri);
  }

  /** The kept check with this result id, if it is still the last one. */
  byResultId(uri: string, resultId: string): Checked | undefined {
    const last = this.last.get(uri);
    return last?.resultId === resultId ? last : undefined;
  }

  /** Whether any kept result was computed from `file`. */
  dependsOn(file: string): boolean {
    for (const entry of this.last.values()) if ((entry.dependencySet ??= new Set(entry.result.dependencies)).has(file)) return true;
    return false;
  }

  forget(uri: string): void {
    this.last.delete(uri);
    this.durations.delete(uri);
  }

  private generations(): string {
    return `${this.settings.generation}.${this.filesGeneration}`;
  }

  /** Diagnostics of a report that is not open (a restored editor tab), read from disk; its fixes are never offered. */
  async onDisk(uri: string, token: CancellationToken): Promise<Diagnostic[]> {
    const file = uriToPath(uri);
    const text = file && REPORT_FILE.test(file) ? this.engine.host.fs.readFile(file) : undefined;
    if (text === undefined) return [];
    const settings = await this.settings.get(uri);
    return token.isCancellationRequested ? [] : this.run(uri, new ReportDocument(text), { version: -1, resultId: 'disk' }, settings).diagnostics;
  }

  /**
   * Before checking a document whose last check was slow (a very large report), waits half as long as
   * that took: while the user types on, the editor cancels the request and the check is never run.
   */
  private pause(uri: string): Promise<void> {
    const ms = this.durations.get(uri) ?? 0;
    return ms < SLOW_CHECK_MS ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, Math.min(ms / 2, MAX_PAUSE_MS)));
  }

  private check(uri: string, generations: string, settings: DocumentSettings): Checked | undefined {
    const doc = this.docs.get(uri);
    const model = this.docs.model(uri);
    if (!doc || !model) return undefined;
    const last = this.last.get(uri);
    if (last && last.version === doc.version && last.generations === generations) return last;
    const started = Date.now();
    const result = this.checkModel(uri, model, settings);
    // A keystroke that changes no finding (typing inside a sentence) keeps the last result id and
    // diagnostics: the client is answered "unchanged", and the fixes it shows stay valid.
    const same = last && last.generations === generations && !settings.problems.length && sameResult(last.result, result);
    const check = same ? { version: doc.version, resultId: last.resultId } : { version: doc.version, resultId: `${doc.version}/${generations}` };
    const diagnostics = same ? last.diagnostics : this.diagnosticsOf(model, uri, check, result, settings);
    this.durations.set(uri, Date.now() - started);
    const entry: Entry = { ...check, generations, result, diagnostics };
    this.last.set(uri, entry);
    this.options.checked(uri, result);
    return entry;
  }

  private run(uri: string, model: ReportDocument, check: { version: number; resultId: string }, settings: DocumentSettings) {
    const result = this.checkModel(uri, model, settings);
    return { result, diagnostics: this.diagnosticsOf(model, uri, check, result, settings) };
  }

  private checkModel(uri: string, model: ReportDocument, settings: DocumentSettings): CheckResult {
    return this.engine.check({ document: model, path: uriToPath(uri), settings: settings.engine, workspaceRoot: settings.root, trusted: this.options.trusted });
  }

  private diagnosticsOf(model: ReportDocument, uri: string, check: { version: number; resultId: string }, result: CheckResult, settings: DocumentSettings): Diagnostic[] {
    const file = uriToPath(uri);
    const report = { path: file, ...check, firstLine: model.lines[0] ?? '', named: frontMatterFiles(model, file), locale: this.options.locale };
    return reportDiagnostics(result, settings.problems, report);
  }
}

const FILE_KEYS = ['template', 'figures'];

/** The files the front matter names (`template:`, `figures:`), resolved, each with its whole line. */
function frontMatterFiles(model: ReportDocument, reportPath: string | undefined): Map<string, Range> {
  const files = new Map<string, Range>();
  const close = model.frontMatter?.close ?? 0;
  for (let line = 1; line < close && reportPath; line++) {
    const named = unquote(frontMatterEntry(model.lines[line], FILE_KEYS)?.value ?? '');
    if (named) files.set(path.resolve(path.dirname(reportPath), named), { start: { line, character: 0 }, end: { line, character: model.lines[line].length } });
  }
  return files;
}
