import { artifact } from './artifact';
import { dateWording } from './date-wording';
import { duplicateSection } from './duplicate-section';
import { duplicateWord } from './duplicate-word';
import { emptySection } from './empty-section';
import { enumerationSequence } from './enumeration-sequence';
import { inconsistentFigure } from './inconsistent-figure';
import { largeDocument } from './large-document';
import { missingImage } from './missing-image';
import { missingSection } from './missing-section';
import { noTemplate } from './no-template';
import { numberingLevel } from './numbering-level';
import { numberingSequence } from './numbering-sequence';
import { outdatedTerm } from './outdated-term';
import { placeholder } from './placeholder';
import { sectionOrder } from './section-order';
import { staleDate } from './stale-date';
import { staleFigure } from './stale-figure';
import { staleImage } from './stale-image';
import type { Rule } from './types';

/** Every rule, in the order findings of equal position are listed. Adding a rule means adding it here. */
export const RULES: readonly Rule[] = [
  missingSection,
  sectionOrder,
  duplicateSection,
  emptySection,
  numberingSequence,
  numberingLevel,
  enumerationSequence,
  noTemplate,
  largeDocument,
  placeholder,
  staleDate,
  dateWording,
  staleFigure,
  inconsistentFigure,
  artifact,
  duplicateWord,
  outdatedTerm,
  missingImage,
  staleImage,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** The rule with this id, if there is one. */
export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** Where a rule's documentation lives, relative to the package root. */
export function ruleDocPath(id: string): string {
  return `docs/rules/${id}.md`;
}

/** Public URL of a rule's documentation. */
export function ruleDocUrl(id: string): string {
  return `https://github.com/reportlint/reportlint/blob/main/${ruleDocPath(id)}`;
}
