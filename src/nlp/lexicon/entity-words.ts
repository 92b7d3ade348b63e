import { z } from 'zod';
import { lexiconTags } from '../doc/compromise.js';
import data from './data/entity-words.json' with { type: 'json' };
import { TITLE_TOKEN } from './titles.js';

/** The closed word classes the entities stage reasons with (data/entity-words.json). Each set holds lower-cased words. */

const WORD_LISTS = z.record(z.string(), z.array(z.string().regex(/^\S+$/u)).min(1)).parse(data);

/** One list of the data file, as a set; a name the file lacks is a programming error. */
function wordSet(name: string): ReadonlySet<string> {
  const list = WORD_LISTS[name];
  if (!list) throw new Error(`entity-words.json has no list "${name}"`);
  return new Set(list);
}

/** More titles that may stand capitalised before a name ("Prime Minister", "Coach"), beyond the shared list. */
const MORE_TITLES = wordSet('moreTitles');

export const isTitleWord = (word: string) => TITLE_TOKEN.test(word) || MORE_TITLES.has(word.toLowerCase().replace(/\.$/u, ''));

const NAME_LEXICON_TAGS = wordSet('nameLexiconTags');

/** A word compromise knows only as a common word ("but", "shares", "return"), not as a name. */
export function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((tag) => NAME_LEXICON_TAGS.has(tag));
}

/** Endings of English common nouns and adjectives that names rarely have ("Distribution", "Electrical"). */
const COMMON_NOUN = /(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|ical|ics|onal|ral|tal)$/iu;

/** A common word compromise knows, or an unknown word with a common noun's ending. */
export const looksCommon = (word: string) => isCommonWord(word) || (COMMON_NOUN.test(word) && lexiconTags(word).length === 0);

/** A company's own final word: such a name is complete, so an "and" after it starts another ("Acme Robotics and Foo Inc"). */
export const COMPANY_FINALS = wordSet('companyFinals');

/** A name ending in one of these is an organization ("Acme Labs", "Film Council", "Vox Media"). */
export const ORGANIZATION_ENDINGS = new Set([...COMPANY_FINALS, ...wordSet('organizationEndings')]);

/** A company's ending, in the name as written: one of the endings, or "AI" in capitals ("Tessaly AI", not "generative AI"). */
export const isCompanyEnding = (word: string) => ORGANIZATION_ENDINGS.has(word.toLowerCase()) || word === 'AI';

/** A name ending in one of these is a product ("Stadia Pro", "Premiere Edition", "Galaxy Ultra"). */
export const PRODUCT_ENDINGS = wordSet('productEndings');

/** Demonyms compromise's lexicon lacks ("British" is tagged in context, not listed). */
const MORE_DEMONYMS = wordSet('moreDemonyms');

/** A nationality or a faith used as an adjective ("Chinese", "Burmese", "Danish"), or a national's noun ("Briton", "Scots"). */
export const isDemonym = (word: string) =>
  lexiconTags(word).includes('Demonym') ||
  MORE_DEMONYMS.has(word.toLowerCase()) ||
  /^\p{Lu}\p{Ll}+(?:ese|ean|ish)$/u.test(word) ||
  // "Slovenian", "Kenyan": a country's name and an "n" (not "Meridian", "Veridian": no country is "Meridia").
  (/^\p{L}\p{Ll}+an$/u.test(word) && lexiconTags(word.slice(0, -1)).includes('Country'));

/** A name starting with one of these and "of" is an organization ("University of Oxford", "Bank of America"). */
export const ORGANIZATION_HEADS = wordSet('organizationHeads');

/** A name ending in one of these is a place ("Silicon Valley", "Hudson River", "Orange County"). */
export const PLACE_ENDINGS = wordSet('placeEndings');

/** A name opening with one of these is an organization, whatever follows ("École Polytechnique", "Universidad Rey Juan Carlos"). */
export const ORGANIZATION_FIRSTS = wordSet('organizationFirsts');

/** A name starting with one of these and "of" is a place ("Republic of Ireland", "Isle of Man"). */
export const PLACE_HEADS = wordSet('placeHeads');

/** Compass words that make a region of a place ("Western Europe", "North Africa"). */
export const COMPASS = wordSet('compass');

/** A name ending in one of these is an event, not an entity ("World Cup", "Winter Olympics", "Consumer Electronics Show"). */
export const EVENT_ENDINGS = wordSet('eventEndings');

/** "Games" ends an event after these ("Asian Games" is told by its demonym, "Olympic Games" by this list). */
export const GAMES_EVENTS = wordSet('gamesEvents');

/** A name ending in one of these is a law, treaty or rule book, not an entity ("Digital Markets Act", "Kyoto Protocol"). */
export const LAW_ENDINGS = wordSet('lawEndings');

