import type { Rule } from './types';

const MESSAGES = {
  large: {
    en: 'This document has {length} characters, more than the limit of {limit}: only the cheap checks run. Raise maxDocumentSize to check it fully.',
    'zh-cn': '本文档共 {length} 个字符，超过 {limit} 的上限，只做了轻量检查。调高 maxDocumentSize 可完整检查。',
  },
};

/** One note on documents too large for the full set of checks. */
export const largeDocument: Rule = {
  id: 'large-document',
  description: { en: 'The document is larger than maxDocumentSize, so only the cheap checks run.', 'zh-cn': '文档超过 maxDocumentSize，只做轻量检查。' },
  defaultSeverity: 'info',
  options: {},
  cheap: true,
  run(ctx, report) {
    if (ctx.size.length <= ctx.size.limit) return;
    const line = ctx.doc.bodyStart < ctx.doc.lineCount ? ctx.doc.bodyStart : 0;
    report({
      message: ctx.t(MESSAGES.large, { length: ctx.size.length, limit: ctx.size.limit }),
      range: { start: { line, character: 0 }, end: { line, character: ctx.doc.lines[line].length } },
      data: { length: ctx.size.length, limit: ctx.size.limit },
    });
  },
};
