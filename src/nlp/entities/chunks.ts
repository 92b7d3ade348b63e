import { isAsciiLowerCase, isAsciiUpperCase } from '../doc/chars.js';
import type { Doc, Sentence } from '../doc/document.js';
import {
  COMPANY_FINALS,
  NAME_PARTICLES,
  NOT_NAMES,
  ORGANIZATION_ENDINGS,
  ORGANIZATION_HEADS,
  PLACE_HEADS,
  PRODUCT_ENDINGS,
  PRODUCT_NOUNS,
  apposedNoun,
  describedNoun,
  DESCRIBED_THINGS,
  isCommonWord,
  isCompanyEnding,
  isDemonym,
  isTitleWord,
  looksCommon,
} from '../lexicon/entity-words.js';
import { ORGANIZATION_DESCRIPTORS } from '../lexicon/organization-nouns.js';
import { formsWithKey, leadingKey, sameLowerCase, type LexiconForm } from '../lexicon/lexicon.js';
import { lexiconTags } from '../doc/compromise.js';
import { notNameTags } from '../doc/name-runs.js';
import { WEEKDAY } from '../doc/patterns.js';
import { HONORIFIC, isOfficeWord, isPortfolio, TITLE_AFTER, TITLE_TOKEN } from '../lexicon/titles.js';

/**
 * Candidate names: the runs of capitalised words in a sentence (lexicon forms matched first, as single units),
 * with the lower-case connectors a name may hold ("Bank of America", "Procter & Gamble"), cut where a title
 * introduces a person ("Chinese President Xi Jinping" → "Chinese", "Xi Jinping").
 */
export interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The units of the chunk, in order: single tokens or lexicon matches. */
  readonly units: readonly Unit[];
  /** The sentence is written in capitals (a headline): only known names count in it. */
  readonly shouting: boolean;
  /** A capitalised title stood before it in the same run ("President Xi Jinping"). */
  readonly titled: boolean;
  /** The chunk ends with a title and names no person ("the New York State Attorney General"). */
  readonly office: boolean;
  readonly sentence: Sentence;
}

/** A single token, or a lexicon form spanning one or more tokens. */
export interface Unit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Document indices of the first and last token the unit covers. */
  readonly first: number;
  readonly last: number;
  readonly form?: LexiconForm;
  /** Nothing may join the unit after it: a possessive ("Apple's") or a mark that names do not hold ("iPods/MP3") ends it. */
  readonly closed: boolean;
}

