/**
 * Days: which months and days exist, the days a date mention covers (its year read from the report's
 * date when it has none), and whole days between and after YYYY-MM-DD dates.
 */

import type { DateMention } from './dates';

/** Whether the month (1–12) and the day in it exist; a day without a year may be 29 February. */
export function valid(year: number | undefined, month: number | undefined, day: number | undefined): boolean {
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= daysIn(year ?? 2000, month!);
}

/** Days in a month (1–12), by arithmetic; years 0–99 are 1900–1999, as `Date.UTC` reads them. */
function daysIn(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  const y = year >= 0 && year <= 99 ? 1900 + year : year;
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
}

/** The full year of a mention: a two-digit year is the latest year ending so that is at most 10 years after the report's (26 → 2026, 99 → 1999). */
export function fullYear(d: DateMention, reportDate: string): number | undefined {
  if (d.year === undefined || d.year >= 100) return d.year;
  const reportYear = digitsAt(reportDate, 0, 4);
  const candidate = Math.floor(reportYear / 100) * 100 + d.year;
  return candidate > reportYear + 10 ? candidate - 100 : candidate;
}

/**
 * The first and last day (YYYY-MM-DD) a mention covers: a day, a month, or a year. A date written
 * without a year is in the report's year, or the year before when that would put it after the report.
 */
export function dateBounds(d: DateMention, reportDate: string): { first: string; last: string } {
  return { first: firstDay(d, reportDate), last: lastDay(d, reportDate) };
}

/** The first day a mention covers (see `dateBounds`): stale-date reads it only for a date that is not stale. */
export function firstDay(d: DateMention, reportDate: string): string {
  return iso(yearOf(d, reportDate), d.month ?? 1, d.day ?? 1);
}

/** The last day a mention covers (see `dateBounds`). */
export function lastDay(d: DateMention, reportDate: string): string {
  const year = yearOf(d, reportDate);
  const month = d.month ?? 12;
  return iso(year, month, d.day ?? daysIn(year, month));
}

/** The year a mention is in: its own, or for a date without one the report's, or the year before when the report's would put it after the report. */
function yearOf(d: DateMention, reportDate: string): number {
  const year = fullYear(d, reportDate) ?? digitsAt(reportDate, 0, 4);
  return d.year === undefined && iso(year, d.month ?? 1, d.day ?? 1) > reportDate ? year - 1 : year;
}

/** YYYY-MM-DD, with two-digit month and day written by hand: padStart made two strings per part, for every as-of date. */
function iso(y: number, m: number, d: number): string {
  // From its ten characters at once for the usual dates: each `+` of short strings made a string of its own.
  if (y >= 1000 && y <= 9999 && m >= 1 && m <= 99 && d >= 1 && d <= 99) {
    return String.fromCharCode(0x30 + Math.floor(y / 1000), 0x30 + (Math.floor(y / 100) % 10), 0x30 + (Math.floor(y / 10) % 10), 0x30 + (y % 10),
      0x2d, 0x30 + Math.floor(m / 10), 0x30 + (m % 10), 0x2d, 0x30 + Math.floor(d / 10), 0x30 + (d % 10));
  }
  return (y >= 1000 ? String(y) : String(y).padStart(4, '0')) + (m < 10 ? '-0' : '-') + m + (d < 10 ? '-0' : '-') + d;
}

/** Whole days from `a` to `b` (YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** `date` moved by `days` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  // The same question block after block: the last answer is at hand without building a key.
  if (date === last.date && days === last.days) return last.moved;
  const key = `${date}\u0000${days}`;
  let moved = movedDates.get(key);
  if (moved === undefined) {
    moved = new Date(Date.parse(date + 'T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);
    if (movedDates.size >= 1000) movedDates.clear();
    movedDates.set(key, moved);
  }
  last.date = date;
  last.days = days;
  last.moved = moved;
  return moved;
}

/** Recent `addDays` results: rules ask for the same limit (report date minus N days) block after block. */
const movedDates = new Map<string, string>();
const last = { date: '', days: NaN, moved: '' };

/** Days since 1970-01-01 of a YYYY-MM-DD date, by integer arithmetic (proleptic Gregorian calendar). */
function dayNumber(date: string): number {
  const y0 = digitsAt(date, 0, 4);
  const m = digitsAt(date, 5, 7);
  const d = digitsAt(date, 8, 10);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** `Number(text.slice(from, to))`, without the slice when those are ASCII digits (dates are read per finding). */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (!(digit >= 0 && digit <= 9)) return Number(text.slice(from, to));
    value = value * 10 + digit;
  }
  return value;
}
