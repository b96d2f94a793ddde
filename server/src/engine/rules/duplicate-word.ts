import { perList } from '../config/per-list';
import { blockRepeats } from '../text/repeats';
import { range } from '../types';
import type { Rule } from './types';

const MESSAGES = {
  found: { en: '"{word}" is written twice in a row.', 'zh-cn': '“{word}”连续重复。' },
  fix: { en: 'Remove the second "{word}"', 'zh-cn': '删除重复的“{word}”' },
};

/** The configured words, lower-cased, as a set (the rule runs per block). */
const allowedWords = perList((words): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase())));

/**
 * 党员党员, "the the": a word doubled by mistake. Removing the copy is safe for English words and for
 * Chinese runs of three or four characters; a two-character Chinese repeat can be two words that meet
 * (人大代表代表人民), so its fix is offered but not applied by "fix all".
 */
export const duplicateWord: Rule = {
  id: 'duplicate-word',
  description: { en: 'A word written twice in a row (党员党员, "the the").', 'zh-cn': '词语连续重复（如“党员党员”）。' },
  defaultSeverity: 'warning',
  cheap: true,
  options: {
    allow: { type: 'string[]', default: [], description: 'More words that may be doubled (e.g. 学习 in 学习学习强国).' },
  },
  blockVersion: (ctx) => (ctx.options.allow as string[]).join('\u0000'),
  runBlock(block, ctx, report) {
    const hits = blockRepeats(block, ctx.doc.lines);
    if (!hits.length) return; // most blocks: no lookup of the allowed words
    const allowed = allowedWords(ctx.options.allow as string[]);
    for (let i = 0; i < hits.length; i++) {
      const hit = hits[i];
      if (allowed.has(hit.word.toLowerCase())) continue;
      const line = block.start + hit.line;
      const safe = hit.latin || hit.word.length >= 3;
      const fix = { title: ctx.t(MESSAGES.fix, { word: hit.word }), safe, edits: [{ range: range(line, hit.firstEnd, line, hit.end), newText: '' }] };
      report({ message: ctx.t(MESSAGES.found, { word: hit.word }), range: range(line, hit.start, line, hit.end), fixes: [fix] });
    }
  },
};
