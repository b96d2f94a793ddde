import type { Marker, NumberingLevel } from './markers';
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
    // This parent's groups are the ones from `first` on, in the order their levels first appear; a parent has
    // a few at most, so a scan finds a level's group (no map per parent, no key string per section).
    const first = groups.length;
    for (let i = 0; i < children.length; i++) {
      const marker = children[i].marker;
      if (!marker) continue;
      let group: NumberedGroup | undefined;
      for (let g = first; g < groups.length && !group; g++) if (sameLevel(groups[g].sections[0].marker!, marker)) group = groups[g];
      if (group) group.sections.push(children[i]);
      else groups.push({ parent, level: marker.level, sections: [children[i]] });
    }
    for (let i = 0; i < children.length; i++) if (children[i].children.length) visit(children[i].children, children[i]);
  };
  visit(outline.sections);
  return groups;
}

/** Same numbering level; decimal numbers are one level per depth (1.1 and 1.1.1 are not siblings). */
function sameLevel(a: Marker, b: Marker): boolean {
  return a.level === b.level && (a.level !== 'decimal' || a.path.length === b.path.length);
}
