import { quote } from '../i18n';
import type { Section } from '../outline/model';
import { bodyVisibleLength } from '../outline/section';
import { templateLevels } from './template-context';
import type { Rule } from './types';

const MESSAGES = {
  empty: { en: 'Section {title} is empty.', 'zh-cn': '章节{title}没有内容。' },
  short: {
    en: 'Section {title} has {count} characters; template {template} asks for at least {min}.',
    'zh-cn': '章节{title}只有 {count} 个字，模板 {template} 要求至少 {min} 个字。',
  },
};

/** A heading with nothing under it, or a template section shorter than the template's minimum. */
export const emptySection: Rule = {
  id: 'empty-section',
  description: { en: 'A section has no content (or less than its template asks for).', 'zh-cn': '章节没有内容，或内容少于模板要求。' },
  defaultSeverity: 'warning',
  options: {},
  run(ctx, report) {
    const minimum = new Map<Section, number>();
    for (const level of templateLevels(ctx)) {
      for (const p of level.entries) for (const s of p.sections) minimum.set(s, p.entry.minBodyLength);
    }
    const sections = ctx.outline.all;
    for (let i = 0; i < sections.length; i++) {
      const section = sections[i];
      if (section.children.length || section.numberedParagraph) continue;
      // Without a template the map is empty: no lookup per section.
      const min = minimum.size ? (minimum.get(section) ?? 1) : 1;
      if (min === 0) continue;
      const count = bodyVisibleLength(ctx.doc, section, min); // from the section's numbers: no body range made for each
      if (count >= min) continue;
      const title = quote(section.title, ctx.locale);
      const message = count === 0 ? ctx.t(MESSAGES.empty, { title }) : ctx.t(MESSAGES.short, { title, count, min, template: ctx.template?.id ?? '' });
      report({ message, range: section.headingRange, data: { count, min } });
    }
  },
};
