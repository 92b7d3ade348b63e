import { z } from 'zod';
import { WORD_END, WORD_START } from '../doc/patterns.js';
import data from './data/titles.json' with { type: 'json' };
import abbreviationData from './data/title-abbreviations.json' with { type: 'json' };

/** Words that introduce or describe a person, shared by the entities and speakers stages (data/titles.json). */

const honorificSchema = z.strictObject({
  word: z.string().regex(/^\p{Lu}\p{Ll}+$/u),
  /** A title of courtesy, which a person's name goes without ("Dr Jane Smith" is Jane Smith); a knighthood or "Rev" stays. */
  courtesy: z.literal(true).optional(),
  gender: z.enum(['male', 'female']).optional(),
  /** Used with a given name alone ("Sir Tim", "Dame Melanie"). */
  withGivenName: z.literal(true).optional(),
});
const titleWords = z.array(z.string().regex(/^\p{Ll}[\p{Ll}-]*$/u));
/**
 * staffTitles: the titles of a company's people, which no person or place has ("Acme's general counsel", "head of
 * research at Acme"), and the words before them in such a title ("general", "senior"); companyHeads: the titles "of"
 * joins to the company itself ("chief executive of Acme", not "head of Asia equity strategy"); portfolios: what a
 * minister or a ministry is for ("Technology Secretary", "Ministry of Trade, Industry and Energy").
 */
const TITLES = z
  .strictObject({ honorifics: z.array(honorificSchema), jobTitles: titleWords, staffTitles: titleWords, staffTitleModifiers: titleWords, companyHeads: titleWords, portfolios: titleWords })
  .parse(data);
/** The honorifics that pass a test, as a pattern's alternation. */
const honorifics = (test: (honorific: z.infer<typeof honorificSchema>) => boolean) => TITLES.honorifics.filter(test).map((h) => h.word).join('|');

export const COURTESY_TITLE = honorifics((h) => h.courtesy === true);
export const HONORIFIC = new RegExp(`^(?:${honorifics(() => true)})\\.?$`, 'u');
export const MALE_HONORIFIC = new RegExp(`^(?:${honorifics((h) => h.gender === 'male')})\\.?$`, 'u');
export const FEMALE_HONORIFIC = new RegExp(`^(?:${honorifics((h) => h.gender === 'female')})\\.?$`, 'u');
export const GIVEN_NAME_HONORIFIC = new RegExp(`^(?:${honorifics((h) => h.withGivenName === true)})$`, 'u');

/** Job titles and roles, as a regular-expression alternation ("chief executive Jane Smith", "Jane Smith, analyst"). */
export const TITLE_WORD = TITLES.jobTitles.join('|');
export const TITLE_TOKEN = new RegExp(`^(?:${TITLE_WORD})$`, 'iu');
/** A company's people, as a regular-expression alternation ("chief", "counsel", "engineers"). */
export const STAFF_TITLE = TITLES.staffTitles.join('|');
const STAFF_TITLE_WORDS: ReadonlySet<string> = new Set(TITLES.staffTitles);
/** Whether one word is a staff title ("counsel", "CEO", "head"), in any case. */
export const isStaffTitle = (word: string) => STAFF_TITLE_WORDS.has(word.toLowerCase());
export const STAFF_TITLE_MODIFIER = TITLES.staffTitleModifiers.join('|');
const STAFF_TITLE_MODIFIERS: ReadonlySet<string> = new Set(TITLES.staffTitleModifiers);
/** Whether one word may stand before a staff title inside it ("Financial" of "Chief Financial Officer"), in any case. */
export const isStaffTitleModifier = (word: string) => STAFF_TITLE_MODIFIERS.has(word.toLowerCase());
export const COMPANY_HEAD = TITLES.companyHeads.join('|');
const PORTFOLIOS: ReadonlySet<string> = new Set(TITLES.portfolios);
/** Whether one word is a minister's portfolio ("Technology", "trade"), in any case. */
export const isPortfolio = (word: string) => PORTFOLIOS.has(word.toLowerCase());
/** A portfolio or a function, part of a title ("Technology Secretary", "Chief Financial Officer", "Vice President of Sales"). */
export const isOfficeWord = (word: string) => isPortfolio(word) || isStaffTitleModifier(word);

/** "Jane Smith, chief executive of Acme" / "Jane Smith, Acme's research director"; not a clause about something else ("Acme, whose Foo Designer ..."). */
export const TITLE_AFTER = new RegExp(`^(?:['’]s?)?,\\s+(?!(?:whose|which|where|when)${WORD_END})(?:(?:the|a|an)\\s+)?(?:[\\p{L}\\p{N}&.'’-]{1,30}\\s+){0,4}?(?:${TITLE_WORD})${WORD_END}`, 'iu');
/** "mobile analyst Jane Smith", "prosecutor John Doe". */
export const TITLE_BEFORE = new RegExp(`${WORD_START}(?:${TITLE_WORD})\\s+$`, 'iu');
/** "Acme's president, Jane Smith", "the company's finance chief, John Doe": a title, then the name it introduces. */
export const TITLE_BEFORE_APPOSITION = new RegExp(`${WORD_START}(?:${TITLE_WORD}),\\s*$`, 'iu');

/** Role word → the abbreviations written before a name for it ("governor" → "Gov": "Gov. Mike Pence"; data/title-abbreviations.json). */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(z.strictObject({ description: z.string(), abbreviations: z.record(z.string(), z.array(z.string().min(1))) }).parse(abbreviationData).abbreviations),
);
/** One-word abbreviated titles, for a token's text ("Del" of "Del. Stacey Plaskett", "Sen", "Gov"). */
const ONE_WORD_ABBREVIATIONS = new Set([...TITLE_ABBREVIATIONS.values()].flat().filter((a) => !/\s/u.test(a)));
/** Whether a word followed by `post` is an abbreviated title ("Del" with "."): it introduces a name and is none of it. */
export const isAbbreviatedTitle = (word: string, post: string) => post.startsWith('.') && ONE_WORD_ABBREVIATIONS.has(word.replace(/\.$/u, ''));

/** Degrees whose abbreviation means nothing else ("PhD", "Ph.D.", "MBA", "MSc"; not "BA" or "MA"), as an alternation. */
export const DEGREE_ABBREVIATION = String.raw`Ph\.?\s?D|D\.?Phil|MBA|M\.?Sc|B\.?Sc`;

/** A given name of two syllables joined by a hyphen, the second in lower case ("Sun-woo", "Jae-yong"). */
export const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,3}-\p{Ll}{2,5}$/u;

/** The surname among a full name's words: the last, or the first when a hyphenated given name ends the name ("Kim Sun-woo"). */
export function surnameAmong(words: readonly string[]): string {
  const last = words[words.length - 1]!;
  return words.length >= 2 && HYPHENATED_GIVEN_NAME.test(last) ? words[0]! : last;
}
