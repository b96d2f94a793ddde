import type { NumberingLevel } from './markers';
import type { Outline, Section } from './model';

/** Numbered sections that share a parent and a numbering level: one sequence 1, 2, 3 … */
export interface NumberedGroup {
  parent?: Section;
  level: NumberingLevel;
  sections: Section[];
}

const cache = new WeakMap<Outline, NumberedGroup[]>();

/**
 * Every numbered sequence of the outline, outer ones first. Computed once per outline: several rules ask,
 * and an outline reused after an edit keeps its groups. Callers must not modify the result.
 */
export function numberedGroups(outline: Outline): NumberedGroup[] {
  let groups = cache.get(outline);
  if (!groups) cache.set(outline, (groups = findGroups(outline)));
  return groups;
}

function findGroups(outline: Outline): NumberedGroup[] {
  const groups: NumberedGroup[] = [];
  const visit = (children: readonly Section[], parent?: Section) => {
    const byLevel = new Map<string, NumberedGroup>();
    for (const s of children) {
      if (!s.marker) continue;
      const key = s.marker.level === 'decimal' ? `decimal${s.marker.path.length}` : s.marker.level;
      let group = byLevel.get(key);
      if (!group) byLevel.set(key, (group = { parent, level: s.marker.level, sections: [] }));
      group.sections.push(s);
    }
    groups.push(...byLevel.values());
    for (const s of children) if (s.children.length) visit(s.children, s);
  };
  visit(outline.sections);
  return groups;
}
