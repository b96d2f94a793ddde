import { duplicateSection } from './duplicate-section';
import { emptySection } from './empty-section';
import { enumerationSequence } from './enumeration-sequence';
import { largeDocument } from './large-document';
import { missingSection } from './missing-section';
import { noTemplate } from './no-template';
import { numberingLevel } from './numbering-level';
import { numberingSequence } from './numbering-sequence';
import { sectionOrder } from './section-order';
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
