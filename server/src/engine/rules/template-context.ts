import { analyzeTemplate, type LevelAnalysis } from '../template/analyze';
import type { RuleContext } from './types';

/** The template compared with the outline, computed once per check for all outline rules. */
export function templateLevels(ctx: RuleContext): LevelAnalysis[] {
  const template = ctx.template;
  if (!template) return [];
  return ctx.shared('template-levels', () => analyzeTemplate(ctx.outline, template, ctx.doc));
}
