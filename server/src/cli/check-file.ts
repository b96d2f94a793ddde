import * as fs from 'fs';
import * as path from 'path';
import type { ConfigProblem } from '../engine/config/problems';
import type { Settings } from '../engine/config/settings';
import { ReportDocument } from '../engine/document';
import type { Engine } from '../engine/engine';
import { nodeFileSystem, localToday, type EngineHost, type FileSystem } from '../engine/host';
import { decodeText } from '../engine/encoding/decode';
import { reportFile, type FileReport } from './format/output';
import type { FileFindings, Format } from './format/types';

/** What checking one file gave: its findings and configuration problems, or why it could not be read. */
export type FileOutcome = { result: FileFindings; problems: ConfigProblem[] } | { problem: ConfigProblem };

/** What the output keeps of a file: its formatted report (none when it could not be read) and its problems. */
export interface CheckedFile {
  report?: FileReport;
  problems: ConfigProblem[];
}

/** Checks one file, as checkFile does, and formats its findings. */
export function checkAndReport(engine: Engine, file: string, job: { settings: Settings; cwd: string; format: Format }): CheckedFile {
  const outcome = checkFile(engine, file, job.settings, job.cwd);
  if ('problem' in outcome) return { problems: [outcome.problem] };
  return { report: reportFile(outcome.result, job.format, job.cwd), problems: outcome.problems };
}

/** Reads, decodes and checks one report; never throws. */
export function checkFile(engine: Engine, file: string, settings: Settings, cwd: string): FileOutcome {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { problem: { file, message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, severity: 'error' } };
  }
  const decoded = decodeText(bytes);
  if (decoded.text === undefined) return { problem: { file, message: decoded.error!, severity: 'error' } };
  const display = path.relative(cwd, file) || file;
  if (!decoded.text.trim()) return { result: { file, display, findings: [] }, problems: [{ file, message: 'empty file: nothing to check', severity: 'warning' }] };
  try {
    const result = engine.check({ document: new ReportDocument(decoded.text), path: file, settings });
    return { result: { file, display, findings: result.findings }, problems: result.problems };
  } catch (e) {
    return { problem: { file, message: `internal error: ${(e as Error).stack ?? e}`, severity: 'error' } };
  }
}

/**
 * The engine host of one CLI run: the real file system, with modification times and contents remembered
 * for the run (a report's folder and those above it are looked up for .reportlint.yaml once, not per report).
 */
export function cliHost(): EngineHost {
  const mtimes = new Map<string, number | undefined>();
  const texts = new Map<string, string | undefined>();
  const fs: FileSystem = {
    mtime: (file) => (mtimes.has(file) ? mtimes.get(file) : remember(mtimes, file, nodeFileSystem.mtime(file))),
    readFile: (file) => (texts.has(file) ? texts.get(file) : remember(texts, file, nodeFileSystem.readFile(file))),
  };
  return { fs, today: localToday };
}

function remember<T>(map: Map<string, T>, key: string, value: T): T {
  map.set(key, value);
  return value;
}
