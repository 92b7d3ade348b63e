import type { Granularity } from '../doc/layers.js';

/** Calendar arithmetic on UTC days (milliseconds since the epoch at midnight UTC), and ISO 8601 values. */

export const DAY_MS = 86_400_000;

export function utc(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day);
}

export function parseDay(isoDate: string | undefined): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate ?? '');
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) ? utc(year, month, day) : undefined;
}

export function calendar(time: number): { year: number; month: number } {
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The month a name or abbreviation stands for (1-12). */
export function monthNumber(name: string): number {
  const prefix = name.slice(0, 3).toLowerCase();
  return MONTHS.findIndex((month) => month.startsWith(prefix)) + 1;
}

/**
 * A year as written: four digits as they are; two ("FY25", "Q3 '24", "in '98") in the century that puts them no more
 * than 20 years after publication (without one, in this century up to '50): "'98" is 1998 in a 2025 article.
 */
export function fullYear(digits: string, anchor?: number): number {
  if (digits.length !== 2) return Number(digits);
  const limit = anchor === undefined ? 2050 : calendar(anchor).year + 20;
  const year = Math.floor(limit / 100) * 100 + Number(digits);
  return year > limit ? year - 100 : year;
}

export function isoWeekday(weekday: number): number {
  return weekday === 0 ? 7 : weekday;
}

/** The granularities a period is shifted by here (seasons and halves are read where they are named; references have no calendar value). */
export type CalendarUnit = Exclude<Granularity, 'season' | 'half' | 'reference'>;

/** The value `shift` periods of `granularity` away from the publication day, or null without one. */
export function shifted(anchor: number | undefined, granularity: CalendarUnit, shift: number): string | null {
  if (anchor === undefined) return null;
  const { year, month } = calendar(anchor);
  switch (granularity) {
    case 'day':
      return dayValue(anchor + shift * DAY_MS);
    case 'week':
      return weekValue(anchor + shift * 7 * DAY_MS);
    case 'month':
      return monthValue(year, month + shift);
    case 'quarter':
      return quarterValue(year, Math.ceil(month / 3) + shift);
    case 'year':
      return yearValue(year + shift);
  }
}

/** The first and last day of the week, month, quarter or year that holds a day. */
export function periodAround(day: number, unit: CalendarUnit): [number, number] {
  const { year, month } = calendar(day);
  if (unit === 'day') return [day, day];
  if (unit === 'week') {
    const monday = day - (isoWeekday(new Date(day).getUTCDay()) - 1) * DAY_MS;
    return [monday, monday + 6 * DAY_MS];
  }
  const months = { month: 1, quarter: 3, year: 12 }[unit];
  const first = Math.floor((month - 1) / months) * months + 1;
  return [utc(year, first, 1), utc(year, first + months, 1) - DAY_MS];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function yearValue(year: number): string {
  return pad(year, 4);
}

export function dayValue(time: number): string {
  const date = new Date(time);
  return `${yearValue(date.getUTCFullYear())}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** `month` may run past 1..12; the year carries. */
export function monthValue(year: number, month: number): string {
  const index = year * 12 + month - 1;
  return `${yearValue(Math.floor(index / 12))}-${pad((index % 12) + 1)}`;
}

export function quarterValue(year: number, quarter: number): string {
  const index = year * 4 + quarter - 1;
  return `${yearValue(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
}

/** A quarter's value ("1989-Q3") `shift` quarters on: back four, "1988-Q3". */
export function quarterShifted(value: string, shift: number): string {
  return quarterValue(Number(value.slice(0, 4)), Number(value.slice(6)) + shift);
}

/** ISO 8601 week: weeks start on Monday, and week 1 holds the year's first Thursday. */
export function weekValue(time: number): string {
  const thursday = time + (4 - isoWeekday(new Date(time).getUTCDay())) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - utc(year, 1, 1)) / (7 * DAY_MS)) + 1;
  return `${yearValue(year)}-W${pad(week)}`;
}
