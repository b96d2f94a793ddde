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
  visit(groups, outline.sections, undefined);
  return groups;
}

/** While a parent's children are grouped: each group's first child and size, by the group's index in `groups`; grown, never shrunk. */
let firstChild = new Int32Array(64);
let sizes = new Int32Array(64);

function visit(groups: NumberedGroup[], children: readonly Section[], parent: Section | undefined): void {
  // This parent's groups are the ones from `first` on, in the order their levels first appear; a parent has a few
  // at most, so a scan finds a level's group (no map per parent, no key string per section). Groups are counted
  // first and their lists made at their size: grown by push, a list of one became one of 17 at its second section.
  const first = groups.length;
  for (let i = 0; i < children.length; i++) {
    const marker = children[i].marker;
    if (!marker) continue;
    let g = first;
    while (g < groups.length && !sameLevel(children[firstChild[g]].marker!, marker)) g++;
    if (g < groups.length) {
      sizes[g]++;
      continue;
    }
    if (g >= sizes.length) grow();
    firstChild[g] = i;
    sizes[g] = 1;
    groups.push({ parent, level: marker.level, sections: undefined! });
  }
  // Children all numbered at one level (most parents' in a report) are their group as they stand: the group
  // shares the parent's list, which no one changes, instead of copying it (649 groups in the 1 MB report).
  if (groups.length === first + 1 && sizes[first] === children.length) {
    groups[first].sections = children as Section[];
  } else {
    fillGroups(groups, first, children);
  }
  for (let i = 0; i < children.length; i++) if (children[i].children.length) visit(groups, children[i].children, children[i]);
}

/** Makes the lists of this parent's groups, from `first` on, at their size, and puts each numbered child in its own. */
function fillGroups(groups: NumberedGroup[], first: number, children: readonly Section[]): void {
  for (let g = first; g < groups.length; g++) groups[g].sections = new Array(sizes[g]);
  for (let i = children.length - 1; i >= 0; i--) {
    const marker = children[i].marker;
    if (!marker) continue;
    let g = first;
    while (!sameLevel(children[firstChild[g]].marker!, marker)) g++;
    groups[g].sections[--sizes[g]] = children[i];
  }
}

function grow(): void {
  const moreFirsts = new Int32Array(firstChild.length * 2);
  const moreSizes = new Int32Array(firstChild.length * 2);
  moreFirsts.set(firstChild);
  moreSizes.set(sizes);
  firstChild = moreFirsts;
  sizes = moreSizes;
}

/** Same numbering level; decimal numbers are one level per depth (1.1 and 1.1.1 are not siblings). */
function sameLevel(a: Marker, b: Marker): boolean {
  return a.level === b.level && (a.level !== 'decimal' || a.path.length === b.path.length);
}