/** Words a name may contain in lower case, between capitalised words ("Bank of America", "Procter & Gamble"). */
export const NAME_PARTICLES = wordSet('nameParticles');

/** Capitalised words that name nothing on their own but may stand inside a name ("Pew Internet", "Web Summit"). */
export const GENERIC_WORDS = wordSet('genericWords');

/** Capitalised words that never stand in a name: pronouns, determiners, days, months, holidays. */
export const NOT_NAMES = wordSet('notNames');

/**
 * Capitalised abbreviations that are common nouns, units, standards or events, not entities ("GPU", "CEO", "MP3", "CES").
 * Compared in lower case, plural "s" removed.
 */
export const COMMON_ACRONYMS = wordSet('commonAcronyms');

/** Nouns that follow a product's name ("the Foo console", "its Bar app"). */
export const PRODUCT_NOUNS = wordSet('productNouns');

/** Product nouns that, before a name, say what it is ("the chatbot Zorb", "a messaging app called Zorb", "its platform, Zorb"). */
export const PRODUCT_NOUNS_BEFORE = wordSet('productNounsBefore');

/** Product nouns that name people too ("Jane Doe, a speaker at ...", "an editor", "a model"): an apposition of them tells nothing. */
export const PRODUCT_NOUNS_OF_PEOPLE_TOO = wordSet('productNounsOfPeopleToo');

/** Nouns of made things that never name a person, which a description gives a product ("WordNet is a lexical database"). */
export const DESCRIBED_THINGS = wordSet('describedThings');

/** Words after "'s" that make the owner an organization ("Acme's chief executive", "Acme's shares"). */
export const OWNED_BY_ORGANIZATION = wordSet('ownedByOrganization');

/** Words after "'s" that make the owner a person ("Posner's theoretical contributions", "Devol's wife"). */
export const OWNED_BY_PERSON = wordSet('ownedByPerson');

/** Verbs that only people are the subject of ("Scheinman invented", "Mehler was born"). */
export const PERSON_VERBS = wordSet('personVerbs');

/** Roles only people hold in an institution ("a Fellow of", "the program chair of", "a professor at"). */
export const PERSON_ROLES = wordSet('personRoles');

/** Words a company's name may carry or drop ("Renesas Electronics" is "Renesas", "ASML Holding" is "ASML"). */
export const CORPORATE_SUFFIXES = wordSet('corporateSuffixes');

/**
 * The noun an apposition after a name gives it, and the word before that noun ("G42, an AI conglomerate based in
 * ...", "Zorb, its flagship phone"), lower-cased; the noun must end its phrase, so "Jane Doe, a company spokeswoman"
 * gives none that counts.
 */
export function apposedNoun(after: string): { noun: string; modifier: string } | undefined {
  return nounOf(APPOSITION.exec(after));
}

/** The same of a description after "is" or "was" ("WordNet is a lexical database", "Zorb was a handheld console"). */
export function describedNoun(after: string): { noun: string; modifier: string } | undefined {
  return nounOf(DESCRIPTION.exec(after));
}

/** The noun, written in lower case: a capitalised one heads another name ("Medan, the Indonesian Christian University"). */
const nounOf = (found: RegExpExecArray | null) => {
  // The bare phrase's groups follow the one with an article.
  const noun = found?.[2] ?? found?.[4];
  return noun !== undefined && !/^\p{Lu}/u.test(noun) ? { noun: noun.toLowerCase(), modifier: (found![1] ?? found![3])?.toLowerCase() ?? '' } : undefined;
};

/** A noun phrase that says what a name is: an article, up to three words, the noun ending the phrase. */
const WHAT_IT_IS = String.raw`(?:a|an|the|its|their)\s+(?:(?!(?:of|for|at|with|in|and|or|who|that)\s)[\p{L}\p{N}$.-]+\s+){0,2}?(?:((?!(?:of|for|at|with|in|and|or|who|that)\s)[\p{L}\p{N}$.-]+)\s+)??([\p{L}-]+)(?=\s*[,.;:)]|\s*$|\s+(?:that|which|based\s+(?:in|on|at|near|out)|behind|with|in|from|of|founded|known|whose|backed|owned|run|led|for|on|at|and|used|made|built|developed|sold)\b)`;
/** "Palisade, software that watches networks": a noun phrase with no article, then what it does. */
const BARE_WHAT_IT_IS = String.raw`(?:[\p{Ll}-]+\s+){0,2}?(?:([\p{Ll}-]+)\s+)??([\p{Ll}-]+)(?=\s+(?:that|which|used|built|designed|made)\s)`;
const APPOSITION = new RegExp(String.raw`^,\s+(?:${WHAT_IT_IS}|${BARE_WHAT_IT_IS})`, 'u');
const DESCRIPTION = new RegExp(String.raw`^\s+(?:is|was)\s+${WHAT_IT_IS}`, 'u');
