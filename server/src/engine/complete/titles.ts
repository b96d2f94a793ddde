import { format } from '../i18n';
import { contains } from '../outline/build';
import type { Marker } from '../outline/markers';
import { firstLineExcept, lastSectionBefore } from './lookup';
import type { Draft, HeadingPlace } from './sections';
import { TEXTS } from './texts';
import type { CompletionSource } from './types';

/** The heading being typed: its `#`s and marker, if any. */
export interface TypedHeading {
  hashes: number;
  marker?: Marker;
}

/**
 * Titles of the template's sections at the level of the heading being typed (the level its marker or
 * `#`s give it among the sections before it): those still missing, in template order, and those that
 * may repeat. Titles already present would make a duplicate, so they are left out; so is the report's
 * own `# title`.
 */
export function titleItems(source: CompletionSource, typed: TypedHeading, place: HeadingPlace): Draft[] {
  const template = source.template;
  if (!template || (typed.hashes === 1 && !typed.marker)) return []; // a lone # heading is the report's title
  const probe = { marker: typed.marker, mdLevel: typed.hashes || undefined };
  let parent = lastSectionBefore(source.outline().all, place.line);
  while (parent && !contains(parent, probe)) parent = parent.parent;
  const level = source.levels().find((lv) => lv.parent === parent);
  if (!level) return [];
  const detail = format(TEXTS.title, place.locale, { template: template.id });
  const open = level.entries.filter((p) => firstLineExcept(p, place.line) === undefined);
  const repeatable = level.entries.filter((p) => p.entry.repeatable && !open.includes(p));
  return [...open, ...repeatable].map((p) => ({
    kind: 'title' as const, label: p.entry.title, insertText: p.entry.title, detail, documentation: p.entry.guidance, range: place.range,
  }));
}
