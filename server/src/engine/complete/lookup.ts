import type { Section } from '../outline/model';
import type { EntryPresence } from '../template/analyze';

/**
 * Where a template entry first appears, not counting line `typing`: the heading being typed there
 * must not make its own section look present.
 */
export function firstLineExcept(p: EntryPresence, typing: number): number | undefined {
  let first: number | undefined;
  const see = (line: number | undefined) => {
    if (line !== undefined && line !== typing && (first === undefined || line < first)) first = line;
  };
  for (const s of [...p.sections, ...p.collected]) see(s.headingRange.start.line);
  see(p.paragraphLine);
  return first;
}

/** The last section (of any depth) whose heading starts before `line`; binary search over document order. */
export function lastSectionBefore(all: readonly Section[], line: number): Section | undefined {
  let lo = 0;
  let hi = all.length - 1;
  let found: Section | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].headingRange.start.line < line) {
      found = all[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A section and its ancestors, innermost first. */
export function chainOf(section: Section | undefined): Section[] {
  const chain: Section[] = [];
  for (let s = section; s; s = s.parent) chain.push(s);
  return chain;
}

