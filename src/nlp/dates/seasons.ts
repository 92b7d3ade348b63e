import { z } from 'zod';
import { DAY_MS, calendar, utc } from './calendar.js';
import data from './data/seasons.json' with { type: 'json' };
import type { PeriodIn } from './tense.js';

/**
 * Seasons (data/seasons.json) as TimeML writes them: the year and a code, "1998-SU". Each is three months from its
 * first (meteorological, northern hemisphere: what the news wire means by "last fall"); a winter is labelled by the
 * year of its January, so "the winter of 1994" runs from December 1993 to February 1994.
 */

const SEASONS = z
  .strictObject({
    seasons: z
      .array(z.strictObject({ names: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1), code: z.string().regex(/^[A-Z]{2}$/u), firstMonth: z.number().int().min(1).max(12) }))
      .length(4),
  })
  .parse(data).seasons;

type Season = (typeof SEASONS)[number];

/** Every season's names, for a pattern: "spring|summer|fall|autumn|winter". */
export const SEASON_NAMES = SEASONS.flatMap((season) => season.names).join('|');

export function seasonNamed(name: string): Season {
  return SEASONS.find((season) => season.names.includes(name.toLowerCase()))!;
}

/** The first and last day of the season labelled `year`: a season running into the next year starts the year before. */
export function seasonIn(season: Season): PeriodIn {
  const back = season.firstMonth + 2 > 12 ? 12 : 0;
  return (year) => [utc(year, season.firstMonth - back, 1), utc(year, season.firstMonth - back + 3, 1) - DAY_MS];
}

export function seasonValue(season: Season, year: number): string {
  return `${String(year).padStart(4, '0')}-${season.code}`;
}

/**
 * A season named relative to publication: "last summer" the latest one over by then, "next summer" the first one not
 * yet begun, "this summer" the one of the publication's year (the winter a December day is in).
 */
export function relativeSeasonYear(season: Season, which: 'last' | 'this' | 'next', anchor: number): number {
  const span = seasonIn(season);
  const year = calendar(anchor).year;
  const candidates = [year - 1, year, year + 1, year + 2];
  if (which === 'last') return candidates.findLast((y) => span(y)[1] < anchor)!;
  if (which === 'next') return candidates.find((y) => span(y)[0] > anchor)!;
  return candidates.find((y) => span(y)[0] <= anchor && anchor <= span(y)[1]) ?? year;
}
