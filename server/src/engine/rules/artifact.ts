import { blockDebris, type DebrisHit, type DebrisKind } from '../text/debris';
import { range } from '../types';
import type { Rule } from './types';

const MESSAGES: Record<DebrisKind, { en: string; 'zh-cn': string }> = {
  entity: { en: 'HTML entity "{text}" left in the text.', 'zh-cn': '正文中残留 HTML 实体“{text}”。' },
  marker: { en: 'Page marker "{text}" left in the text.', 'zh-cn': '正文中残留网页标记“{text}”。' },
  replacement: { en: 'Replacement character U+FFFD: a character was lost in conversion.', 'zh-cn': '替换字符 U+FFFD：转换时丢失了字符，请补上原字。' },
  invisible: { en: 'Invisible character {code} in the text.', 'zh-cn': '正文中有不可见字符 {code}。' },
};
const FIX = {
  remove: { en: 'Remove "{text}"', 'zh-cn': '删除“{text}”' },
  removeInvisible: { en: 'Remove the invisible character(s)', 'zh-cn': '删除不可见字符' },
  replace: { en: 'Replace "{text}" with "{char}"', 'zh-cn': '将“{text}”替换为“{char}”' },
};

function codes(text: string): string {
  return [...new Set(text)].map((c) => 'U+' + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join(', ');
}

function fixTitle(hit: DebrisHit): { en: string; 'zh-cn': string } {
  if (hit.kind === 'invisible' || hit.kind === 'replacement') return FIX.removeInvisible;
  return hit.replacement ? FIX.replace : FIX.remove;
}

/**
 * Debris of copy and paste: HTML entities (&nbsp;, &t;), page markers (##paidbegin##), U+FFFD and
 * zero-width characters. Every fix is safe except removing U+FFFD, where a character must be retyped.
 */
export const artifact: Rule = {
  id: 'artifact',
  description: { en: 'Conversion debris: HTML entities, page markers, replacement and zero-width characters.', 'zh-cn': '转换残留：HTML 实体、网页标记、替换字符和零宽字符。' },
  defaultSeverity: 'warning',
  cheap: true,
  options: {},
  runBlock(block, ctx, report) {
    const hits = blockDebris(block, ctx.doc.lines);
    for (let i = 0; i < hits.length; i++) {
      const hit = hits[i];
      const line = block.start + hit.line;
      const at = range(line, hit.start, line, hit.end);
      const text = ctx.doc.lines[line].slice(hit.start, hit.end);
      // {code} is in the invisible-character message only
      const args = { text, char: hit.replacement, code: hit.kind === 'invisible' ? codes(text) : '' };
      const fix = { title: ctx.t(fixTitle(hit), args), safe: hit.kind !== 'replacement', edits: [{ range: at, newText: hit.replacement }] };
      report({ message: ctx.t(MESSAGES[hit.kind], args), range: at, fixes: [fix], data: { kind: hit.kind } });
    }
  },
};
