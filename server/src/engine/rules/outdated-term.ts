import { BUILTIN_MATCHER, BUILTIN_TERMS, blockTerms, termMatcher, type TermEntry } from '../text/terms';
import { range } from '../types';
import type { Rule } from './types';

const MESSAGES = {
  found: { en: '"{old}" is a superseded name; it is now "{replacement}".', 'zh-cn': '“{old}”为旧称，现称“{replacement}”。' },
  fix: { en: 'Write "{replacement}"', 'zh-cn': '改为“{replacement}”' },
};

/** Parses "old=>new" entries; undefined for a malformed one. */
function parseTerm(entry: string): TermEntry | undefined {
  const i = entry.indexOf('=>');
  const old = i > 0 ? entry.slice(0, i).trim() : '';
  const replacement = i > 0 ? entry.slice(i + 2).trim() : '';
  return old && replacement ? { old, replacement } : undefined;
}

const matchers = new Map<string, ReturnType<typeof termMatcher>>();

/** The matcher for a configuration (cached by its key). Configured terms override built-in ones with the same old name. */
function matcherFor(key: string, builtin: boolean, terms: readonly string[]) {
  let m = matchers.get(key);
  if (!m) matchers.set(key, (m = termMatcher([...(builtin ? BUILTIN_TERMS : []), ...terms.flatMap((t) => parseTerm(t) ?? [])])));
  return m;
}

/** The key and matcher of the last options seen: each check makes its options object once, and its blocks share it. */
const last = { options: undefined as unknown, key: '', matcher: BUILTIN_MATCHER };

/** 国土资源部 after the 2018 reform: an institution's name that has been replaced. */
export const outdatedTerm: Rule = {
  id: 'outdated-term',
  description: { en: 'A superseded official name (e.g. 国土资源部 → 自然资源部).', 'zh-cn': '使用了已更名的机构名称等旧称（如“国土资源部”→“自然资源部”）。' },
  defaultSeverity: 'info',
  options: {
    builtin: { type: 'boolean', default: true, description: 'Check the built-in table of renamed institutions.' },
    terms: {
      type: 'string[]',
      default: [],
      description: 'More terms, each "old=>new".',
      validate: (value) => {
        const bad = (value as string[]).find((t) => !parseTerm(t));
        return bad === undefined ? undefined : `"${bad}" is not of the form "old=>new"`;
      },
    },
  },
  blockVersion: (ctx) => `${ctx.options.builtin}\u0000${(ctx.options.terms as string[]).join('\u0000')}`,
  runBlock(block, ctx, report) {
    const builtin = ctx.options.builtin as boolean;
    const terms = ctx.options.terms as string[];
    let hits;
    if (!terms.length) {
      if (!builtin) return; // nothing to look for
      hits = blockTerms(block, ctx.doc.lines, BUILTIN_MATCHER, ''); // the default: no key to build
    } else {
      if (ctx.options !== last.options) {
        last.options = ctx.options;
        last.key = `${builtin}\u0000${terms.join('\u0000')}`;
        last.matcher = matcherFor(last.key, builtin, terms);
      }
      hits = blockTerms(block, ctx.doc.lines, last.matcher, last.key);
    }
    for (let i = 0; i < hits.length; i++) {
      const hit = hits[i];
      const line = block.start + hit.line;
      const at = range(line, hit.start, line, hit.end);
      const args = { old: hit.entry.old, replacement: hit.entry.replacement };
      report({ message: ctx.t(MESSAGES.found, args), range: at, fixes: [{ title: ctx.t(MESSAGES.fix, args), safe: false, edits: [{ range: at, newText: hit.entry.replacement }] }] });
    }
  },
};
