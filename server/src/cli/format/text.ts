import { format, type Locale } from '../../engine/i18n';
import type { FileFindings, Totals } from './types';

const SUMMARY = {
  clean: { en: 'No problems found in {files} file(s).', 'zh-cn': '检查了 {files} 个文件，未发现问题。' },
  found: {
    en: '{total} problem(s) ({errors} error(s), {warnings} warning(s), {infos} info) in {files} file(s).',
    'zh-cn': '检查了 {files} 个文件，发现 {total} 个问题（错误 {errors}，警告 {warnings}，提示 {infos}）。',
  },
};

/** One line per finding, `file:line:col  severity  message  rule-id`, each ending in a line break. */
export function textFindings(result: FileFindings): string {
  let text = '';
  for (const f of result.findings) {
    text += `${result.display}:${f.range.start.line + 1}:${f.range.start.character + 1}  ${f.severity}  ${f.message}  ${f.ruleId}\n`;
  }
  return text;
}

/** The line after the findings (none when no file could be checked). */
export function textSummary(totals: Totals, locale: Locale): string {
  if (!totals.files) return '';
  const total = totals.errors + totals.warnings + totals.infos;
  const args = { total, errors: totals.errors, warnings: totals.warnings, infos: totals.infos, files: totals.files };
  return (total ? format(SUMMARY.found, locale, args) : format(SUMMARY.clean, locale, args)) + '\n';
}
