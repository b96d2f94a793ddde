/**
 * The units quantities are written in, and the magnitudes (万, 亿) written before them: what the
 * quantity reader finds after a number, and what a figures data file may name as a row's unit.
 */

const MAGNITUDES: Record<string, number> = { 万亿: 1e12, 千万: 1e7, 百万: 1e6, 十万: 1e5, 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 };

/** Units as written → canonical unit. Longest first when matching. */
export const UNITS: Record<string, string> = {
  个百分点: '个百分点', 人次: '人次', 场次: '场次', 次: '次', 篇: '篇', 期: '期', 场: '场', 个: '个', 项: '项', 件: '件',
  家: '家', 人: '人', 名: '名', 条: '条', 户: '户', 元: '元', 份: '份', 本: '本', '%': '%', '％': '%',
  people: 'people', persons: 'people', person: 'people', participants: 'people', items: 'items', item: 'items',
  sessions: 'sessions', session: 'sessions', times: 'times', percent: '%',
};

/** Characters after a unit that make it another word: 个月 is a duration, 人民币 a currency, 期间 a period. */
export const NOT_UNIT: Record<string, readonly string[]> = { 个: ['月', '小时', '工作日'], 人: ['民'], 期: ['间', '限'], 场: ['所', '景', '地'], 次: ['日'], 元: ['素', '旦'] };

/** A unit as a data file writes it (万元, 人次, %) → magnitude and canonical unit; undefined for units not known. */
export function parseUnit(text: string): { magnitude: number; unit: string } | undefined {
  const t = text.trim();
  const known = UNITS[t] ?? UNITS[t.toLowerCase()];
  if (known) return { magnitude: 1, unit: known };
  for (const [prefix, magnitude] of Object.entries(MAGNITUDES)) {
    const base = t.startsWith(prefix) ? UNITS[t.slice(prefix.length)] : undefined;
    if (base) return { magnitude, unit: base };
  }
  return undefined;
}
