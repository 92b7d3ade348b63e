import { z } from 'zod';
import type { ReferenceValue } from '../doc/layers.js';
import data from './data/date-words.json' with { type: 'json' };

/** The word lists the dates stage reasons with (data/date-words.json), checked when loaded. Each holds lower-cased words. */

const wordList = z.array(z.string().regex(/^\p{Ll}[\p{Ll}'’-]*$/u)).min(1);
const WORDS = z
  .strictObject({
    monthLeads: wordList,
    yearLeads: wordList,
    earlyYearLeads: wordList,
    periodNouns: wordList,
    spanNouns: wordList,
    notBeforeWeekday: wordList,
    numberWords: z.strictObject({
      units: wordList,
      teens: wordList,
      tens: wordList,
      ordinalUnits: wordList,
      ordinalTeens: wordList,
      ordinalTens: wordList,
    }),
    referenceAdverbs: z.strictObject({ present: wordList, past: wordList, future: wordList }),
    notCurrentTime: wordList,
    eraNouns: wordList,
    countWords: wordList,
    determiners: wordList,
    quarterResults: wordList,
    tense: z.strictObject({
      futureAuxiliaries: wordList,
      presentAuxiliaries: wordList,
      pastAuxiliaries: wordList,
      openAuxiliaries: wordList,
      futureVerbs: wordList,
      scheduled: wordList,
      deferralVerbs: wordList,
      pastForms: wordList,
    }),
  })
  .parse(data);

/** "May" and "March" are months only after one of these words ("in May", "by March"). */
export const MONTH_LEADS: ReadonlySet<string> = new Set(WORDS.monthLeads);
/** Words that introduce a year even when capitalised at the start of a sentence ("In 2004", "By 2030"). */
export const YEAR_LEADS: ReadonlySet<string> = new Set([...WORDS.monthLeads, ...WORDS.yearLeads]);
/** Words that introduce a year before 1900 ("in 1898", "since 1776"): without one, such a number is a count. */
export const EARLY_YEAR_LEADS: ReadonlySet<string> = new Set(WORDS.earlyYearLeads);
/** Plural nouns a year commonly modifies ("2025 sales"); before any other plural noun a number is a count ("2000 employees"). */
export const PERIOD_NOUNS: ReadonlySet<string> = new Set(WORDS.periodNouns);
/** Spans of time that "to" ends ("the year to March", "nine weeks to Jan. 8"): that "to" sets no deadline. */
export const SPAN_NOUNS: ReadonlySet<string> = new Set(WORDS.spanNouns);
/** Words that make the weekday after them an event or a habit, not a date ("Black Friday", "every Monday"). */
export const NOT_BEFORE_WEEKDAY: ReadonlySet<string> = new Set(WORDS.notBeforeWeekday);
/** Auxiliaries that give their clause its tense: modals and "will" (future), "is", "does" (present), "was", "had", "has" (past). */
export const FUTURE_AUXILIARIES: ReadonlySet<string> = new Set(WORDS.tense.futureAuxiliaries);
export const PRESENT_AUXILIARIES: ReadonlySet<string> = new Set(WORDS.tense.presentAuxiliaries);
export const PAST_AUXILIARIES: ReadonlySet<string> = new Set(WORDS.tense.pastAuxiliaries);
/** Auxiliaries with no tense of their own ("be", "been", "to"): the word before them decides. */
export const OPEN_AUXILIARIES: ReadonlySet<string> = new Set(WORDS.tense.openAuxiliaries);
/** Verbs of intention that put what follows in the future ("plans to open in June"). */
export const FUTURE_VERBS: ReadonlySet<string> = new Set(WORDS.tense.futureVerbs);
/** Words of a schedule: future before "to" and a verb or before a date ("due to report", "scheduled for Monday"), not before "to" and a noun ("due to weak sales"). */
export const SCHEDULED: ReadonlySet<string> = new Set(WORDS.tense.scheduled);
/** Verbs that put something off until a day that may still lie ahead ("postponed until Tuesday", "gave them until Friday"). */
export const DEFERRAL_VERBS: ReadonlySet<string> = new Set(WORDS.tense.deferralVerbs);
/** Past forms compromise reads as nouns or present forms ("Sales rose", "Apple cut prices"): past after a subject. */
export const PAST_FORMS: ReadonlySet<string> = new Set(WORDS.tense.pastForms);
/** Nouns a quarter names the results of ("fourth-quarter results", "third-quarter loss"). */
export const QUARTER_RESULTS: ReadonlySet<string> = new Set(WORDS.quarterResults);
/** Words that make a month before "quarter" the name of a quarter ("the March quarter"). */
export const DETERMINERS: ReadonlySet<string> = new Set(WORDS.determiners);
/** Numbers in words, in order: units (one-nine), teens (ten-nineteen), tens (twenty-ninety), and their ordinals. */
export const NUMBER_WORDS = WORDS.numberWords;
/** Counts written as words, by value: "a" (1), "one" (1) ... "twelve" (12). */
export const COUNT_WORDS: readonly string[] = WORDS.countWords;
/** Adverbs that point at the present, past or future with no calendar value ("now", "recently", "soon"): TimeML's PRESENT_REF, PAST_REF, FUTURE_REF. */
export const REFERENCE_ADVERBS: ReadonlyMap<string, ReferenceValue> = new Map([
  ...WORDS.referenceAdverbs.present.map((word) => [word, 'PRESENT_REF'] as const),
  ...WORDS.referenceAdverbs.past.map((word) => [word, 'PAST_REF'] as const),
  ...WORDS.referenceAdverbs.future.map((word) => [word, 'FUTURE_REF'] as const),
]);
/** Nouns that make "today's" the present age rather than the publication day ("today's world", "today's youth"). */
export const ERA_NOUNS: readonly string[] = WORDS.eraNouns;
/** Nouns after which "current" is a term of accounts, not the present ("current account", "current assets", "current prices"). */
export const NOT_CURRENT_TIME: ReadonlySet<string> = new Set(WORDS.notCurrentTime);
