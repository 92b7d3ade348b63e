import { z } from 'zod';
import data from './data/date-words.json' with { type: 'json' };

/** The word lists the dates stage reasons with (data/date-words.json), checked when loaded. Each holds lower-cased words. */

const wordList = z.array(z.string().regex(/^\p{Ll}[\p{Ll}'’-]*$/u)).min(1);
const WORDS = z
  .strictObject({
    monthLeads: wordList,
    yearLeads: wordList,
    periodNouns: wordList,
    notBeforeWeekday: wordList,
    futureMarkers: wordList,
    countWords: wordList,
  })
  .parse(data);

/** "May" and "March" are months only after one of these words ("in May", "by March"). */
export const MONTH_LEADS: ReadonlySet<string> = new Set(WORDS.monthLeads);
/** Words that introduce a year even when capitalised at the start of a sentence ("In 2004", "By 2030"). */
export const YEAR_LEADS: ReadonlySet<string> = new Set([...WORDS.monthLeads, ...WORDS.yearLeads]);
/** Plural nouns a year commonly modifies ("2025 sales"); before any other plural noun a number is a count ("2000 employees"). */
export const PERIOD_NOUNS: ReadonlySet<string> = new Set(WORDS.periodNouns);
/** Words that make the weekday after them an event or a habit, not a date ("Black Friday", "every Monday"). */
export const NOT_BEFORE_WEEKDAY: ReadonlySet<string> = new Set(WORDS.notBeforeWeekday);
/** Words that put their clause in the future. */
export const FUTURE_MARKERS: ReadonlySet<string> = new Set(WORDS.futureMarkers);
/** Counts written as words, by value: "a" (1), "one" (1) ... "twelve" (12). */
export const COUNT_WORDS: readonly string[] = WORDS.countWords;
