import { formatCjkNumber } from '../outline/numerals';
import { HIT_SIZE, unpack } from '../outline/enumeration-scan';
import { packedHits, type EnumerationSeries } from '../outline/enumerations';
import type { Section } from '../outline/model';
import { headingEndsBy, headingStartsBy } from '../outline/section';
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
  blockFacts: packedHits,
  run(ctx, report) {
    const sections = ctx.outline.all;
    const { blocks, lines } = ctx.doc;
    let s = -1;
    // The value and line of the last hit of each series (by index) in the current section; -1: none yet.
    const lastValue = [-1, -1, -1];
    const lastLine = [-1, -1, -1];
    // Hits read from each block's packed numbers (see `packedHits`): no hit objects for the document's thousands.
    for (let b = 0; b < blocks.length; b++) {
      const packed = packedHits(blocks[b], lines);
      for (let h = 0; h < packed.length; h += HIT_SIZE) {
        const line = blocks[b].start + packed[h];
        const start = packed[h + 1];
        const value = packed[h + 3] >> 2;
        const series = packed[h + 3] & 3;
        let moved = false;
        while (s + 1 < sections.length && headingStartsBy(sections[s + 1], line, start)) {
          s++;
          moved = true;
        }
        if (moved) lastValue[0] = lastValue[1] = lastValue[2] = -1;
        const section: Section | undefined = sections[s];
        if (section && !headingEndsBy(section, line, start)) continue; // inside the heading itself
        const previous = lastValue[series];
        const previousLine = lastLine[series];
        lastValue[series] = value;
        lastLine[series] = line;
        const restart = value === 1 && (previous < 0 || previousLine !== line);
        const expected = previous >= 0 && !restart ? previous + 1 : 1;
        if (restart || value === expected) continue;
        const hit = unpack(packed, h, lines[line]);
        const wanted = spell(hit.series, expected, hit.text);
        const range = { start: { line, character: hit.start }, end: { line, character: hit.end } };
        const fix = { title: ctx.t(MESSAGES.fix, { expected: wanted }), safe: false, edits: [{ range, newText: wanted }] };
        report({ message: ctx.t(MESSAGES.wrong, { expected: wanted, found: hit.text }), range, fixes: [fix] });
      }
    }
  },
};
