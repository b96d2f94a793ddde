import { format, type Locale, type Localized } from '../engine/i18n';

/** The server's own texts; rule messages come from the engine. */
const TEXTS = {
  setting: { en: 'Setting reportlint.{message}', 'zh-cn': '设置 reportlint.{message}' },
  configFile: {
    en: '{file} has {count} problem(s); the checks that need it are skipped. First: {first}',
    'zh-cn': '{file} 有 {count} 处问题，依赖它的检查未执行。第一处：{first}',
  },
  fixAll: { en: 'Fix all safe reportlint problems', 'zh-cn': '修复所有可安全修复的 reportlint 问题' },
} satisfies Record<string, Localized>;

/** A server text in the locale the editor asked for. */
export function text(locale: Locale, key: keyof typeof TEXTS, args?: Record<string, string | number>): string {
  return format(TEXTS[key], locale, args);
}
