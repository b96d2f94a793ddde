import * as fs from 'fs';
import { normalizeOptions, resolvePaths, type Settings } from '../../server/src/engine/config/settings';
import { ReportDocument } from '../../server/src/engine/document';
import { Engine, type CheckResult } from '../../server/src/engine/engine';
import { nodeFileSystem } from '../../server/src/engine/host';
import { oneBased } from '../../server/src/cli/format/types';
import { stripBom } from '../../server/src/engine/text/lines';
import type { Finding, TextEdit } from '../../server/src/engine/types';

/** The date tests pretend it is, so stale-date checks are deterministic. */
export const TEST_TODAY = '2026-11-20';

/** An engine reading real files but with a fixed "today". */
export function testEngine(): Engine {
  return new Engine({ fs: nodeFileSystem, today: () => TEST_TODAY });
}

/** Checks text as if it were the file at `file`, with settings as raw (unvalidated) JSON. */
export function checkText(engine: Engine, text: string, file: string, rawSettings: unknown = {}): CheckResult {
  const { options, problems } = normalizeOptions(rawSettings);
  if (problems.length) throw new Error('bad test settings: ' + problems.map((p) => p.message).join('; '));
  const settings: Settings = resolvePaths(options, require('path').dirname(file));
  return engine.check({ document: new ReportDocument(text), path: file, settings });
}

/** A finding as fixtures write it: 1-based lines and columns, like the CLI's JSON. */
export type ExpectedFinding = ReturnType<typeof oneBased>;

export const toExpected = (f: Finding): ExpectedFinding => oneBased(f);

/** Applies non-overlapping edits to a text (positions in UTF-16 line/character). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') continue;
    if (c === '\n' || c === '\r') starts.push(i + 1);
  }
  const offset = (p: { line: number; character: number }) => Math.min((starts[p.line] ?? text.length) + p.character, text.length);
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

/** Reads a file as the CLI and editors do: UTF-8 without its byte-order mark. */
export function readText(file: string): string {
  return stripBom(fs.readFileSync(file, 'utf8'));
}
