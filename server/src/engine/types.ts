/** A zero-based position in a document: `line` and `character` in UTF-16 code units, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

/** A half-open range `[start, end)` of a document. */
export interface Range {
  start: Position;
  end: Position;
}

/** Severity of a finding. `off` is only a configuration value and never appears on a finding. */
export type Severity = 'error' | 'warning' | 'info';

/** A textual change: replace `range` by `newText`. */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** An edit a user may apply to resolve a finding. */
export interface Fix {
  /** Title shown in the editor's quick-fix menu (already localised). */
  title: string;
  edits: TextEdit[];
  /** True when the fix is certain and may be applied by "fix all" without review. */
  safe: boolean;
}

/**
 * A fix whose edits are made when first read. A renumbering has an edit per numbered heading and is shared by
 * every finding of its sequence; most are never applied (a report of 100,000 misnumbered headings held 100,000
 * edits no one asked for). Read as a plain fix: `edits` is an enumerable property, written out by JSON.
 */
export function lazyFix(title: string, safe: boolean, makeEdits: () => TextEdit[]): Fix {
  let edits: TextEdit[] | undefined;
  const fix = { title, safe } as Fix;
  Object.defineProperty(fix, 'edits', { enumerable: true, get: () => (edits ??= makeEdits()) });
  return fix;
}

/** One problem the engine found in a document. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Fixes for this finding; the first one is preferred. */
  fixes?: Fix[];
  /** Rule-specific facts for front ends (e.g. the missing section's id). */
  data?: Record<string, unknown>;
}

export function pos(line: number, character: number): Position {
  return { line, character };
}

export function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}

/** Orders positions: negative when `a` comes before `b`. */
export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** A range moved down by `lines` lines. */
export function shiftRange(r: Range, lines: number): Range {
  return { start: { line: r.start.line + lines, character: r.start.character }, end: { line: r.end.line + lines, character: r.end.character } };
}

/** A finding (with its fixes) moved down by `lines` lines, for a block that moved. */
export function shiftFinding(f: Finding, lines: number): Finding {
  const moved: Finding = { ...f, range: shiftRange(f.range, lines) };
  if (f.fixes) moved.fixes = f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ range: shiftRange(e.range, lines), newText: e.newText })) }));
  return moved;
}
