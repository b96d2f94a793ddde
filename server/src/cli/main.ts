import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import type { ConfigProblem } from '../engine/config/problems';
import { normalizeOptions, resolvePaths, type Settings } from '../engine/config/settings';
import { Engine } from '../engine/engine';
import { packageVersion } from '../engine/host';
import { toLocale, type Locale } from '../engine/i18n';
import { checkAndReport, cliHost, type CheckedFile } from './check-file';
import { FdWriter } from './fd-writer';
import { expandArguments } from './files';
import { Output } from './format/output';
import { FORMATS, type Format } from './format/types';
import { CheckPool, LARGE_FILE, poolSize, type CheckJob } from './pool';

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  /** Writes UTF-8 to stdout as it is (output handed over by checking threads); without it, it is decoded for `stdout`. */
  stdoutBytes?(bytes: Uint8Array): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** The CLI entry script, which worker threads run to check files in parallel; without it, one thread checks all. */
  workerScript?: string;
}

const USAGE = `Usage: reportlint [options] FILES|DIRS|GLOBS...

Checks work reports written in Markdown or plain text against their template
(required sections, order, numbering) and prints what it finds.

Options:
  -f, --format text|json|sarif   output format (default: text)
  -t, --template ID|PATH         template: ${'built-in id (zh-model-agency, zh-work-summary, en-status-report) or a YAML file'}
      --report-date YYYY-MM-DD   the date the report is written for (default: front matter date, else today)
      --figures FILE             figures data file (YAML or CSV)
      --locale en|zh-cn          language of messages (default: from LANG)
  -h, --help                     show this help
  -v, --version                  show the version

Exit status: 0 no errors, 1 errors found, 2 usage or configuration error, 141 the output's reader
went away (as with SIGPIPE; the remaining files are not checked).
`;

/** Runs the command line; resolves to the exit code. */
export function main(argv: readonly string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        template: { type: 'string', short: 't' },
        'report-date': { type: 'string' },
        figures: { type: 'string' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    io.stderr(`reportlint: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) return io.stdout(USAGE), 0;
  if (values.version) return io.stdout(version() + '\n'), 0;
  const formatName = values.format! as Format;
  if (!FORMATS.includes(formatName)) return usage(io, `unknown format "${formatName}" (use text, json or sarif)`);
  if (!positionals.length) return usage(io, 'no files given');

  const raw = { template: values.template, reportDate: values['report-date'], figures: values.figures, locale: values.locale ?? io.env.LC_ALL ?? io.env.LANG };
  const normalized = normalizeOptions(raw, 'command line');
  if (normalized.problems.length) return usage(io, normalized.problems.map((p) => p.message).join('; '));
  const settings: Settings = resolvePaths(normalized.options, io.cwd);
  const locale: Locale = settings.locale ?? toLocale(undefined);
  const engine = new Engine(cliHost());
  const problems: ConfigProblem[] = [];
  if (settings.template) {
    // Reported even when every report's front matter names another template; the reports are still checked.
    const load = engine.templates.load(settings.template, io.cwd);
    if (!load.template) problems.push(...load.problems);
  }

  const { files, unmatched } = expandArguments(positionals, io.cwd);
  for (const arg of unmatched) problems.push({ file: arg, message: 'no such file, or no files match this pattern', severity: 'error' });
  // Each file's findings are printed as soon as it and the files before it are checked; only counts are kept.
  const output = new Output(formatName, io.stdout, { root: io.cwd, locale, version: formatName === 'sarif' ? version() : '' }, io.stdoutBytes);
  for (const checked of checkAll(engine, { files, settings, cwd: io.cwd, format: formatName }, io.workerScript)) {
    problems.push(...checked.problems);
    if (checked.report) output.add(checked.report);
  }
  output.end();

  const unique = dedupe(problems);
  for (const p of unique) io.stderr(describeProblem(p, io.cwd) + '\n');
  if (unique.some((p) => p.severity === 'error')) return 2;
  return output.totals.errors ? 1 : 0;
}

/**
 * Outcomes in file order, each as soon as it is in. With many files and a script for workers, files up to
 * LARGE_FILE are checked on worker threads and larger ones here; otherwise all are checked here.
 */
function* checkAll(engine: Engine, job: CheckJob, workerScript: string | undefined): Generator<CheckedFile> {
  const here = (file: string) => checkAndReport(engine, file, job);
  const size = workerScript ? poolSize(job.files.length) : 0;
  if (size < 2) {
    for (const file of job.files) yield here(file);
    return;
  }
  const large = new Set(job.files.filter((file) => fileSize(file) > LARGE_FILE));
  const pool = new CheckPool({ ...job, files: job.files.filter((f) => !large.has(f)) }, workerScript!, size);
  try {
    for (const file of job.files) yield large.has(file) ? here(file) : pool.next();
  } finally {
    pool.close();
  }
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0; // checkFile reports why it cannot be read
  }
}

function usage(io: CliIo, message: string): number {
  io.stderr(`reportlint: ${message}\n\n${USAGE}`);
  return 2;
}

/** `file:line:col: error: message`, the shape editors and CI logs link. */
export function describeProblem(p: ConfigProblem, cwd: string): string {
  const file = path.isAbsolute(p.file) ? path.relative(cwd, p.file) || p.file : p.file;
  const where = p.range ? `:${p.range.start.line + 1}:${p.range.start.character + 1}` : '';
  return `${file}${where}: ${p.severity}: ${p.message}`;
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}\0${p.range?.start.line}\0${p.range?.start.character}\0${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function version(): string {
  return packageVersion();
}

/**
 * The exit status when the reader of the findings went away (`reportlint . | head`): the remaining files are
 * not checked, as nobody would read what they give. 141 is what a shell reports for a command ended by
 * SIGPIPE, as most Unix tools are in that case (Node ignores the signal, so it is said explicitly).
 */
export const EXIT_BROKEN_PIPE = 141;

/** Entry point of the `reportlint` binary; `entry` is its script, which worker threads run too. */
export function run(entry: string): void {
  // Written synchronously, not through process.stdout (asynchronous on pipes, where it would hold whatever the
  // reader has not taken yet): see FdWriter. Problems go to stderr after the findings, as a terminal shows them.
  const stdout = new FdWriter(1, undefined, () => process.exit(EXIT_BROKEN_PIPE)); // worker threads end with it
  const stderr = new FdWriter(2, 0);
  try {
    process.exitCode = main(process.argv.slice(2), {
      stdout: (t) => stdout.write(t),
      stdoutBytes: (b) => stdout.writeBytes(b),
      stderr: (t) => (stdout.flush(), stderr.write(t)),
      cwd: process.cwd(),
      env: process.env,
      workerScript: entry,
    });
  } finally {
    stdout.flush();
  }
}
