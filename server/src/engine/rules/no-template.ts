import { BUILTIN_TEMPLATES } from '../template/load';
import type { Rule } from './types';

const MESSAGES = {
  none: {
    en: 'No report template applies, so the outline is not checked. Choose one with `template: <id or path>` in front matter, the reportlint.template setting, --template, or .reportlint.yaml (built-in: {ids}).',
    'zh-cn': '没有适用的报告模板，未检查提纲。可在文首 front matter 写 `template: <模板名或路径>`，或用 reportlint.template 设置、--template 参数、.reportlint.yaml 指定（内置模板：{ids}）。',
  },
};

/** One hint when no template applies, saying how to choose one. */
export const noTemplate: Rule = {
  id: 'no-template',
  description: { en: 'No report template applies to the document.', 'zh-cn': '文档没有适用的报告模板。' },
  defaultSeverity: 'info',
  options: {},
  cheap: true,
  run(ctx, report) {
    if (ctx.template || ctx.templateRef) return; // a chosen but broken template is reported as a configuration problem
    const line = ctx.outline.title?.range.start.line ?? ctx.doc.bodyStart;
    const text = ctx.doc.lines[Math.min(line, ctx.doc.lineCount - 1)];
    report({
      message: ctx.t(MESSAGES.none, { ids: BUILTIN_TEMPLATES.join(', ') }),
      range: { start: { line, character: 0 }, end: { line, character: text.length } },
    });
  },
};
