// Sentences of a Chinese work report: figures with units, as-of dates, enumerations, placeholders.
import { cjk } from './random.mjs';
import * as V from './vocab.mjs';

/** One counted figure: 19次, 175人次, 1.8亿元, 98%. */
export function figure(r) {
  switch (r.int(0, 4)) {
    case 0: {
      const [what, unit] = r.pick(V.ACTIVITIES);
      const n = unit === '人次' ? r.int(40, 2600) : r.int(2, 60);
      return `先后组织${what}${r.chance(0.03) ? 'XX' : n}${unit}`;
    }
    case 1: {
      const [what, unit] = r.pick(V.COUNTED);
      return `${what}${r.int(3, 320)}${unit}`;
    }
    case 2:
      return r.chance(0.5) ? `${r.pick(V.MONEY)}${r.int(1, 9)}.${r.int(1, 9)}亿元` : `${r.pick(V.MONEY)}${r.int(12, 980)}万元`;
    case 3:
      return `${r.pick(V.RATES)}达到${r.int(86, 100)}%`;
    default:
      return `覆盖党员干部${r.int(60, 900)}人次`;
  }
}

/** 截至2026年10月31日， — now and then the common misuse 截止. */
export function asOf(r) {
  const word = r.chance(0.08) ? '截止' : '截至';
  return `${word}${r.int(2024, 2026)}年${r.int(1, 12)}月${r.int(1, 28)}日，`;
}

/** A clause, sometimes with a figure, an as-of date or a placeholder left in the draft. */
export function clause(r) {
  const parts = [];
  if (r.chance(0.12)) parts.push(asOf(r));
  parts.push(r.chance(0.55) ? `${r.pick(V.CLAUSES)}，${figure(r)}` : r.pick(V.CLAUSES));
  if (r.chance(0.05)) parts.push(r.pick(['，由×××同志牵头', '（具体数据【待补】）', '，20xx年底前全部完成', '，在**科试点']));
  return parts.join('');
}

/** 一是……二是……三是…… with, now and then, a number skipped (三是 → 四是). */
export function enumeration(r, count = r.int(2, 5)) {
  const out = [];
  let n = 1;
  for (let i = 0; i < count; i++) {
    out.push(`${cjk(n)}是${r.pick(V.VERBS)}${r.pick(V.FOCUS)}，${clause(r)}。`);
    n += i === 1 && r.chance(0.05) ? 2 : 1;
  }
  return out.join('');
}

/** A body paragraph: a lead sentence, then an enumeration or plain clauses. */
export function paragraph(r) {
  const lead = `${r.pick(V.OPENERS)}${r.pick(V.FOCUS)}${r.pick(V.PLACES)}，${clause(r)}。`;
  if (r.chance(0.6)) return lead + enumeration(r);
  return lead + Array.from({ length: r.int(2, 4) }, () => clause(r) + '。').join('');
}

/** A section title in the parallel style: 加强X建设，使Y“Z”起来. */
export function themedTitle(r) {
  if (r.chance(0.7)) return `${r.pick(V.VERBS)}${r.pick(V.THEMES)}建设，使${r.pick(V.TARGETS)}“${r.pick(V.CHARS)}”起来`;
  return `${r.pick(V.VERBS)}${r.pick(V.THEMES)}建设，${r.pick(V.RESULTS)}`;
}

/** A run-in numbered heading: 1.突出……，……。 followed by its body on the same line. */
export function runIn(r, n) {
  return `${n}.${r.pick(V.VERBS)}${r.pick(V.FOCUS)}，${r.pick(V.RESULTS)}。${clause(r)}；${clause(r)}。${r.chance(0.5) ? enumeration(r, r.int(2, 3)) : ''}`;
}

/** A small table of figures, as some reports include. */
export function figuresTable(r) {
  const rows = Array.from({ length: r.int(2, 4) }, () => `| ${r.pick(V.RATES)} | ${r.int(80, 99)}% | ${r.int(85, 100)}% |`);
  return ['| 指标 | 2025年 | 2026年 |', '|---|---|---|', ...rows].join('\n');
}
