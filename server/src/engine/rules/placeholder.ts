import { perList } from '../config/per-list';
import { compileUserRegex } from '../config/regex';
import { internedSlice } from '../text/interned';
import { blockPatternHits, blockPlaceholders, withoutOverlaps } from '../text/placeholders';
import { range, type Finding } from '../types';
import type { Rule, RuleContext } from './types';

const MESSAGES = {
  found: { en: 'Unfilled placeholder "{text}".', 'zh-cn': '占位符“{text}”尚未填写。' },
  year: { en: 'Write the year {year}', 'zh-cn': '改为 {year}' },
};

/** The configured patterns, compiled once per distinct list (already validated by the settings). */
const userPatterns = perList((sources) => sources.flatMap((s) => compileUserRegex(s, 'giu').regex ?? []));

/** 20xx, XX人次, **局, ×××, 某某, TODO, 【待补】, {{var}}: text a writer meant to fill in. */
export const placeholder: Rule = {
  id: 'placeholder',
  description: { en: 'An unfilled placeholder (20xx, XX人次, **局, ×××, 某某, TODO, 【待补】, {{var}}).', 'zh-cn': '未填写的占位符（20xx、XX人次、**局、×××、某某、TODO、【待补】、{{var}}）。' },
  defaultSeverity: 'error',
  cheap: true,
  options: {
    patterns: {
      type: 'string[]',
      default: [],
      description: 'Extra placeholder patterns (regular expressions, case-insensitive).',
      validate: (value) => (value as string[]).map((s) => compileUserRegex(s, 'giu').error).find(Boolean),
    },
  },
  blockVersion: (ctx) => `${ctx.reportDate}\u0000${(ctx.options.patterns as string[]).join('\u0000')}`,
  runBlock(block, ctx, report) {
    let hits = blockPlaceholders(block, ctx.doc.lines);
    const sources = ctx.options.patterns as string[];
    // Without configured patterns (the default) a block costs one memo lookup: no key, no closure.
    if (sources.length) {
      const extra = blockPatternHits(block, ctx.doc.lines, userPatterns(sources), sources.join('\u0000'));
      if (extra.length) hits = withoutOverlaps([...hits, ...extra]);
    }
    if (!hits.length) return;
    const messages = ctx.shared(MESSAGES_BY_TEXT, newMessages);
    for (let i = 0; i < hits.length; i++) {
      const hit = hits[i];
      const line = block.start + hit.line;
      const at = range(line, hit.start, line, hit.end);
      const text = internedSlice(ctx.doc.lines[line], hit.start, hit.end); // drafts repeat their placeholders
      let fixes;
      if (hit.kind === 'year') {
        const year = ctx.reportDate.slice(0, 4);
        fixes = [{ title: yearTitle(ctx, year), safe: false, edits: [{ range: at, newText: year }] }];
      }
      let message = messages.get(text);
      if (message === undefined) messages.set(text, (message = ctx.t(MESSAGES.found, { text })));
      // ruleId and severity made with the finding, as the engine stamps them after: added later, they took a second object per finding.
      const finding: Finding = { message, range: at, fixes, ruleId: '', severity: 'warning' };
      report(finding);
    }
  },
};

/**
 * Messages by placeholder, for one check: a draft repeats the few it has (×××, 【待补】, 20xx) dozens of
 * times, and each is worded once.
 */
const MESSAGES_BY_TEXT = 'placeholder:messages';

function newMessages(): Map<string, string> {
  return new Map();
}

/** The year fix's title, the same for every 20xx of a check: made again only when the year or the locale changes. */
function yearTitle(ctx: RuleContext, year: string): string {
  if (lastTitle.year !== year || lastTitle.locale !== ctx.locale) {
    lastTitle.year = year;
    lastTitle.locale = ctx.locale;
    lastTitle.title = ctx.t(MESSAGES.year, { year });
  }
  return lastTitle.title;
}

const lastTitle = { year: '', locale: '', title: '' };
