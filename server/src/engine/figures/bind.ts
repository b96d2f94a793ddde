import type { ReportDocument } from '../document';
import { type Block, memoKey, memoVersioned } from '../markdown/blocks';
import { inlineFacts } from '../markdown/inline';
import { states } from '../text/numbers';
import { blockFigures, type TextFigure } from '../text/quantities';
import type { Position, Range } from '../types';
import type { FigureData, FigureEntry } from './types';

const BINDINGS = memoKey('figure-bindings');

/** A figure of the report tied to a data file entry: its label (or alias) and the number given for it. */
export interface Binding {
  /** Line relative to the block. */
  line: number;
  labelStart: number;
  labelEnd: number;
  figure: TextFigure;
  entry: FigureEntry;
}

const matchers = new WeakMap<FigureData, { pattern: RegExp; byName: Map<string, FigureEntry> }>();

/** One alternation of every label and alias, longest first; the first entry wins a name given twice. */
function matcher(data: FigureData) {
  let m = matchers.get(data);
  if (!m) {
    const byName = new Map<string, FigureEntry>();
    for (const e of data.entries) for (const name of [e.label, ...e.aliases]) if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), e);
    const names = [...byName.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
    m = { pattern: new RegExp(names.join('|') || '(?!)', 'giu'), byName };
    matchers.set(data, m);
  }
  return m;
}

/**
 * The bindings of a block: each label names the first number after it with the entry's unit in the
 * same clause, else the nearest such number before it. Memoised for one version of the data file.
 */
export function blockBindings(block: Block, lines: readonly string[], data: FigureData): Binding[] {
  return memoVersioned(block, BINDINGS, data.version, () => {
    const figures = blockFigures(block, lines);
    if (!figures.length) return [];
    const { pattern, byName } = matcher(data);
    const out: Binding[] = [];
    const text = inlineFacts(block, lines).text;
    const byLine = new Map<number, Clause[]>();
    for (const f of figures) byLine.set(f.line, addToClauses(byLine.get(f.line) ?? [], f));
    for (const [line, clauses] of byLine) {
      for (const m of text[line].matchAll(pattern)) {
        const entry = byName.get(m[0].toLowerCase())!;
        const labelStart = m.index!;
        const labelEnd = labelStart + m[0].length;
        const figure = figureFor(clauses, labelStart, labelEnd, entry.baseUnit);
        if (figure) out.push({ line, labelStart, labelEnd, figure, entry });
      }
    }
    return out;
  });
}

/** The figures of one clause of a line, by unit, in order. */
interface Clause {
  start: number;
  end: number;
  byUnit: Map<string, TextFigure[]>;
}

/** Adds a figure (figures come in line order) to its line's clauses. */
function addToClauses(clauses: Clause[], f: TextFigure): Clause[] {
  let clause = clauses[clauses.length - 1];
  if (clause?.start !== f.clauseStart) clauses.push((clause = { start: f.clauseStart, end: f.clauseEnd, byUnit: new Map() }));
  const same = clause.byUnit.get(f.names.unit);
  if (same) same.push(f);
  else clause.byUnit.set(f.names.unit, [f]);
  return clauses;
}

/**
 * The first figure of the unit after the label in the label's clause, else the last one before it.
 * Binary searches, as a line without punctuation is one clause of any number of figures and labels.
 */
function figureFor(clauses: readonly Clause[], labelStart: number, labelEnd: number, unit: string): TextFigure | undefined {
  const clause = clauses[firstWhere(clauses, (c) => c.start > labelStart) - 1];
  if (!clause || labelStart >= clause.end) return undefined;
  const figures = clause.byUnit.get(unit) ?? [];
  const after = firstWhere(figures, (f) => f.start >= labelEnd);
  return after < figures.length ? figures[after] : figures[firstWhere(figures, (f) => f.end > labelStart) - 1];
}

/** Index of the first item passing `test`, for a test that fails and then passes along the list. */
function firstWhere<T>(list: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(list[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** What a hover shows for a figure bound to the data file. */
export interface FigureDescription {
  label: string;
  /** The number as the report writes it (19次). */
  written: string;
  value: number;
  unit: string;
  asOf?: string;
  /** Absolute path of the data file. */
  file: string;
  /** Whether the report's number states the data file's value. */
  current: boolean;
  /** Where the figure (number and unit) is written. */
  range: Range;
}

/**
 * Describes the data file figure under a position (on its label or its number), for hovers: pass the
 * document and `CheckResult.figures`. Pure: reads the per-block caches the checks filled, or fills
 * them for that block only.
 */
export function figureAt(doc: ReportDocument, data: FigureData | undefined, position: Position): FigureDescription | undefined {
  if (!data) return undefined;
  const block = blockAt(doc.blocks, position.line);
  if (!block) return undefined;
  const line = position.line - block.start;
  const c = position.character;
  const hit = blockBindings(block, doc.lines, data).find((b) => b.line === line && ((c >= b.labelStart && c <= b.labelEnd) || (c >= b.figure.start && c <= b.figure.end)));
  if (!hit) return undefined;
  const written = doc.lines[position.line].slice(hit.figure.start, hit.figure.end);
  const range = { start: { line: position.line, character: hit.figure.start }, end: { line: position.line, character: hit.figure.end } };
  return { label: hit.entry.label, written, value: hit.entry.value, unit: hit.entry.unit, asOf: hit.entry.asOf, file: data.file, current: isCurrent(hit), range };
}

/** Whether the report's number states the entry's value (approximate numbers, 20多次, are not judged). */
export function isCurrent(b: Binding): boolean {
  return b.figure.approximate || states(b.figure, b.entry.value * b.entry.magnitude);
}

function blockAt(blocks: readonly Block[], line: number): Block | undefined {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].end <= line) lo = mid + 1;
    else if (blocks[mid].start > line) hi = mid - 1;
    else return blocks[mid];
  }
  return undefined;
}
