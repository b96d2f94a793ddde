import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import type { ConfigProblem } from '../engine/config/problems';
import { normalizeOptions, resolvePaths, type Settings } from '../engine/config/settings';
import { ReportDocument } from '../engine/document';
import { Engine } from '../engine/engine';
import { packageRoot } from '../engine/host';
import { toLocale, type Locale } from '../engine/i18n';
import { decodeReport } from './decode';
import { expandArguments } from './files';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import { toJsonFindings, type FileFindings } from './format/types';

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
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

Exit status: 0 no errors, 1 errors found, 2 usage or configuration error.
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
  const formatName = values.format!;
  if (!['text', 'json', 'sarif'].includes(formatName)) return usage(io, `unknown format "${formatName}" (use text, json or sarif)`);
  if (!positionals.length) return usage(io, 'no files given');

  const raw = { template: values.template, reportDate: values['report-date'], figures: values.figures, locale: values.locale ?? io.env.LC_ALL ?? io.env.LANG };
  const normalized = normalizeOptions(raw, 'command line');
  if (normalized.problems.length) return usage(io, normalized.problems.map((p) => p.message).join('; '));
  const settings: Settings = resolvePaths(normalized.options, io.cwd);
  const locale: Locale = settings.locale ?? toLocale(undefined);
  const engine = new Engine();
  const problems: ConfigProblem[] = [];
  if (settings.template) {
    // Reported even when every report's front matter names another template; the reports are still checked.
    const load = engine.templates.load(settings.template, io.cwd);
    if (!load.template) problems.push(...load.problems);
  }

  const { files, unmatched } = expandArguments(positionals, io.cwd);
  for (const arg of unmatched) problems.push({ file: arg, message: 'no such file, or no files match this pattern', severity: 'error' });
  const results: FileFindings[] = [];
  for (const file of files) {
    const checked = checkFile(engine, file, settings, io.cwd);
    if ('problem' in checked) problems.push(checked.problem);
    else {
      results.push(checked.result);
      problems.push(...checked.problems);
    }
  }

  if (formatName === 'json') io.stdout(JSON.stringify(toJsonFindings(results), null, 2) + '\n');
  else if (formatName === 'sarif') io.stdout(formatSarif(results, io.cwd, version()));
  else io.stdout(formatText(results, locale));
  const unique = dedupe(problems);
  for (const p of unique) io.stderr(describeProblem(p, io.cwd) + '\n');
  if (unique.some((p) => p.severity === 'error')) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function checkFile(engine: Engine, file: string, settings: Settings, cwd: string): { result: FileFindings; problems: ConfigProblem[] } | { problem: ConfigProblem } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { problem: { file, message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, severity: 'error' } };
  }
  const decoded = decodeReport(bytes);
  if (decoded.text === undefined) return { problem: { file, message: decoded.error!, severity: 'error' } };
  const display = path.relative(cwd, file) || file;
  if (!decoded.text.trim()) return { result: { file, display, findings: [] }, problems: [{ file, message: 'empty file: nothing to check', severity: 'warning' }] };
  const result = engine.check({ document: new ReportDocument(decoded.text), path: file, settings });
  return { result: { file, display, findings: result.findings }, problems: result.problems };
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
  return JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')).version;
}

/** Entry point of the `reportlint` binary. */
export function run(): void {
  const code = main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
  });
  process.exitCode = code;
}
