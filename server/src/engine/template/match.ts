import type { Section } from '../outline/model';
import type { TemplateSection } from './types';

/**
 * Normalises a title for matching: compatibility forms folded (full-width → half-width), lower case,
 * and every space, punctuation mark and symbol removed, so 「存在的不足：」 and 「存在的不足」 are equal.
 */
export function normalizeTitle(title: string): string {
  let norm = normalized.get(title);
  if (norm === undefined) {
    if (normalized.size >= 20000) normalized.clear(); // bounded: titles repeat from check to check
    norm = title.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
    normalized.set(title, norm);
  }
  return norm;
}

/** Normalised titles by title: every check matches the same headings. */
const normalized = new Map<string, string>();

const normalizedNames = new WeakMap<TemplateSection, string[]>();

/** The entry's title and aliases, normalised once per (cached, unchanging) template section. */
function namesOf(entry: TemplateSection): string[] {
  let names = normalizedNames.get(entry);
  if (!names) normalizedNames.set(entry, (names = [entry.title, ...entry.aliases].map(normalizeTitle)));
  return names;
}

/** How well a title matches a template section: 0 for no match; higher is more specific. */
export function matchScore(title: string, entry: TemplateSection): number {
  return scoreNormalized(normalizeTitle(title), title, entry);
}

function scoreNormalized(norm: string, title: string, entry: TemplateSection): number {
  if (!norm) return 0;
  let best = 0;
  for (const alias of namesOf(entry)) {
    if (!alias) continue;
    if (norm === alias) best = Math.max(best, 3000 + alias.length);
    else if (norm.startsWith(alias)) best = Math.max(best, 2000 + alias.length);
    else if (norm.includes(alias) && isDistinctive(alias)) best = Math.max(best, 1000 + alias.length);
  }
  if (entry.match) {
    const m = entry.match.exec(norm) ?? entry.match.exec(title);
    if (m) best = Math.max(best, 1500 + m[0].length);
  }
  return best;
}

/** A title found inside a longer one only counts when it is long enough to mean something. */
function isDistinctive(alias: string): boolean {
  return /[\u3400-\u9fff]/.test(alias) ? alias.length >= 3 : alias.length >= 5;
}

/** The template sections present at one level of the report, and what matched them. */
export interface LevelMatch {
  /** For each template section (same index), the report sections matched to it, in document order. */
  matched: Section[][];
  /** For a `collectUnmatched` template section with no titled match: the themed sections that stand in for it. */
  collected: Section[][];
  /** Report sections at this level that match no template section. */
  unmatched: Section[];
}

/** Matches the report's sections at one level against a template's sections at that level. */
export function matchLevel(sections: readonly Section[], entries: readonly TemplateSection[]): LevelMatch {
  const matched: Section[][] = entries.map(() => []);
  const collected: Section[][] = entries.map(() => []);
  const owner = sections.map((s) => bestEntry(s.title, entries));
  sections.forEach((s, i) => {
    if (owner[i] >= 0) matched[owner[i]].push(s);
  });
  entries.forEach((entry, e) => {
    if (!entry.collectUnmatched || matched[e].length) return;
    const before = lastIndexOwnedBy(owner, (o) => o >= 0 && o < e);
    const after = firstIndexOwnedBy(owner, (o) => o > e, before + 1);
    for (let i = before + 1; i < after; i++) if (owner[i] < 0) collected[e].push(sections[i]);
  });
  const taken = new Set(collected.flat());
  const unmatched = sections.filter((s, i) => owner[i] < 0 && !taken.has(s));
  return { matched, collected, unmatched };
}

function bestEntry(title: string, entries: readonly TemplateSection[]): number {
  let best = -1;
  let bestScore = 0;
  const norm = normalizeTitle(title);
  entries.forEach((entry, i) => {
    const score = scoreNormalized(norm, title, entry);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

function lastIndexOwnedBy(owner: number[], test: (o: number) => boolean): number {
  for (let i = owner.length - 1; i >= 0; i--) if (test(owner[i])) return i;
  return -1;
}

function firstIndexOwnedBy(owner: number[], test: (o: number) => boolean, from: number): number {
  for (let i = from; i < owner.length; i++) if (test(owner[i])) return i;
  return owner.length;
}
