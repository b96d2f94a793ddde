import type { ReportDocument } from '../document';
import { enumerationHits, type EnumerationHit } from '../outline/enumerations';
import { formatMarker, type Marker } from '../outline/markers';
import type { Outline, Section } from '../outline/model';
import { formatCjkNumber } from '../outline/numerals';
import { numberedGroups } from '../outline/siblings';
import { comparePositions, type TextEdit } from '../types';

/**
 * Edits that renumber the whole report at once: every numbered sequence (each level under each parent)
 * from 1, each marker in its own spelling, and every in-section enumeration that starts at 一是 / 第一 /
 * 首先 (see `enumerationEdits`). Sorted, never overlapping: one edit for the editor to apply and undo.
 */
export function renumberAll(doc: ReportDocument, outline: Outline): TextEdit[] {
  return [...sectionEdits(outline), ...enumerationEdits(doc, outline)].sort((a, b) => comparePositions(a.range.start, b.range.start));
}

/** Sequences outer first, so a decimal number (2.1) can follow its parent's new number (3. → 2.). */
function sectionEdits(outline: Outline): TextEdit[] {
  const paths = new Map<Section, number[]>();
  const edits: TextEdit[] = [];
  for (const group of numberedGroups(outline)) {
    group.sections.forEach((s, i) => {
      const marker = s.marker!;
      const path = marker.level === 'decimal' ? [...decimalPrefix(s, paths), i + 1] : [i + 1];
      paths.set(s, path);
      const text = marker.level === 'decimal' ? decimalText(marker, path) : formatMarker(marker, i + 1);
      if (text !== marker.text) edits.push({ range: s.markerRange!, newText: text });
    });
  }
  return edits;
}

/** A decimal number's leading components: its parent's new number when they agreed before, else unchanged. */
function decimalPrefix(s: Section, paths: Map<Section, number[]>): number[] {
  const own = s.marker!.path.slice(0, -1);
  const parent = s.parent?.marker && paths.get(s.parent);
  const agreed = parent && s.parent!.marker!.path.length === own.length && s.parent!.marker!.path.every((v, i) => v === own[i]);
  return agreed ? parent : own;
}

/** Writes new components into a decimal marker as written: its separators, digit widths and trailing dot stay. */
function decimalText(marker: Marker, path: number[]): string {
  let i = 0;
  const text = marker.text.replace(/[0-9０-９]+/g, (digits) => {
    const value = String(path[i++] ?? digits);
    return /[０-９]/.test(digits) ? value.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) : value;
  });
  return i === path.length ? text : formatMarker(marker, path[path.length - 1]);
}

/**
 * Enumerations read as the enumeration-sequence rule reads them: per section, per series, a 1 on a new
 * line starting a new run. A run is renumbered 1, 2, 3 … only when it starts at 1 — then the writer's own
 * start says where it begins; a run that starts elsewhere (a lone 其次 in prose, a 二是 whose 一是 is
 * missing) needs a person. 首先/其次/再次 runs longer than three cannot be spelled and are left alone.
 */
function enumerationEdits(doc: ReportDocument, outline: Outline): TextEdit[] {
  const edits: TextEdit[] = [];
  const runs = new Map<string, EnumerationHit[]>();
  const flush = () => {
    for (const run of runs.values()) for (const e of runEdits(run)) edits.push(e); // a loop: a run may hold more edits than a call takes arguments
    runs.clear();
  };
  const sections = outline.all;
  let s = -1;
  for (const hit of enumerationHits(doc)) {
    const at = { line: hit.line, character: hit.start };
    let moved = false;
    while (s + 1 < sections.length && comparePositions(sections[s + 1].headingRange.start, at) <= 0) {
      s++;
      moved = true;
    }
    if (moved) flush();
    if (s >= 0 && comparePositions(at, sections[s].headingRange.end) < 0) continue; // inside the heading itself
    const run = runs.get(hit.series);
    if (run && !(hit.value === 1 && run[run.length - 1].line !== hit.line)) run.push(hit);
    else {
      if (run) for (const e of runEdits(run)) edits.push(e);
      runs.set(hit.series, [hit]);
    }
  }
  flush();
  return edits;
}

function runEdits(run: EnumerationHit[]): TextEdit[] {
  if (run[0].value !== 1 || (run[0].series === 'shouxian' && run.length > 3)) return [];
  return run.flatMap((hit, i) => {
    const text = spell(hit.series, i + 1);
    return text === hit.text ? [] : [{ range: { start: { line: hit.line, character: hit.start }, end: { line: hit.line, character: hit.end } }, newText: text }];
  });
}

function spell(series: EnumerationHit['series'], value: number): string {
  if (series === 'shi') return formatCjkNumber(value) + '是';
  if (series === 'di') return '第' + formatCjkNumber(value);
  return ['首先', '其次', '再次'][value - 1];
}
