import { formatMarker } from '../outline/markers';
import { renumberEdits } from '../outline/edits';
import { numberedGroups } from '../outline/siblings';
import { lazyFix, type Fix } from '../types';
import type { Rule } from './types';

const MESSAGES = {
  wrong: { en: 'Numbering out of sequence: expected "{expected}", found "{found}".', 'zh-cn': '序号不连续：应为“{expected}”，实为“{found}”。' },
  fix: { en: 'Renumber this sequence', 'zh-cn': '重新编排本级序号' },
};

/** Gaps, repeats and restarts in a numbered sequence (一、二、四、; （一）（二）（二）; 1. 2. 4.). */
export const numberingSequence: Rule = {
  id: 'numbering-sequence',
  description: { en: 'Section numbers at one level skip, repeat or restart.', 'zh-cn': '同级标题序号跳号、重号或重新开始。' },
  outlineOnly: true,
  defaultSeverity: 'error',
  options: {},
  run(ctx, report) {
    const groups = numberedGroups(ctx.outline);
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g];
      let expected = 1;
      // Made at the group's first finding and shared by the rest, its edits (a range and a marker string per
      // section) when first read: most groups are in sequence, and most fixes are never applied.
      let fix: Fix | undefined;
      const sections = group.sections;
      for (let i = 0; i < sections.length; i++) {
        const s = sections[i];
        const marker = s.marker!;
        if (marker.value !== expected) {
          fix ??= lazyFix(ctx.t(MESSAGES.fix), false, () => renumberEdits(sections, 1));
          const args = { expected: formatMarker(marker, expected), found: marker.text };
          report({ message: ctx.t(MESSAGES.wrong, args), range: s.markerRange!, fixes: [fix], data: { expected, found: marker.value } });
        }
        expected = marker.value + 1;
      }
    }
  },
};
