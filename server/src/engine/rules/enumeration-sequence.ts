import { formatCjkNumber } from '../outline/numerals';
import { blockHits, enumerationHits, type EnumerationHit, type EnumerationSeries } from '../outline/enumerations';
import type { Section } from '../outline/model';
import type { Position } from '../types';
import type { Rule } from './types';

const MESSAGES = {
  wrong: { en: 'Enumeration out of sequence: expected "{expected}", found "{found}".', 'zh-cn': '分项序号不连续：应为“{expected}”，实为“{found}”。' },
  fix: { en: 'Write "{expected}"', 'zh-cn': '改为“{expected}”' },
};

function spell(series: EnumerationSeries, value: number, like: string): string {
  if (series === 'shi') return formatCjkNumber(value) + '是';
  if (series === 'di') return '第' + formatCjkNumber(value);
  return ['首先', '其次', '再次'][value - 1] ?? like;
}

/**
 * 一是……二是……四是…… broken inside a section's own text. A new paragraph may start a new
 * enumeration at 一是; anything else must continue the previous number.
 */
export const enumerationSequence: Rule = {
  id: 'enumeration-sequence',
  description: { en: 'In-paragraph enumerations (一是/二是, 第一/第二, 首先/其次) skip or repeat a number.', 'zh-cn': '段内分项（一是/二是、第一/第二、首先/其次）跳号或重号。' },
  defaultSeverity: 'warning',
  options: {},
  blockFacts: blockHits,
  run(ctx, report) {
    const sections = ctx.outline.all;
    let s = -1;
    // The last hit of each series in the current section: three fields, not a Map (a get and a set per hit).
    const last: Record<EnumerationSeries, EnumerationHit | undefined> = { shi: undefined, di: undefined, shouxian: undefined };
    const hits = enumerationHits(ctx.doc);
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h];
      let moved = false;
      while (s + 1 < sections.length && before(sections[s + 1].headingRange.start, hit.line, hit.start)) {
        s++;
        moved = true;
      }
      if (moved) last.shi = last.di = last.shouxian = undefined;
      const section: Section | undefined = sections[s];
      if (section && !before(section.headingRange.end, hit.line, hit.start)) continue; // inside the heading itself
      const previous = last[hit.series];
      last[hit.series] = hit;
      const restart = hit.value === 1 && (!previous || previous.line !== hit.line);
      const expected = previous && !restart ? previous.value + 1 : 1;
      if (restart || hit.value === expected) continue;
      const wanted = spell(hit.series, expected, hit.text);
      const range = { start: { line: hit.line, character: hit.start }, end: { line: hit.line, character: hit.end } };
      const fix = { title: ctx.t(MESSAGES.fix, { expected: wanted }), safe: false, edits: [{ range, newText: wanted }] };
      report({ message: ctx.t(MESSAGES.wrong, { expected: wanted, found: hit.text }), range, fixes: [fix] });
    }
  },
};

/** Whether `p` is at or before line `line`, character `character` (a hit's start, compared without making a position for each hit). */
function before(p: Position, line: number, character: number): boolean {
  return p.line < line || (p.line === line && p.character <= character);
}
