import { format, type Locale, type Localized } from '../engine/i18n';

/** The server's own texts; rule messages come from the engine. */
const TEXTS = {
  setting: { en: 'Setting reportlint.{message}', 'zh-cn': '设置 reportlint.{message}' },
  configFile: {
    en: '{file} has {count} problem(s); the checks that need it are skipped. First: {first}',
    'zh-cn': '{file} 有 {count} 处问题，依赖它的检查未执行。第一处：{first}',
  },
  fixAll: { en: 'Fix all safe reportlint problems', 'zh-cn': '修复所有可安全修复的 reportlint 问题' },
  notReport: { en: 'The document is not an open report.', 'zh-cn': '该文档不是已打开的报告。' },
  stale: { en: 'The report changed since the command was started; run it again.', 'zh-cn': '命令开始后报告已被修改，请重新执行。' },
  badTemplate: { en: 'Template "{template}" cannot be used here.', 'zh-cn': '此处无法使用模板“{template}”。' },
  notApplied: { en: 'The editor did not apply the edit (the report may have changed); run the command again.', 'zh-cn': '编辑器未应用修改（报告可能已被修改），请重新执行命令。' },
  noEditSupport: { en: 'The editor cannot apply edits sent by the server; the edit is in the result.', 'zh-cn': '编辑器无法应用服务器发送的修改；修改已随结果返回。' },
} satisfies Record<string, Localized>;

/** A server text in the locale the editor asked for. */
export function text(locale: Locale, key: keyof typeof TEXTS, args?: Record<string, string | number>): string {
  return format(TEXTS[key], locale, args);
}
