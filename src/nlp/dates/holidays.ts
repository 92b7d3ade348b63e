import { z } from 'zod';
import { DAY_MS, daysIn, utc } from './calendar.js';
import data from './data/holidays.json' with { type: 'json' };

/**
 * Holidays that fall on a day a rule gives (data/holidays.json): a fixed day ("Christmas Day", December 25), the nth
 * weekday of a month ("Thanksgiving", the fourth Thursday of November; -1 for the last), the first such weekday from a
 * day on ("Election Day", the Tuesday after November's first Monday) or a day from Easter ("Easter Monday", +1).
 * `names` are dates wherever they stand; `bare` names only after a word that introduces a date ("on Thanksgiving",
 * "last Christmas"), as "Christmas sales" and "Easter week" name seasons.
 */

const name = z.string().regex(/^\p{Lu}[\p{L}'. ]*$/u);
const holidaySchema = z
  .strictObject({
    names: z.array(name).default([]),
    bare: z.array(name).default([]),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
    weekday: z.number().int().min(0).max(6).optional(),
    nth: z.number().int().min(-1).max(5).optional(),
    fromDay: z.number().int().min(1).max(31).optional(),
    easter: z.number().int().optional(),
  })
  .refine((h) => h.easter !== undefined || (h.month !== undefined && (h.day !== undefined || (h.weekday !== undefined && h.nth !== undefined))), 'a holiday needs a day, an nth weekday or an offset from Easter');
const HOLIDAYS = z.strictObject({ leads: z.array(z.string().regex(/^\p{Ll}+$/u)), holidays: z.array(holidaySchema).min(1) }).parse(data);

type Holiday = z.infer<typeof holidaySchema>;

/** Words that let a bare holiday name stand for its day. */
export const HOLIDAY_LEADS: ReadonlySet<string> = new Set(HOLIDAYS.leads);

const canonical = (text: string) => text.replace(/[’]/gu, "'").replace(/\s+/gu, ' ');
const byName = new Map<string, { holiday: Holiday; bare: boolean }>();
for (const holiday of HOLIDAYS.holidays) {
  for (const n of holiday.names) byName.set(n, { holiday, bare: false });
  for (const n of holiday.bare) byName.set(n, { holiday, bare: true });
}

/** Whether a name is a holiday's ("Christmas", "Thanksgiving"): a day, never an entity. */
export const isHolidayName = (text: string) => byName.has(canonical(text));

/** Every holiday name as a pattern alternation, longest first; an apostrophe may be straight or curly, a space any space. */
export const HOLIDAY_NAMES = [...byName.keys()]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.]/gu, '\\.').replace(/'/gu, "['’]").replace(/ /gu, '\\s+'))
  .join('|');

/** The holiday a matched name stands for, and whether the name is bare. */
export function holidayNamed(text: string): { holiday: Holiday; bare: boolean } | undefined {
  return byName.get(canonical(text));
}

/** The holiday's day in a year, as UTC milliseconds. */
export function holidayIn(holiday: Holiday, year: number): number {
  if (holiday.easter !== undefined) return easterSunday(year) + holiday.easter * DAY_MS;
  const month = holiday.month!;
  if (holiday.day !== undefined) return utc(year, month, holiday.day);
  const weekday = holiday.weekday!;
  if (holiday.nth! < 0) {
    const last = utc(year, month, daysIn(year, month));
    return last - ((new Date(last).getUTCDay() - weekday + 7) % 7) * DAY_MS;
  }
  const from = utc(year, month, holiday.fromDay ?? 1);
  return from + (((weekday - new Date(from).getUTCDay() + 7) % 7) + 7 * (holiday.nth! - 1)) * DAY_MS;
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month, day);
}
