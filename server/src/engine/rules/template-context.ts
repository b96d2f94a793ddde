import { analyzeTemplate, type LevelAnalysis } from '../template/analyze';
import type { RuleContext } from './types';

/** Key of the template comparison among the values a check's rules share. */
export const TEMPLATE_LEVELS = 'template-levels';

/** The template compared with the outline, computed once per check for all outline rules. */
export function templateLevels(ctx: RuleContext): LevelAnalysis[] {
  const template = ctx.template;
  if (!template) return [];
  return ctx.shared(TEMPLATE_LEVELS, () => analyzeTemplate(ctx.outline, template, ctx.doc));
}
