import { quote } from '../i18n';
import { templateLevels } from './template-context';
import type { Rule } from './types';

const MESSAGES = {
  duplicate: { en: 'Section {title} appears again (first at line {line}).', 'zh-cn': '章节{title}重复出现（首次出现在第 {line} 行）。' },
  tooMany: {
    en: 'Section {title} has {count} sub-sections; template {template} allows at most {max}.',
    'zh-cn': '章节{title}有 {count} 个下级标题，模板 {template} 最多允许 {max} 个。',
  },
};

/** A template section written twice (unless the template lets it repeat), or with more sub-sections than allowed. */
export const duplicateSection: Rule = {
  id: 'duplicate-section',
  description: { en: 'A section of the report template appears more than once.', 'zh-cn': '报告模板中的同一章节出现了多次。' },
  defaultSeverity: 'warning',
  options: {},
  run(ctx, report) {
    for (const level of templateLevels(ctx)) {
      for (const p of level.entries) {
        const title = quote(p.entry.title, ctx.locale);
        if (!p.entry.repeatable) {
          for (const extra of p.sections.slice(1)) {
            const line = p.sections[0].headingRange.start.line + 1;
            report({ message: ctx.t(MESSAGES.duplicate, { title, line }), range: extra.headingRange, data: { sectionId: p.entry.id } });
          }
        }
        const max = p.entry.children?.max;
        if (max === undefined) continue;
        for (const s of p.sections) {
          const count = s.children.length;
          if (count > max) report({ message: ctx.t(MESSAGES.tooMany, { title, count, max, template: ctx.template!.id }), range: s.headingRange, data: { sectionId: p.entry.id } });
        }
      }
    }
  },
};