const POSSESSIVE = /['’]s?$/u;
/** An abbreviation run into its figure, as in "Rs.500 crore" or "No.1": a figure, not a name. */
const ABBREVIATED_FIGURE = /^\p{L}{1,3}\.\d/u;
/** Letters run into a dollar sign ("US$2bn", "HK$19.9m", "C$600m") write a currency, not a name. */
const isCurrencyPrefix = (doc: Doc, unit: Unit) => doc.text[unit.end] === '$' && /^\p{Lu}{1,3}$/u.test(unit.text);
const NAME_WORD = /^[\p{L}\p{N}](?:[\p{L}\p{N}&'’+-]|\.(?=[\p{L}\p{N}]))*/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CAPITALISED = /^(?:\p{Lu}|\p{Ll}{1,2}\p{Lu})/u;
const INITIAL = /^(?:\p{Lu}|St|Mt|Ft)\.?$/u;
const MODEL_NUMBER = /^\d{1,3}[a-z]?$/u;
/** A release written with a point and one digit ("2.0", "3.5"), as models are numbered; not a rate or price ("3.27"). */
const RELEASE_NUMBER = /^\d{1,2}\.\d$/u;
/** A version written in letters and digits: "8x22B", "70B", "4o", "v2", "v3.1". */
export const MODEL_CODE = /^(?:\d{1,3}x\d{1,3}[A-Z]?|\d{1,4}[A-Z]{1,2}|\d{1,2}o|v\d{1,2}(?:\.\d{1,2})?)$/u;
/** "?" or "!" that belongs to a name: the sentence goes on in lower case after it. */
export const MARKED_NAME_AFTER = /^[?!] \p{Ll}/u;
const NOT_NAME_TAGS = notNameTags('pronoun', 'function', 'calendar');
const NAME_TAGS = ['Person', 'Place', 'Organization', 'Product'];
const PERSON_LEXICON_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific']);
const COMMON_WORD_TAGS = ['Plural', 'Verb', 'Adjective', 'Adverb'];
/** More units than a name has: a run this long is a title-case heading or a table row. */
const LONGEST_NAME = 10;
const OPENING = /[“"‘':—–]\s*$/u;
/**
 * What follows a name that opens a sentence: a reporting or corporate verb, or an apposition; the verb may come after
 * the day it happened ("Blue Meridian on Wednesday said") or a word that sets it against another ("Farid Rahimi, however, said").
 */
export const ACTS_AFTER = new RegExp(
  String.raw`^(?:(?:\s+(?:on\s+)?(?:${WEEKDAY}|yesterday|today)|,\s+(?:however|meanwhile|though|too|also|in\s+turn),)?\s+(?:said|says|announced|unveiled|launched|released|reported|acquired|bought|agreed|confirmed|denied|sued|hired|raised|plans|declined|opened|closed|posted|filed|signed|partnered|introduced|debuted|shipped|warned|told|sold|invested|expanded|chief\s+executive|shares|shareholders|co-founder|founder)\b|,\s+(?:a|an|the|which|whose|who|formerly|(?:based|headquartered)\s+in|founded\s+(?:in|by))\s)`,
  'u',
);
/** Function words that a title-case phrase capitalises ("Harry Potter and The Prisoner Of Azkaban"): the title of a work. */
const TITLE_CASE_WORDS = new Set(['the', 'of', 'and', 'a', 'an', 'in', 'on', 'to', 'for', 'at', 'with', 'from', 'by']);
/** The words of a chunk, lower-cased, a closing full stop dropped ("Co." → "co"). */
export const wordsOf = (chunk: Chunk) => chunk.units.map((unit) => unit.text.toLowerCase().replace(/\.$/u, ''));
/** compromise's tags of the unit's first token. */
export const tagsOf = (doc: Doc, unit: Unit): ReadonlySet<string> => doc.tokens[unit.first]!.tags;

/** What the chunker reads of the whole document, once: each token's leading key (lexicon.ts) and every token's text. */
export interface DocumentWords {
  readonly keys: readonly string[];
  readonly texts: ReadonlySet<string>;
}

export function documentWords(doc: Doc): DocumentWords {
  return { keys: doc.tokens.map((token) => leadingKey(token.text)), texts: new Set(doc.tokens.map((token) => token.text)) };
}

/** Every candidate chunk of the sentence, in text order. `shouting`: the sentence is in capitals (isShouting). */
export function chunksOf(doc: Doc, sentence: Sentence, shouting: boolean, words: DocumentWords): Chunk[] {
  const units = unitsOf(doc, sentence, shouting, words.keys);
  const chunks: Chunk[] = [];
  let run: Unit[] = [];
  /** Where `run` starts among `units`. */
  let runStart = 0;
  let titleCase = false;
  const flush = () => {
    if (run.length && !titleCase) {
      for (const part of splitAtConnectors(withoutOffice(units, run, runStart))) {
        if (part.length <= LONGEST_NAME) chunks.push(...splitAtTitles(doc, sentence, part, shouting));
      }
    }
    run = [];
    titleCase = false;
  };
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const previous = run[run.length - 1];
    const joined = previous !== undefined && (joins(doc, previous, unit) || continuesFieldList(doc, units, i, run));
    if (!joined) flush();
    if (!run.length) runStart = i;
    if (isNameUnit(doc, sentence, units, i, shouting, words.texts)) run.push(unit);
    else if (joined && isInnerUnit(doc, units, i, run)) run.push(unit);
    else if (joined && isCapitalisedFunctionWord(doc, unit)) {
      titleCase = true;
      run.push(unit);
    } else flush();
    if (unit.closed) flush();
  }
  flush();
  return chunks;
}

/**
 * The run without its first word when that word is the office of a title before it that is no name unit, as when the
 * title opens the sentence ("Secretary of State Mike Pompeo met ..."): splitAtTitles reads the same inside a run. `at`:
 * where the run starts among `units`.
 */
function withoutOffice(units: readonly Unit[], run: readonly Unit[], at: number): readonly Unit[] {
  const office = run[0]!;
  const [title, of] = [units[at - 2], units[at - 1]];
  // A title written in capitals, as an office is ("Head of Product"); "chief investment officer of Republic National Bank" names a company.
  if (run.length < 2 || !title || !of || !['of', 'for'].includes(of.text) || !/^\p{Lu}/u.test(title.text) || !isTitleWord(title.text)) return run;
  if (!isOfficeUnit(office)) return run;
  // "Secretary of State for Telecommunications Álvaro Benítez": the office goes on past "for" or "and".
  let nameFrom = 1;
  while (['for', 'and'].includes(run[nameFrom]?.text ?? '') && isOfficeUnit(run[nameFrom + 1]) && nameFrom + 2 < run.length) nameFrom += 2;
  return run.slice(nameFrom);
}

/** "The", "Of" in a title; not the "A" of "A$9bn". */
const isCapitalisedFunctionWord = (doc: Doc, unit: Unit) =>
  /^\p{Lu}/u.test(unit.text) && TITLE_CASE_WORDS.has(unit.text.toLowerCase()) && !/[^\s,.;:!?)”’"']/u.test(doc.text[unit.end] ?? ' ');

// ---------------------------------------------------------------------------------------------------------------
// Units: lexicon forms first, longest first; every other token on its own

function unitsOf(doc: Doc, sentence: Sentence, shouting: boolean, keys: readonly string[]): Unit[] {
  const units: Unit[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const token = doc.tokens[i]!;
    // "Kim Sun-woo": a given name's first syllable is no lexicon name ("Sun").
    const givenName = hasGivenNameTail(doc, sentence, i);
    const matched = givenName ? undefined : lexiconMatch(doc, sentence, i, shouting, keys);
    // "Grok-1.5": a listed one-word name with a version after a hyphen is a model of its own. "The Information
    // Commissioner's Office": a longer listed name that starts inside a match is the name ("The Information").
    if (matched && !(matched.last === i && hasCodeTail(doc, sentence, i)) && !longerMatchWithin(doc, sentence, matched, shouting, keys)) {
      units.push(matched);
      i = matched.last;
      continue;
    }
    const last = givenName || hasCodeTail(doc, sentence, i) ? i + 1 : i;
    const written = doc.text.slice(token.start, doc.tokens[last]!.end);
    const word = wordOf(written);
    const possessive = possessiveLength(word);
    const end = token.start + word.length - possessive;
    const closed = word.length < written.length || possessive > 0 || splitPossessive(doc, last) || markedName(doc, sentence, i);
    units.push({ start: token.start, end, text: word.slice(0, word.length - possessive), first: i, last, closed });
    i = last;
  }
  return units;
}

/** "WSE-3", "Grok-1.5": a name and a number joined by a hyphen are one model code (not "Phase-3": a common word and a number). */
function hasCodeTail(doc: Doc, sentence: Sentence, index: number): boolean {
  const token = doc.tokens[index]!;
  const next = doc.tokens[index + 1];
  if (next === undefined || index + 1 >= sentence.tokenEnd || token.post !== '-' || next.start !== token.end + 1) return false;
  const head = /^\p{Lu}{2,}$/u.test(token.text) || (/^\p{Lu}\p{Ll}+$/u.test(token.text) && !looksCommon(token.text));
  return head && /^\d{1,4}(?:\.\d{1,2})?\p{L}{0,2}(?:['’]s)?$/u.test(next.text);
}

/**
 * "Kim Sun-woo", "Lee Jae-yong", "Ji-woo Park": a given name of two syllables joined by a hyphen, the second in
 * lower case, after or before a capitalised surname, is one word; "a Smith-led team", "the Google-style plan" are
 * compounds.
 */
function hasGivenNameTail(doc: Doc, sentence: Sentence, index: number): boolean {
  const token = doc.tokens[index]!;
  const next = doc.tokens[index + 1];
  if (next === undefined || index + 1 >= sentence.tokenEnd || token.post !== '-' || next.start !== token.end + 1) return false;
  const syllables = /^\p{Lu}\p{Ll}{1,3}$/u.test(token.text) && /^\p{Ll}{2,5}$/u.test(next.text) && !/-/u.test(next.post);
  if (!syllables || COMPOUND_HEADS.has(next.text)) return false;
  const before = index > sentence.tokenStart ? doc.tokens[index - 1] : undefined;
  const after = index + 2 < sentence.tokenEnd ? doc.tokens[index + 2] : undefined;
  const surnameBefore = before !== undefined && before.post === ' ' && /^\p{Lu}\p{Ll}+$/u.test(before.text);
  const surnameAfter = after !== undefined && next.post === ' ' && /^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(after.text);
  return surnameBefore || surnameAfter;
}

/** Second halves of compounds after a name ("Musk-owned", "Lisbon-born", "Ohio-sized"). */
const COMPOUND_HEADS = new Set([
  'led', 'run', 'made', 'born', 'bred', 'era', 'like', 'type', 'free', 'wide', 'size', 'sized', 'only', 'less', 'held',
  'rich', 'based', 'owned', 'style', 'level', 'class', 'grade', 'going', 'bound', 'proof', 'ready', 'heavy', 'fed',
  'up', 'out', 'off', 'over', 'down', 'for', 'to', 'and', 'or', 'vs', 'area', 'wise', 'esque', 'ish', 'ism',
]);

/** A name written with its mark inside a sentence: "the consumer group Which? said", "Zorbo! announced". */
function markedName(doc: Doc, sentence: Sentence, index: number): boolean {
  const token = doc.tokens[index]!;
  return /^\p{Lu}/u.test(token.text) && !opensSentence(doc, sentence, index) && MARKED_NAME_AFTER.test(doc.text.slice(token.end, token.end + 4));
}

/**
 * The part of a token that may be a name: letters, digits and the marks names hold ("AT&T", "U.S.", "Take-Two",
 * "Disney+"). Whatever follows ("iPods/MP3", markup) ends the name. A token that opens with a mark is kept as it is.
 */
function wordOf(text: string): string {
  const word = NAME_WORD.exec(text)?.[0];
  if (word === undefined) return text;
  return word.includes('.') && text[word.length] === '.' ? `${word}.` : word;
}

/** Length of the possessive ending a word ("'s", "’s", a trailing "'"), when it has one. */
function possessiveLength(word: string): number {
  const found = POSSESSIVE.exec(word);
  return found && found.index > 0 ? found[0].length : 0;
}

/** A possessive written apart, as in space-tokenised text ("Bitar 's goal"), or left in the token's trailing punctuation ("Reuters' report"). */
function splitPossessive(doc: Doc, index: number): boolean {
  const token = doc.tokens[index]!;
  const next = doc.tokens[index + 1];
  if (/^['’]/u.test(token.post)) return true;
  return next !== undefined && next.text === 's' && /['’]\s*$/u.test(doc.text.slice(token.end, next.start));
}

function longerMatchWithin(doc: Doc, sentence: Sentence, matched: Unit, shouting: boolean, keys: readonly string[]): boolean {
  for (let i = matched.first + 1; i <= matched.last; i++) {
    if ((lexiconMatch(doc, sentence, i, shouting, keys)?.end ?? 0) > matched.end) return true;
  }
  return false;
}

function lexiconMatch(doc: Doc, sentence: Sentence, index: number, shouting: boolean, keys: readonly string[]): Unit | null {
  const { text, tokens } = doc;
  const token = tokens[index]!;
  for (const form of formsWithKey(keys[index]!, true)) {
    let end = token.start + form.text.length;
    const written = text.slice(token.start, end);
    if (!sameLowerCase(written, form.text) || !caseAccepted(written, form, shouting)) continue;
    // In a headline's capitals a two-letter form is as likely a word ("LET US", "GO").
    if (shouting && form.text.length <= 2) continue;
    // "iPods", "Macs": a product's plural is still the product; a common word's plural is the word ("Operators", "Switches").
    if (form.entry.type === 'product' && !form.ambiguous && text[end] === 's' && !LETTER_OR_DIGIT.test(text[end + 1] ?? '')) end++;
    if (LETTER_OR_DIGIT.test(text[end] ?? '')) continue;
    let last = index;
    while (last + 1 < sentence.tokenEnd && tokens[last + 1]!.start < end) last++;
    const possessive = /^['’]s?(?![\p{L}\p{N}])/u.test(text.slice(end, end + 2)) || splitPossessive(doc, last);
    if (form.ambiguous && (shouting || !ambiguousAccepted(doc, sentence, index, last, possessive))) continue;
    return { start: token.start, end, text: text.slice(token.start, end), first: index, last, form, closed: possessive || text[end] === '/' };
  }
  return null;
}

/**
 * A form counts as written, capitalised as a sentence start would ("IPod"), in a headline's capitals, or, for one
 * long word, recased ("Blackberry").
 */
function caseAccepted(written: string, form: LexiconForm, shouting: boolean): boolean {
  if (written === form.text) return true;
  if (form.ambiguous || form.text.length <= 3) return false;
  if (shouting) return written === written.toUpperCase();
  const recased = form.text.length >= 6 && !form.text.includes(' ') && written !== written.toUpperCase();
  return /^\p{Lu}/u.test(written) && (written.slice(1) === form.text.slice(1) || recased);
}

/**
 * "Apple" the company, not the fruit: not a sentence's first word unless a verb, a possessive, another name or a
 * title follows ("Bernstein analyst Jane Smith"), or a word the tagger took for a noun and then a figure ("Meta cut
 * 1,200 jobs").
 */
function ambiguousAccepted(doc: Doc, sentence: Sentence, first: number, last: number, possessive: boolean): boolean {
  if (!opensSentence(doc, sentence, first)) return true;
  const next = doc.tokens[last + 1];
  const figure = doc.tokens[last + 2];
  const verbBeforeFigure = next !== undefined && /^\p{Ll}+$/u.test(next.text) && !NOT_NAME_TAGS.some((tag) => next.tags.has(tag)) && figure !== undefined && figure.start < sentence.end && figure.tags.has('Value');
  return possessive || (next !== undefined && next.start < sentence.end && (next.tags.has('Verb') || CAPITALISED.test(next.text) || TITLE_TOKEN.test(next.text) || verbBeforeFigure));
}

// ---------------------------------------------------------------------------------------------------------------
// Which units are names, and which join

/** The sentence is a headline in capitals: most of its letters are upper case. */
export function isShouting(doc: Doc, sentence: Sentence): boolean {
  let upper = 0;
  let lower = 0;
  const body = doc.text.slice(sentence.start, sentence.end);
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    // ASCII letters by their codes; any other character as the code point it starts, counted in UTF-16 units.
    if (code < 0x80) {
      if (isAsciiUpperCase(code)) upper++;
      else if (isAsciiLowerCase(code)) lower++;
      continue;
    }
    const char = String.fromCodePoint(body.codePointAt(i)!);
    i += char.length - 1;
    if (UPPER_CASE.test(char)) upper += char.length;
    else if (LOWER_CASE.test(char)) lower += char.length;
  }
  return upper >= 8 && upper > 2 * lower;
}

const UPPER_CASE = /\p{Lu}/u;
const LOWER_CASE = /\p{Ll}/u;

/** The token is the first word of its sentence, or of a quotation or clause opened by a quote mark, colon or dash. */
export function opensSentence(doc: Doc, sentence: Sentence, index: number): boolean {
  if (index === sentence.tokenStart) return true;
  const token = doc.tokens[index]!;
  return OPENING.test(doc.text.slice(Math.max(sentence.start, token.start - 3), token.start));
}

function isNameUnit(doc: Doc, sentence: Sentence, units: readonly Unit[], i: number, shouting: boolean, texts: ReadonlySet<string>): boolean {
  const unit = units[i]!;
  if (isCurrencyPrefix(doc, unit)) return false;
  if (unit.form) return true;
  if (!CAPITALISED.test(unit.text) || ABBREVIATED_FIGURE.test(unit.text)) return false;
  // The initial, and the given name before it even as a sentence's first word ("Yuki A. Tanaka said").
  if (isMiddleInitial(doc, units, i) || (i + 1 < units.length && isMiddleInitial(doc, units, i + 1))) return true;
  const token = doc.tokens[unit.first]!;
  const word = unit.text.toLowerCase();
  if (opensDatedName(doc, units, i)) return true;
  if (NOT_NAMES.has(word)) return false;
  if (markedName(doc, sentence, unit.first)) return true;
  if (NOT_NAME_TAGS.some((tag) => token.tags.has(tag) && !token.tags.has('Person'))) return false;
  if (shouting) return token.tags.has('Place') || token.tags.has('Organization');
  if (!opensSentence(doc, sentence, unit.first) || HONORIFIC.test(unit.text)) return true;
  if (/^\p{Lu}{3,}$/u.test(unit.text) && /^\s*(?:,|\(|\d{4}-)/u.test(doc.text.slice(unit.end, unit.end + 6))) return true;
  // A sentence's first word is capitalised anyway: it is a name if compromise reads it as one and does not know
  // it as a common word, or if it opens a longer name ("New York", "Takuya Takagi scored").
  const next = units[i + 1];
  const spacedNext = next && /^[ \t]+$/u.test(doc.text.slice(unit.end, next.start)) ? next : undefined;
  // "Consumer group Which? said", "Telecoms regulator Ofcom fined": the word before a kind of organization describes it.
  if (spacedNext && ORGANIZATION_DESCRIPTORS.has(spacedNext.text)) return false;
  if (spacedNext && opensName(doc, units, i)) return true;
  const common = isCommonWord(word);
  if (!common && NAME_TAGS.some((tag) => token.tags.has(tag))) return true;
  // A line of a results table opens with a team ("Leeds 2 Everton 1"), a sentence with a model that acts ("Helix 2.0 is out").
  if (!common && spacedNext && (/^\d{1,3}$/u.test(spacedNext.text) || (RELEASE_NUMBER.test(spacedNext.text) && actsNext(doc, spacedNext)))) return true;
  // A company or a person acts, or is described, as the sentence opens ("Zentrix said", "Zentrix, a start-up, ...");
  // a common word needs the description to say it is a company ("Rapid, a logistics start-up, ...").
  const commonTags = COMMON_WORD_TAGS.some((tag) => token.tags.has(tag));
  if (!common && !commonTags && !/s$/u.test(word) && ACTS_AFTER.test(doc.text.slice(unit.end, unit.end + 24))) return true;
  // "Sycara served", "Zorblet is written in Java": a word no lexicon knows, as the subject of the verb after it, that
  // is no plural and that the text nowhere writes in lower case ("Video is the thing").
  if (!common && !commonTags && !/s$/u.test(word) && lexiconTags(word).length === 0 && actsNext(doc, unit) && !texts.has(word)) return true;
  const rest = doc.text.slice(unit.end, Math.min(sentence.end, unit.end + 80));
  if (ORGANIZATION_DESCRIPTORS.has(apposedNoun(rest)?.noun ?? '')) return true;
  // "Zentrix was the first industrial robot": a word no lexicon knows, said to be a made thing.
  if (!common && lexiconTags(word).length === 0 && DESCRIBED_THINGS.has(describedNoun(rest)?.noun ?? '')) return true;
  if (!next || !joins(doc, unit, next)) return false;
  const nameNext = next.form !== undefined || (CAPITALISED.test(next.text) && !NOT_NAME_TAGS.some((tag) => doc.tokens[next.first]!.tags.has(tag)));
  // The tagger's guess at an unknown word ("Loomly" an adverb) counts for less than a company ending after it ("Labs", "AI").
  const companyNext = !common && lexiconTags(word).length === 0 && isCompanyEnding(next.text);
  return nameNext && (common ? NAME_TAGS.some((tag) => token.tags.has(tag)) : !commonTags || companyNext);
}

/**
 * "Herbert A. Simon", "Luca A. Bianchi": a capital letter and its full stop between a given name and a surname is an
 * initial, though compromise reads "A" as the article (and "I" as the pronoun).
 */
function isMiddleInitial(doc: Doc, units: readonly Unit[], i: number): boolean {
  const [previous, unit, next] = [units[i - 1], units[i]!, units[i + 1]];
  if (!previous || !next || !/^\p{Lu}$/u.test(unit.text) || !joins(doc, previous, unit) || !joins(doc, unit, next)) return false;
  const [given, surname] = [doc.tokens[previous.first]!.tags, doc.tokens[next.first]!.tags];
  // Not "a Series A. The round ...": the words around the letter are names, not common words or function words.
  const nameLike = (unit: Unit, tags: ReadonlySet<string>) =>
    CAPITALISED.test(unit.text) && !NOT_NAME_TAGS.some((tag) => tags.has(tag)) && (tags.has('Person') || tags.has('FirstName') || !isCommonWord(unit.text.toLowerCase()));
  return doc.text[unit.end] === '.' && nameLike(previous, given) && nameLike(next, surname);
}

/** "the Sunday Chef app", "its May Day sale": a day or month after an article or a possessive, before a name, opens that name. */
function opensDatedName(doc: Doc, units: readonly Unit[], i: number): boolean {
  const unit = units[i]!;
  const next = units[i + 1];
  const tags = doc.tokens[unit.first]!.tags;
  if (!(tags.has('WeekDay') || tags.has('Month')) || !next || next.form || !joins(doc, unit, next) || !/^\p{Lu}\p{Ll}/u.test(next.text)) return false;
  const nextTags = doc.tokens[next.first]!.tags;
  if (NOT_NAME_TAGS.some((tag) => nextTags.has(tag))) return false;
  return /(?<!\w)(?:the|a|an|its|their|his|her|our)\s+$/iu.test(doc.text.slice(Math.max(0, unit.start - 8), unit.start));
}

/** What a sentence's subject does next: a verb, a modal or auxiliary ("Blue Meridian raised", "Point Nine will"). */
const SUBJECT_NEXT_TAGS = ['Verb', 'Modal', 'Auxiliary', 'Copula'];
/** The word after the unit is a verb, a modal or an auxiliary, as after a sentence's subject. */
function actsNext(doc: Doc, unit: Unit): boolean {
  const following = doc.tokens[unit.last + 1];
  if (following === undefined || !/^\s+$/u.test(doc.text.slice(unit.end, following.start))) return false;
  return SUBJECT_NEXT_TAGS.some((tag) => following.tags.has(tag)) && !following.tags.has('Gerund');
}

/** Tags of a sentence's first word that describe the name after it ("Rival Zorb", "Striker Ronaldo", "Later Zorb"). */
const DESCRIBING_TAGS = ['Adverb', 'Actor', 'Person', 'Comparative', 'Superlative'];

/**
 * "Kinetic Harvest raised", "Point Nine, a startup", "Hollow Oak Games, the developer": a sentence's first word,
 * capitalised anyway, before one or two plain capitalised words that are no known name, opens the name when it then
 * acts as the subject, is described or owns something; not a word that describes (a company noun, a title, a
 * nationality, an adverb: "Rival Zorb said", "Striker Ronaldo scored", "Italian Zorb"), nor a plural ("Hosts Zimbabwe").
 */
function opensName(doc: Doc, units: readonly Unit[], i: number): boolean {
  const unit = units[i]!;
  const word = unit.text.toLowerCase();
  // "Ji-woo Park": a given name of two syllables joined by a hyphen is one plain word.
  const plain = (u: Unit) => !u.form && /^\p{Lu}\p{Ll}+(?:-\p{Ll}{2,5})?$/u.test(u.text);
  if (!plain(unit) || /s$/u.test(word) || unit.closed || DESCRIBING_TAGS.some((tag) => doc.tokens[unit.first]!.tags.has(tag))) return false;
  if (ORGANIZATION_DESCRIPTORS.has(word) || isTitleWord(word) || isDemonym(word)) return false;
  const rest: Unit[] = [];
  for (let j = i + 1; j < units.length && rest.length < 3 && joins(doc, units[j - 1]!, units[j]!) && CAPITALISED.test(units[j]!.text); j++) rest.push(units[j]!);
  const nameWord = (u: Unit) => plain(u) && !isTitleWord(u.text.toLowerCase()) && !doc.tokens[u.first]!.tags.has('Person') && !NOT_NAME_TAGS.some((tag) => doc.tokens[u.first]!.tags.has(tag));
  // The name's words run to the last plain one, or to a company's ending after one ("Hollow Oak Games").
  const length = rest.length === 2 && nameWord(rest[0]!) && plain(rest[1]!) && isCompanyEnding(rest[1]!.text) ? 2 : 1;
  const last = rest[length - 1];
  if (!last || rest.length > length || !rest.every((u) => nameWord(u) || isCompanyEnding(u.text))) return false;
  const after = doc.text.slice(last.end, last.end + 24);
  return actsNext(doc, last) || /^['’]s?\s/u.test(after) || ACTS_AFTER.test(after) || TITLE_AFTER.test(doc.text.slice(last.end, last.end + 80));
}

/** What may stand inside a name: connectors ("of", "&", "de") and a model number after a product-like word ("Halo 2"). */
function isInnerUnit(doc: Doc, units: readonly Unit[], i: number, run: readonly Unit[]): boolean {
  const unit = units[i]!;
  const word = unit.text.toLowerCase();
  if (['&', 'of', 'for', 'and'].includes(word) || NAME_PARTICLES.has(word)) return true;
  if (word === 'the') return ['of', 'for', 'on', 'in'].includes(run[run.length - 1]!.text.toLowerCase());
  if (word === 'on' || word === 'in') {
    const recent = run.slice(-LONGEST_NAME);
    return holdsTopic([...recent, unit, ...units.slice(i + 1, i + 2)], recent.length);
  }
  // "University of Colorado at Boulder", "University of Texas at Austin": a campus of a university "of" a state.
  if (word === 'at') return run[0]!.text === 'University' && run[1]?.text === 'of' && CAPITALISED.test(units[i + 1]?.text ?? '');
  return isModelNumber(doc, units, i, run);
}

/**
 * "on" after an institution's head gives its topic ("Committee on Foreign Investment", "Council on Foreign Relations");
 * "in the" after that topic belongs to the name too ("... in the United States"), not "the Ministry of Defence in London".
 */
function holdsTopic(units: readonly Unit[], i: number): boolean {
  const word = units[i]!.text.toLowerCase();
  if (word === 'on') return ORGANIZATION_HEADS.has(units[i - 1]?.text.toLowerCase() ?? '');
  if (word !== 'in' || units[i + 1]?.text.toLowerCase() !== 'the') return false;
  const on = units.slice(Math.max(0, i - LONGEST_NAME), i).findIndex((unit) => unit.text === 'on');
  return on > 0 && holdsTopic(units.slice(Math.max(0, i - LONGEST_NAME)), on);
}

/** "Destiny 2", "Xbox 360": a short number right after a word that names no person or place, not a score in a table ("Leeds 2 Everton 1"). */
function isModelNumber(doc: Doc, units: readonly Unit[], i: number, run: readonly Unit[]): boolean {
  const unit = units[i]!;
  const previous = run[run.length - 1]!;
  const next = units[i + 1];
  if (doc.tokens[unit.first]!.tags.has('NumberRange')) return false;
  if (previous.form?.entry.type === 'organization') return isMakersModel(doc, unit, next);
  const code = MODEL_CODE.test(unit.text);
  const release = RELEASE_NUMBER.test(unit.text);
  if (!code && !release && !MODEL_NUMBER.test(unit.text)) return false;
  const product = previous.form?.entry.type === 'product';
  const tags = doc.tokens[previous.last]!.tags;
  // A first name alone before a release number is a model's name ("Marlin 2.5"); a surname before a time is a result.
  const notNamed = release && run.length === 1 && !tags.has('LastName') ? ['Place', 'Organization', 'Value'] : ['Place', 'Person', 'Organization', 'Value'];
  if (previous.form ? !product : notNamed.some((tag) => tags.has(tag))) return false;
  // A code of letters and digits is no count or score, whatever follows it.
  if (code) return true;
  const after = doc.text.slice(unit.end, next?.start ?? unit.end + 1);
  // "Microsoft unveiled Kodiak 3.": a version may end the sentence, not a table's row ("Jayasuriya 50").
  if (!next) return product || /^[.!?]/u.test(after);
  // "Tundra 5, its latest model": a clause in lower case goes on after the version, not a list of scores ("Leeds 2, Everton 1").
  if (/^,\s+$/u.test(after) && /^\p{Ll}/u.test(next.text)) return true;
  if (!/^\s+$/u.test(after)) return false;
  // "Helix 2.0 was", "Atlas 3.5 through": a release number, then the sentence in lower case.
  if (release && /^\p{Ll}/u.test(next.text)) return true;
  // "Vista 2 Pro": a product's ending after the number.
  return product ? !/^\p{N}/u.test(next.text) : /^\p{Ll}/u.test(next.text) || PRODUCT_ENDINGS.has(next.text.toLowerCase());
}

/**
 * "the Nokia 6630", "a Boeing 747 jet": a known company's model number, three or four digits and no year, then a
 * mark, a name, a product noun or a function word or verb; not a count of a noun ("Nokia 300 staff").
 */
function isMakersModel(doc: Doc, unit: Unit, next: Unit | undefined): boolean {
  if (!/^\d{3,4}$/u.test(unit.text) || /^(?:19|20)\d\d$/u.test(unit.text)) return false;
  if (!next || !/^\s+$/u.test(doc.text.slice(unit.end, next.start)) || PRODUCT_NOUNS.has(next.text.toLowerCase())) return true;
  if (!/^\p{Ll}/u.test(next.text)) return true;
  const tags = doc.tokens[next.first]!.tags;
  return FUNCTION_TAGS.some((tag) => tags.has(tag)) || (tags.has('PresentTense') && !tags.has('Infinitive'));
}

/** What may follow a model number and not be the noun it counts: "the Nokia 6630 and", "the Nokia 6630 has". */
const FUNCTION_TAGS = ['Conjunction', 'Preposition', 'Auxiliary', 'Modal', 'Determiner', 'Copula', 'PastTense', 'Adverb'];

/** Only spaces, or a comma and spaces, between two units. */
const COMMA_BETWEEN = /^,[ \t\u00a0]+$/u;
const SPACE_BETWEEN = /^[ \t\u00a0]+$/u;

/** Whether `unit` continues the name that `previous` is in: only spaces between, a hyphen, or the full stop of an initial. */
function joins(doc: Doc, previous: Unit, unit: Unit): boolean {
  if (previous.closed) return false;
  const between = doc.text.slice(previous.end, unit.start);
  if (SPACE_BETWEEN.test(between)) return true;
  if (between === '-' && CAPITALISED.test(unit.text)) return true;
  // "Samsung Electronics Co. Ltd.", "Foxconn Technology Co., Ltd.": one legal ending, written in two abbreviations.
  if (/^\.,?[ \t\u00a0]+$/u.test(between) && /^co$/iu.test(previous.text) && /^ltd$/iu.test(unit.text)) return true;
  return INITIAL.test(previous.text) && /^\.[ \t\u00a0]*$/u.test(between);
}

/** A capitalised common word or portfolio with no lexicon entry: a field an institution is "of" ("Trade", "Health"). */
const isFieldUnit = (unit: Unit | undefined) =>
  unit !== undefined && !unit.form && CAPITALISED.test(unit.text) && !isConnectorWord(unit.text) && (looksCommon(unit.text) || isPortfolio(unit.text));
const isAnd = (unit: Unit | undefined) => unit?.text.toLowerCase() === 'and';

/** Whether the run ends in an institution's head, "of" or "for", and one or more fields ("Ministry of Trade"). */
function endsInFields(run: readonly Unit[]): boolean {
  let k = run.length - 1;
  while (k >= 0 && run.length - k <= LONGEST_NAME && isFieldUnit(run[k])) k--;
  return k < run.length - 1 && k >= 1 && ['of', 'for'].includes(run[k]!.text.toLowerCase()) && ORGANIZATION_HEADS.has(run[k - 1]!.text.toLowerCase());
}

/**
 * The fields an institution is "of", listed with commas, belong to its name ("Ministry of Trade, Industry and Energy",
 * "Department of Health, Education, and Welfare"): a comma after "HEAD of FIELD" joins the next unit when fields
 * follow, one after each comma, up to an "and" and a last field.
 */
function continuesFieldList(doc: Doc, units: readonly Unit[], i: number, run: readonly Unit[]): boolean {
  if (!run.length || !COMMA_BETWEEN.test(doc.text.slice(run[run.length - 1]!.end, units[i]!.start)) || !endsInFields(run)) return false;
  const between = (k: number) => doc.text.slice(units[k]!.end, units[k + 1]?.start ?? units[k]!.end);
  for (let k = i; k < i + LONGEST_NAME; k += 1) {
    if (isAnd(units[k])) return SPACE_BETWEEN.test(between(k)) && isFieldUnit(units[k + 1]);
    if (!isFieldUnit(units[k])) return false;
    const gap = between(k);
    if (!(COMMA_BETWEEN.test(gap) || (SPACE_BETWEEN.test(gap) && isAnd(units[k + 1])))) return false;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Connectors and titles inside a run

const isConnectorWord = (word: string) => ['&', 'of', 'for', 'and', 'the', 'on', 'in'].includes(word.toLowerCase()) || NAME_PARTICLES.has(word.toLowerCase());
const isWordUnit = (unit: Unit) => unit.form !== undefined || (/^[\p{L}\p{N}]/u.test(unit.text) && !isConnectorWord(unit.text));

/** The names in a run: connectors at either end belong to the sentence; one that does not hold a name together separates two. */
function splitAtConnectors(run: readonly Unit[]): Unit[][] {
  const parts: Unit[][] = [];
  let part: Unit[] = [];
  const close = () => {
    while (part.length && !isWordUnit(part[part.length - 1]!)) part.pop();
    if (part.length) parts.push(part);
    part = [];
  };
  run.forEach((unit, i) => {
    if (isWordUnit(unit)) part.push(unit);
    else if (part.length && connectorHolds(run, i)) part.push(unit);
    else close();
  });
  close();
  return parts;
}

/** "Bank of America", "Movie Association for America", "Securities and Exchange Commission", "Procter & Gamble". */
function connectorHolds(units: readonly Unit[], i: number): boolean {
  const word = units[i]!.text.toLowerCase();
  const before = units[i - 1]?.text.toLowerCase() ?? '';
  const next = units[i + 1];
  if (!next) return false;
  if (word === '&' || NAME_PARTICLES.has(word)) return true;
  if (word === 'the') return connectorHolds(units, i - 1);
  if (word === 'on' || word === 'in') return holdsTopic(units, i);
  if (word === 'of' || word === 'for') {
    // "Association for the Advancement of Science": the aim an institution is "for", and what that aim is "of".
    const aim = units[i - 2]?.text.toLowerCase() === 'the' && ['of', 'for'].includes(units[i - 3]?.text.toLowerCase() ?? '') && connectorHolds(units, i - 3);
    return ORGANIZATION_HEADS.has(before) || PLACE_HEADS.has(before) || ORGANIZATION_ENDINGS.has(before) || isTitleWord(before) || aim;
  }
  const knownBefore = units.slice(Math.max(0, i - LONGEST_NAME), i).some((unit) => unit.form);
  // A campus ends its university's name ("University of Colorado at Boulder and Arizona State University").
  const campusBefore = units.slice(0, i).some((unit) => unit.text === 'at');
  if (word !== 'and' || COMPANY_FINALS.has(before) || knownBefore || campusBefore || next.form) return false;
  // "and" holds only inside one institution's name, which ends like one ("Pew Internet and American Life Project"),
  // or joins the fields an institution is "of" ("Academy of Arts and Sciences", "Department of Health and Human Services").
  const rest = units.slice(i + 1, i + 1 + LONGEST_NAME);
  const end = rest.findIndex((unit) => !isWordUnit(unit));
  const last = (end < 0 ? rest[rest.length - 1] : rest[end - 1])?.text.toLowerCase() ?? '';
  return ORGANIZATION_ENDINGS.has(last) || endsInFields(units.slice(0, i));
}

function splitAtTitles(doc: Doc, sentence: Sentence, units: readonly Unit[], shouting: boolean): Chunk[] {
  const make = (part: readonly Unit[], titled: boolean, office: boolean): Chunk => {
    const first = part[0]!;
    const last = part[part.length - 1]!;
    const text = doc.text.slice(first.start, last.end);
    return { start: first.start, end: last.end, text, units: part, shouting, titled, office, sentence };
  };
  const lastTitle = units.findLastIndex((unit) => !unit.form && isTitleWord(unit.text));
  if (lastTitle < 0 || isAdjectivePair(units)) return [make(units, false, false)];
  let nameFrom = lastTitle + 1;
  if (['of', 'for'].includes(units[nameFrom]?.text.toLowerCase() ?? '')) {
    // "Secretary of State Mike Pompeo": a common word after "of" is the office's; "CEO of Take-Two" names the company.
    const office = units[nameFrom + 1];
    // "Fellow of the Royal Society", "Secretary of the Treasury": what follows "of the" is an institution, not who holds the title.
    if (office?.text.toLowerCase() === 'the') return splitAtConnectors(units.slice(nameFrom + 2)).map((part) => make(part, false, false));
    // "Fellow of Institute of Electrical Engineers": a common word that an "of" follows opens an institution's name.
    const institution = units[nameFrom + 2]?.text.toLowerCase() === 'of';
    if (!office || (isOfficeUnit(office) && !institution)) nameFrom += 2;
    else return splitAtConnectors(units.slice(nameFrom + 1)).map((part) => make(part, false, false));
  }
  if (nameFrom >= units.length) return [make(units, false, true)];
  let titleFrom = lastTitle;
  const inTitle = (unit: Unit) => isTitleWord(unit.text) || isConnectorWord(unit.text) || (!unit.form && isOfficeWord(unit.text));
  while (titleFrom > 0 && inTitle(units[titleFrom - 1]!)) titleFrom--;
  const before = splitAtConnectors(units.slice(0, titleFrom));
  return [...before.map((part) => make(part, false, false)), make(units.slice(nameFrom), true, false)];
}

/** The office a title holds after "of" ("Secretary of State", "Head of Product"): a common or office word, no known name. */
const isOfficeUnit = (unit: Unit | undefined) => unit !== undefined && !unit.form && (isCommonWord(unit.text) || isOfficeWord(unit.text));

/**
 * "General Catalyst", "General Mills": a title that is also an adjective, before one word that is no known name (and
 * then at most a connector), is the first word of a company's name; "General Mark Milley" keeps the title.
 */
function isAdjectivePair(units: readonly Unit[]): boolean {
  const [title, word, next] = units;
  if (!word || word.form || !isWordUnit(word) || (next && !isConnectorWord(next.text))) return false;
  return lexiconTags(title!.text).includes('Adjective') && !lexiconTags(word.text).some((tag) => PERSON_LEXICON_TAGS.has(tag));
}
