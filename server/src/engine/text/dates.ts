import { toHalfWidth } from './numbers';

/**
 * Dates as reports write them: 2026年10月31日, 2026年10月, 2025年底, 10月31日, 2026-10-31, 2026/10/31,
 * 2026.10.31, Oct 31, 2026, 31 October 2026, October 2026 — full-width digits too.
 */
export interface DateMention {
  start: number;
  end: number;
  /** Undefined when written without a year (10月31日): the year is the report's (see `dateBounds`). */
  year?: number;
  month?: number;
  day?: number;
  /** 底/末: the end of the month or year named. */
  endOf: boolean;
  style: 'cn' | 'numeric' | 'en';
  /** Where the parts are written, for fixes. */
  yearSpan?: [number, number];
  monthSpan?: [number, number];
  daySpan?: [number, number];
}

const CD = '[0-9０-９]';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const PATTERN = new RegExp(
  [
    `(?<!${CD})(?<cy>${CD}{4}|${CD}{2})[ \\t]*年(?:[ \\t]*(?<cm>${CD}{1,2})[ \\t]*月(?:[ \\t]*(?<cd>${CD}{1,2})[ \\t]*[日号])?)?(?<ce>底|末)?`,
    `(?<![${CD}年])(?<mm>${CD}{1,2})[ \\t]*月[ \\t]*(?:(?<md>${CD}{1,2})[ \\t]*[日号]|(?<me>底|末))`,
    `(?<![${CD}.．])(?<ny>${CD}{4})(?<sep>[-/.．])(?<nm>${CD}{1,2})\\k<sep>(?<nd>${CD}{1,2})(?![${CD}])`,
    `\\b(?<em>${MONTH_NAME})\\.?[ \\t]+(?<ed>\\d{1,2})(?:st|nd|rd|th)?,?[ \\t]+(?<ey>\\d{4})\\b`,
    `\\b(?<fd>\\d{1,2})(?:st|nd|rd|th)?[ \\t]+(?<fm>${MONTH_NAME})\\.?,?[ \\t]+(?<fy>\\d{4})\\b`,
    `\\b(?<gm>${MONTH_NAME})[ \\t]+(?<gy>\\d{4})\\b`,
  ].join('|'),
  'gid',
);

/** Every date mentioned on a line, left to right. Impossible dates (2026年13月, 2月30日) are left out. */
export function scanDates(line: string): DateMention[] {
  if (!/[0-9０-９]/.test(line)) return [];
  const out: DateMention[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(line); m; m = PATTERN.exec(line)) {
    const mention = toMention(m);
    if (mention && valid(mention)) out.push(mention);
  }
  return out;
}

function toMention(m: RegExpExecArray): DateMention | undefined {
  const g = m.groups!;
  const span = (name: string) => m.indices!.groups![name] as [number, number] | undefined;
  const num = (text: string | undefined) => (text === undefined ? undefined : Number(toHalfWidth(text)));
  const base = { start: m.index, end: m.index + m[0].length };
  if (g.cy !== undefined) {
    const twoDigit = toHalfWidth(g.cy).length === 2;
    if (twoDigit && g.cm === undefined) return undefined; // 26年 alone is a duration, not a date
    return {
      ...base, year: num(g.cy), month: num(g.cm), day: num(g.cd), endOf: Boolean(g.ce) && g.cd === undefined,
      style: 'cn', yearSpan: span('cy'), monthSpan: span('cm'), daySpan: span('cd'),
    };
  }
  if (g.mm !== undefined) return { ...base, month: num(g.mm), day: num(g.md), endOf: Boolean(g.me), style: 'cn', monthSpan: span('mm'), daySpan: span('md') };
  if (g.ny !== undefined) return { ...base, year: num(g.ny), month: num(g.nm), day: num(g.nd), endOf: false, style: 'numeric', yearSpan: span('ny'), monthSpan: span('nm'), daySpan: span('nd') };
  const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  if (g.em !== undefined) return { ...base, year: num(g.ey), month: month(g.em), day: num(g.ed), endOf: false, style: 'en' };
  if (g.fm !== undefined) return { ...base, year: num(g.fy), month: month(g.fm), day: num(g.fd), endOf: false, style: 'en' };
  return { ...base, year: num(g.gy), month: month(g.gm), endOf: false, style: 'en' };
}

function valid(d: DateMention): boolean {
  if (d.month !== undefined && (d.month < 1 || d.month > 12)) return false;
  if (d.day === undefined) return true;
  return d.day >= 1 && d.day <= daysIn(d.year ?? 2000, d.month!);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The full year of a mention: a two-digit year is the latest year ending so that is at most 10 years after the report's (26 → 2026, 99 → 1999). */
export function fullYear(d: DateMention, reportDate: string): number | undefined {
  if (d.year === undefined || d.year >= 100) return d.year;
  const reportYear = Number(reportDate.slice(0, 4));
  const candidate = Math.floor(reportYear / 100) * 100 + d.year;
  return candidate > reportYear + 10 ? candidate - 100 : candidate;
}

/**
 * The first and last day (YYYY-MM-DD) a mention covers: a day, a month, or a year. A date written
 * without a year is in the report's year, or the year before when that would put it after the report.
 */
export function dateBounds(d: DateMention, reportDate: string): { first: string; last: string } {
  let year = fullYear(d, reportDate) ?? Number(reportDate.slice(0, 4));
  const bounds = (y: number) => {
    const m1 = d.month ?? 1;
    const m2 = d.month ?? 12;
    return { first: iso(y, m1, d.day ?? 1), last: iso(y, m2, d.day ?? daysIn(y, m2)) };
  };
  if (d.year === undefined && bounds(year).first > reportDate) year--;
  return bounds(year);
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Whole days from `a` to `b` (YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86_400_000);
}

/** `date` moved by `days` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(date + 'T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);
}
