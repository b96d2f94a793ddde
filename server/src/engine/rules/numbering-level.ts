import { GB_LEVELS, formatMarker, standardMarker, type Marker } from '../outline/markers';
import type { Section } from '../outline/model';
import { numberedGroups, type NumberedGroup } from '../outline/siblings';
import type { Rule, RuleContext, RuleFinding } from './types';

const MESSAGES = {
  noParent: { en: '"{found}" has no "{missing}" level above it.', 'zh-cn': '“{found}”之上缺少“{missing}”一级标题。' },
  skipped: { en: 'Numbering skips a level: "{found}" directly under "{parent}"; expected a "{missing}" level between them.', 'zh-cn': '标题层级跳级：“{found}”直接位于“{parent}”之下，中间应有“{missing}”一级。' },
  mixed: { en: 'Marker style differs from its siblings: expected "{expected}", found "{found}".', 'zh-cn': '序号写法与同级不一致：应为“{expected}”，实为“{found}”。' },
  nonstandard: { en: 'Non-standard marker "{found}": GB/T 9704 writes "{expected}".', 'zh-cn': '序号“{found}”不规范，GB/T 9704 写作“{expected}”。' },
  fix: { en: 'Write "{expected}"', 'zh-cn': '改为“{expected}”' },
};

/** A level used without the one above it, a skipped level, and mixed or non-standard marker spellings. */
export const numberingLevel: Rule = {
  id: 'numbering-level',
  description: {
    en: 'Numbering levels do not follow 一、 → （一） → 1. → （1）, or markers at one level are written differently.',
    'zh-cn': '标题层级未按 一、→（一）→1.→（1） 排列，或同级序号写法不一致。',
  },
  outlineOnly: true,
  defaultSeverity: 'warning',
  options: {
    strict: { type: 'boolean', default: false, description: 'Also flag every marker not written as GB/T 9704 asks (1、 (一) １．).' },
  },
  run(ctx, report) {
    const groups = numberedGroups(ctx.outline);
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g];
      checkHierarchy(ctx, group, report);
      checkSpelling(ctx, group, report);
    }
  },
};

function checkHierarchy(ctx: RuleContext, group: NumberedGroup, report: (f: RuleFinding) => void): void {
  const index = GB_LEVELS.indexOf(group.level);
  if (index <= 0) return;
  const first = group.sections[0];
  const ancestor = numberedAncestor(first);
  const ancestorIndex = ancestor ? GB_LEVELS.indexOf(ancestor.marker!.level) : -1;
  const found = first.marker!.text;
  if (!ancestor) {
    if (first.parent) return; // inside an unnumbered Markdown heading: that heading is the level above
    report({ message: ctx.t(MESSAGES.noParent, { found, missing: standardMarker(GB_LEVELS[index - 1], 1) }), range: first.markerRange! });
  } else if (ancestorIndex >= 0 && index > ancestorIndex + 1) {
    const missing = standardMarker(GB_LEVELS[ancestorIndex + 1], 1);
    report({ message: ctx.t(MESSAGES.skipped, { found, parent: ancestor.marker!.text, missing }), range: first.markerRange! });
  }
}

function numberedAncestor(section: Section): Section | undefined {
  for (let p = section.parent; p; p = p.parent) if (p.marker) return p;
  return undefined;
}

function checkSpelling(ctx: RuleContext, group: NumberedGroup, report: (f: RuleFinding) => void): void {
  const sections = group.sections;
  const model = commonest(sections);
  const strict = ctx.options.strict === true;
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    const marker = s.marker!;
    let expected: string | undefined;
    let message: typeof MESSAGES.mixed | undefined;
    if (marker.variant !== model.variant) {
      expected = formatMarker(model, marker.value);
      message = MESSAGES.mixed;
    }
    // The regex last: most markers are standard, and testing one flattened its text (a string per section).
    if (!marker.standard && marker.level !== 'decimal' && (strict || hasDoublePunctuation(marker))) {
      expected = standardMarker(marker.level, marker.value);
      message = MESSAGES.nonstandard;
    }
    if (!expected || !message || expected === marker.text) continue;
    const fix = { title: ctx.t(MESSAGES.fix, { expected }), safe: true, edits: [{ range: s.markerRange!, newText: expected }] };
    report({ message: ctx.t(message, { expected, found: marker.text }), range: s.markerRange!, fixes: [fix] });
  }
}

/** The marker spelling most siblings use; on a tie the standard one, else the first. */
function commonest(sections: readonly Section[]): Marker {
  // Most groups write every marker alike: then only the variant of the model is read, and the first
  // has it — no list, Map or closure per group.
  const first = sections[0].marker!;
  let alike = true;
  for (let i = 1; i < sections.length && alike; i++) alike = sections[i].marker!.variant === first.variant;
  if (alike) return first;
  const markers = sections.map((s) => s.marker!);
  const counts = new Map<string, number>();
  for (const m of markers) counts.set(m.variant, (counts.get(m.variant) ?? 0) + 1);
  const better = (m: Marker, best: Marker) => counts.get(m.variant)! > counts.get(best.variant)! || (counts.get(m.variant) === counts.get(best.variant) && m.standard && !best.standard);
  return markers.reduce((best, m) => (better(m, best) ? m : best), markers[0]);
}

/** （1）、 ①、 ①. and a colon after a number are never right. */
function hasDoublePunctuation(marker: Marker): boolean {
  return /[）)\u2460-\u32bf][、.．,，:：]$/u.test(marker.text);
}
