import type { Localized } from '../i18n';

/** The details completion items show. */
export const TEXTS = {
  missing: { en: 'Section of template {template}, missing here', 'zh-cn': '模板 {template} 的章节，此处尚缺' },
  optional: { en: 'Optional section of template {template}, missing here', 'zh-cn': '模板 {template} 的可选章节，此处尚缺' },
  next: { en: 'Next section after {title}', 'zh-cn': '{title}之后的同级章节' },
  first: { en: 'First sub-section of {title}', 'zh-cn': '{title}的第一个下级章节' },
  renumbers: { en: '{detail}; renumbers the {count} after it', 'zh-cn': '{detail}；其后 {count} 节顺延编号' },
  title: { en: 'Section title in template {template}', 'zh-cn': '模板 {template} 的章节标题' },
  enumeration: { en: 'Continues {previous}', 'zh-cn': '接续{previous}' },
} satisfies Record<string, Localized>;
