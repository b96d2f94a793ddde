import { quote } from '../i18n';
import { firstLine, type EntryPresence } from '../template/analyze';
import { templateLevels } from './template-context';
import type { Rule } from './types';

const MESSAGES = {
  after: { en: 'Section {title} is out of order: template {template} puts it after {other}.', 'zh-cn': '章节{title}顺序不对：模板 {template} 要求它位于{other}之后。' },
  before: { en: 'Section {title} is out of order: template {template} puts it before {other}.', 'zh-cn': '章节{title}顺序不对：模板 {template} 要求它位于{other}之前。' },
};

/** Sections present in an order other than the template's. Reports the fewest sections that, moved, restore the order. */
export const sectionOrder: Rule = {
  id: 'section-order',
  description: { en: 'Sections appear in a different order than the report template gives.', 'zh-cn': '章节顺序与报告模板不一致。' },
  defaultSeverity: 'warning',
  options: {},
  run(ctx, report) {
    for (const level of templateLevels(ctx)) {
      const present = level.entries.filter((p) => p.sections.length || p.collected.length);
      present.sort((a, b) => firstLine(a)! - firstLine(b)!);
      const inOrder = longestIncreasing(present.map((p) => p.order));
      present.forEach((p, i) => {
        if (inOrder.has(i)) return;
        const anchor = nearestInOrder(present, inOrder, i);
        const args = { title: quote(p.entry.title, ctx.locale), template: ctx.template!.id, other: quote(anchor.p.entry.title, ctx.locale) };
        const heading = (p.sections[0] ?? p.collected[0]).headingRange;
        report({ message: ctx.t(anchor.p.order < p.order ? MESSAGES.after : MESSAGES.before, args), range: heading, data: { sectionId: p.entry.id } });
      });
    }
  },
};

/** The in-order entry the misplaced one should follow (or, failing that, precede) according to the template. */
function nearestInOrder(present: EntryPresence[], inOrder: Set<number>, i: number): { p: EntryPresence } {
  const kept = [...inOrder].map((k) => present[k]);
  const earlier = kept.filter((k) => k.order < present[i].order).pop();
  return { p: earlier ?? kept.find((k) => k.order > present[i].order) ?? present[i] };
}

/** Indexes of one longest strictly increasing subsequence (patience sorting, O(n log n)). */
export function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array(values.length).fill(-1);
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) keep.add(i);
  return keep;
}
