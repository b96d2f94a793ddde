import { format, quote } from '../i18n';
import { headingLine, insertLines, layout, levelStyle, renumberEdits } from '../outline/edits';
import type { Section } from '../outline/model';
import { isPresent, type EntryPresence, type LevelAnalysis } from '../template/analyze';
import type { Position } from '../types';
import { templateLevels } from './template-context';
import type { Rule, RuleContext, RuleFinding } from './types';

const MESSAGES = {
  missing: {
    en: 'Missing section {title} required by template {template}; expected {where}.',
    'zh-cn': '缺少模板 {template} 要求的章节{title}，应位于{where}。',
  },
  before: { en: 'before {title}', 'zh-cn': '{title}之前' },
  after: { en: 'after {title}', 'zh-cn': '{title}之后' },
  between: { en: 'between {first} and {second}', 'zh-cn': '{first}与{second}之间' },
  end: { en: 'at the end of the report', 'zh-cn': '报告末尾' },
  inside: { en: 'inside {title}', 'zh-cn': '{title}之内' },
  fewChildren: {
    en: 'Section {title} has {count} sub-section(s); template {template} asks for at least {min}.',
    'zh-cn': '章节{title}只有 {count} 个下级标题，模板 {template} 要求至少 {min} 个。',
  },
  fewChildrenAs: {
    en: 'Section {title} (the template\'s {entry}) has {count} sub-section(s); template {template} asks for at least {min}.',
    'zh-cn': '章节{title}（即模板的{entry}）只有 {count} 个下级标题，模板 {template} 要求至少 {min} 个。',
  },
  fix: { en: 'Insert section {title}', 'zh-cn': '插入章节{title}' },
  guidance: { en: '(To be written: {guidance})', 'zh-cn': '（待补充：{guidance}）' },
  blank: { en: '(To be written.)', 'zh-cn': '（待补充）' },
};

/** A required section of the template is absent, or has fewer sub-sections than the template asks. */
export const missingSection: Rule = {
  id: 'missing-section',
  description: {
    en: 'A section the report template requires is missing, or has too few sub-sections.',
    'zh-cn': '缺少报告模板要求的章节，或下级标题少于模板要求。',
  },
  defaultSeverity: 'error',
  options: {},
  run(ctx, report) {
    for (const level of templateLevels(ctx)) {
      for (const presence of level.entries) {
        if (!isPresent(presence)) {
          if (presence.entry.required) report(missing(ctx, level, presence));
        } else checkChildren(ctx, presence, report);
      }
    }
  },
};

function checkChildren(ctx: RuleContext, p: EntryPresence, report: (f: RuleFinding) => void): void {
  const min = p.entry.children?.min;
  if (min === undefined) return;
  const entry = quote(p.entry.title, ctx.locale);
  const template = ctx.template!.id;
  const counted: Array<{ count: number; at: Section }> = p.sections.length
    ? p.sections.map((s) => ({ count: s.children.length, at: s }))
    : p.collected.length ? [{ count: p.collected.length, at: p.collected[0] }] : [];
  for (const { count, at } of counted) {
    if (count >= min) continue;
    const own = p.sections.length && at.title !== p.entry.title;
    const title = own ? quote(at.title, ctx.locale) : entry;
    report({ message: ctx.t(own ? MESSAGES.fewChildrenAs : MESSAGES.fewChildren, { title, entry, count, min, template }), range: at.headingRange, data: { sectionId: p.entry.id, count, min } });
  }
}

function missing(ctx: RuleContext, level: LevelAnalysis, p: EntryPresence): RuleFinding {
  const title = quote(p.entry.title, ctx.locale);
  const previous = neighbour(level, p.order, -1);
  const next = neighbour(level, p.order, +1);
  const prevEnd = previous && lastSection(previous)?.range.end;
  const nextSection = next && (next.sections[0] ?? next.collected[0]);
  let where: string;
  let at: { after: Position } | { before: Position };
  if (prevEnd && nextSection) {
    where = ctx.t(MESSAGES.between, { first: quote(previous!.entry.title, ctx.locale), second: quote(next!.entry.title, ctx.locale) });
    at = { after: prevEnd };
  } else if (prevEnd) {
    where = ctx.t(MESSAGES.after, { title: quote(previous!.entry.title, ctx.locale) });
    at = { after: prevEnd };
  } else if (nextSection) {
    where = ctx.t(MESSAGES.before, { title: quote(next!.entry.title, ctx.locale) });
    at = { before: nextSection.headingRange.start };
  } else if (level.parent) {
    where = ctx.t(MESSAGES.inside, { title: quote(level.parent.title, ctx.locale) });
    at = { after: level.parent.range.end };
  } else {
    where = ctx.t(MESSAGES.end);
    at = { after: { line: ctx.doc.lineCount - 1, character: 0 } };
  }
  const range = nextSection ? nextSection.headingRange : anchorRange(ctx, at);
  return {
    message: ctx.t(MESSAGES.missing, { title, template: ctx.template!.id, where }),
    range,
    fixes: [insertFix(ctx, level, p, at)],
    data: { sectionId: p.entry.id, title: p.entry.title, template: ctx.template!.id },
  };
}

/** The nearest present entry before (`step` -1) or after (+1) the given one. */
function neighbour(level: LevelAnalysis, order: number, step: number): EntryPresence | undefined {
  for (let i = order + step; i >= 0 && i < level.entries.length; i += step) {
    const p = level.entries[i];
    if (p.sections.length || p.collected.length) return p;
  }
  return undefined;
}

function lastSection(p: EntryPresence): Section | undefined {
  const all = [...p.sections, ...p.collected];
  return all.sort((a, b) => a.range.end.line - b.range.end.line)[all.length - 1];
}

/** The line a finding sits on when the section goes after another one: the last line of that section. */
function anchorRange(ctx: RuleContext, at: { after: Position } | { before: Position }) {
  const line = Math.min(('after' in at ? at.after : at.before).line, ctx.doc.lineCount - 1);
  const text = ctx.doc.lines[line];
  const start = text.length - text.trimStart().length;
  return { start: { line, character: start }, end: { line, character: text.length } };
}

function insertFix(ctx: RuleContext, level: LevelAnalysis, p: EntryPresence, at: { after: Position } | { before: Position }) {
  const point = 'after' in at ? at.after : at.before;
  const siblings = level.sections;
  const before = siblings.filter((s) => s.headingRange.start.line <= point.line && ('after' in at || s.headingRange.start.line < point.line));
  const following = siblings.slice(before.length);
  const style = levelStyle(siblings, level.parent, ctx.doc, ctx.template!.language === 'zh');
  const prevMarker = before[before.length - 1]?.marker;
  const value = prevMarker && style.marker && prevMarker.level === style.marker.level ? prevMarker.value + 1 : before.length + 1;
  const text = headingLine(style, value, p.entry.title) + layout(ctx.doc).gap + guidanceText(p.entry.guidance, ctx.template!.language);
  const sameLevel = following.filter((s) => s.marker && style.marker && s.marker.level === style.marker.level);
  return {
    title: ctx.t(MESSAGES.fix, { title: quote(p.entry.title, ctx.locale) }),
    edits: [insertLines(ctx.doc, text, at), ...renumberEdits(sameLevel, value + 1)],
    safe: false,
  };
}

/** The body of an inserted section: its guidance marked as still to be written, in the report's language (not the editor's). */
export function guidanceText(guidance: string | undefined, language: 'zh' | 'en'): string {
  const locale = language === 'zh' ? 'zh-cn' : 'en';
  return guidance ? format(MESSAGES.guidance, locale, { guidance }) : format(MESSAGES.blank, locale);
}
