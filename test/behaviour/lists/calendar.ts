import { pick, type Random } from '../generate.js';

/** Publication dates and the calendar arithmetic that gives what a relative date means against one. */

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Publication days from Thursday to Saturday across two years, so that Monday to Wednesday always lie earlier in the same week. */
export const PUBLICATION_DATES: readonly string[] = [
  '2024-01-11', '2024-02-23', '2024-04-06', '2024-05-16', '2024-06-28', '2024-08-10', '2024-09-19', '2024-10-31',
  '2024-12-13', '2025-01-25', '2025-03-06', '2025-04-18', '2025-05-31', '2025-07-10', '2025-08-22', '2025-10-04',
  '2025-11-13', '2025-12-26',
];

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const date = utc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDay(date);
}

/** 0 for Monday ... 6 for Sunday. */
export function weekdayIndex(iso: string): number {
  return (utc(iso).getUTCDay() + 6) % 7;
}

/** The day named `weekday` in the same Monday-to-Sunday week as `iso`. */
export function weekdayInWeekOf(iso: string, weekday: Weekday): string {
  return addDays(iso, WEEKDAYS.indexOf(weekday) - weekdayIndex(iso));
}

/** The ISO week ("2025-W05") holding a day. */
export function isoWeek(iso: string): string {
  const thursday = utc(addDays(iso, 3 - weekdayIndex(iso)));
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The month ("2025-01") `offset` months from the one holding a day. */
export function monthFrom(iso: string, offset: number): string {
  const date = utc(iso);
  const index = date.getUTCFullYear() * 12 + date.getUTCMonth() + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The quarter ("2025-Q3") `offset` quarters from the one holding a day. */
export function quarterFrom(iso: string, offset: number): string {
  const date = utc(iso);
  const index = date.getUTCFullYear() * 4 + Math.floor(date.getUTCMonth() / 3) + offset;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The year ("2025") `offset` years from the one holding a day. */
export function yearFrom(iso: string, offset: number): string {
  return String(utc(iso).getUTCFullYear() + offset);
}

/** A weekday earlier in the week of the publication date, and what it resolves to. */
export function pastWeekday(random: Random): { publishedAt: string; day: string; value: string } {
  const publishedAt = pick(random, PUBLICATION_DATES);
  const day = pick(random, WEEKDAYS.slice(0, 3));
  return { publishedAt, day, value: weekdayInWeekOf(publishedAt, day) };
}
