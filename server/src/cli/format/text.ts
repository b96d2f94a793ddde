import { format, type Locale } from '../../engine/i18n';
import { toJsonFindings, type FileFindings } from './types';

const SUMMARY = {
  clean: { en: 'No problems found in {files} file(s).', 'zh-cn': '检查了 {files} 个文件，未发现问题。' },
  found: {
    en: '{total} problem(s) ({errors} error(s), {warnings} warning(s), {infos} info) in {files} file(s).',
    'zh-cn': '检查了 {files} 个文件，发现 {total} 个问题（错误 {errors}，警告 {warnings}，提示 {infos}）。',
  },
};

/** One line per finding, `file:line:col  severity  message  rule-id`, then a summary (none when no file could be checked). */
export function formatText(results: readonly FileFindings[], locale: Locale): string {
  if (!results.length) return '';
  const rows = toJsonFindings(results);
  const lines = rows.map((f) => `${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.message}  ${f.ruleId}`);
  const count = (s: string) => rows.filter((f) => f.severity === s).length;
  const args = { total: rows.length, errors: count('error'), warnings: count('warning'), infos: count('info'), files: results.length };
  lines.push(rows.length ? format(SUMMARY.found, locale, args) : format(SUMMARY.clean, locale, args));
  return lines.join('\n') + '\n';
}
