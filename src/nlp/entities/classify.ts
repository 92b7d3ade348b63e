import type { EntityType } from '../doc/layers.js';
import { sentenceAt, type Doc } from '../doc/document.js';
import { MARKED_NAME_AFTER, tagsOf, wordsOf, type Chunk, type Unit } from './chunks.js';
import { FORMERLY_AFTER, LISTED_NAMES, POSTED_ON, organizationContext, taggedType, typeOf } from './typing.js';
import { COMMON_ACRONYMS, COMPASS, EVENT_ENDINGS, GAMES_EVENTS, GENERIC_WORDS, LAW_ENDINGS, ORGANIZATION_ENDINGS, isCommonWord, isDemonym, isTitleWord, looksCommon } from '../lexicon/entity-words.js';
import type { LexiconEntry } from '../lexicon/lexicon.js';
import { lexiconTags } from '../doc/compromise.js';
import { HONORIFIC } from '../lexicon/titles.js';
import { currencyBefore } from '../figures/currencies.js';

/**
 * Whether a chunk names an entity, and as what: the filters for what is not one (nationality adjectives, events,
 * laws, titles of works, common words), lexicon names side by side, teams in tables, datelines; `typeOf` does the rest.
 */

/** A typed mention: how sure the type is (3 a lexicon entry or a telling word, 2 a strong cue, 1 a hint, 0 a guess). */
export interface TypedMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: EntityType;
  readonly strength: number;
  /** The rule that typed it (TYPE_RULES, or one of classify's own: lexicon, team-table, dateline, service, shouting). */
  readonly rule: string;
  readonly entry?: LexiconEntry;
  /** An acronym in capitals ("FTC"), which may stand for a longer name. */
  readonly acronym: boolean;
}

const CONTINENTS = new Set(['europe', 'asia', 'africa', 'america', 'americas', 'antarctica', 'eurasia', 'oceania']);
const ACRONYM = /^(?=[\p{Lu}\d&.-]*\p{Lu}[\p{Lu}\d&.-]*\p{Lu})[\p{Lu}\d&.-]{2,8}s?$/u;
// (?<!\w) and (?!\w) are word boundaries, as in patterns.ts.
/** A kind of creative work or a rule before a name makes the name the work's title ("the film Star Wars", "the directive, WEEE"). */
const WORK_BEFORE =
  /(?<!\w)(?:film|movie|book|novel|song|album|show|series|programme|program|musical|documentary|sitcom|drama|comedy|play|opera|poem|single|track|directive|regulation|standard)\s*[,:]?\s*["“‘']?(?:the\s+|a\s+)?$/iu;

/** "FY25", "FY 2024", "Q3", "H1 2025": a financial year, quarter or half. */
const FISCAL_PERIOD = /^(?:FY|CY|Q[1-4]|H[12])(?:\s?['’]?\d{2}(?:\d{2})?)?(?:\s\d{4})?$/u;

/** A kind of event after a name makes the name the event's ("the Cloud Futures conference"). */
const EVENT_AFTER = /^\s+(?:event|events|conference|summit|expo|festival|convention|hackathon|keynote|trade show)\b/u;

/** The chunk as typed mentions: usually one, none for a non-entity, several for adjacent lexicon names ("Uber-Waymo"). */
export function classify(doc: Doc, whole: Chunk): TypedMention[] {
  const chunk = withoutGenericTail(doc, whole);
  const { units } = chunk;
  if (isTeam(doc, chunk)) return [candidate(chunk, 'organization', 3, 'team-table', units.length === 1 ? units[0]!.form?.entry : undefined)];
  if (isDateline(doc, chunk)) return [candidate(chunk, 'place', 2, 'dateline')];
  if (units.every((unit) => unit.form)) return combinedForms(chunk).map((found) => asService(doc, found));
  // "the European Commission Code of Conduct": the known name, then a name of its own that this chunk only begins.
  if (units[0]!.form && !units[1]!.form && /^\s+of\s+\p{Lu}/u.test(doc.text.slice(chunk.end, chunk.end + 8))) return [lexical(units[0]!)];
  if (chunk.shouting) {
    const type = taggedType(doc, units);
    return type ? [candidate(chunk, type, 1, 'shouting')] : [];
  }
  const marked = isMarkedName(doc, chunk);
  if (!marked && !isEntity(doc, chunk)) return [];
  const { type, strength, rule } = typeOf(doc, chunk);
  const found = candidate(chunk, type, strength, rule);
  return [marked ? { ...found, end: chunk.end + 1, text: doc.text.slice(chunk.start, chunk.end + 1) } : withRegionModifier(doc, found)];
}

/**
 * "every HP PC", "the Nvidia GPU": a common abbreviation after a known name is the thing, not part of the name; after
 * an unknown one it may be the name's own ending ("Zorb OS", "Tessaly AI").
 */
function withoutGenericTail(doc: Doc, chunk: Chunk): Chunk {
  const generic = (unit: Unit) => !unit.form && ACRONYM.test(unit.text) && COMMON_ACRONYMS.has(unit.text.toLowerCase().replace(/s$/u, ''));
  const unlisted = chunk.units.findIndex((unit) => !unit.form);
  if (unlisted < 1 || !chunk.units.slice(unlisted).every(generic)) return chunk;
  const units = chunk.units.slice(0, unlisted);
  const end = units[units.length - 1]!.end;
  return { ...chunk, end, text: doc.text.slice(chunk.start, end), units };
}

/** "Which?" inside a sentence that goes on in lower case: the mark is part of the name. */
function isMarkedName(doc: Doc, chunk: Chunk): boolean {
  return chunk.units.length === 1 && chunk.units[0]!.closed && MARKED_NAME_AFTER.test(doc.text.slice(chunk.end, chunk.end + 4));
}

/** Regions of a continent written with a lower-case compass word belong to the name ("eastern Europe", "north America"); a city's ("north London") do not. */
function withRegionModifier(doc: Doc, found: TypedMention): TypedMention {
  if (found.type !== 'place' || !CONTINENTS.has(found.text.toLowerCase())) return found;
  const compass = /(?:^|[^\p{L}])(\p{Ll}+(?:-\p{Ll}+)?) $/u.exec(doc.text.slice(Math.max(0, found.start - 16), found.start))?.[1];
  if (compass === undefined || !COMPASS.has(compass) || ['upper', 'lower', 'greater'].includes(compass)) return found;
  const start = found.start - compass.length - 1;
  return { ...found, start, text: doc.text.slice(start, found.end) };
}

/** Up to 80 characters of the chunk's line before it (from the line's start when that is nearer), and after it. */
function lineAround(doc: Doc, chunk: Chunk): { before: string; after: string } {
  const { text } = doc;
  const before = text.slice(Math.max(0, chunk.start - 80), chunk.start);
  const after = text.slice(chunk.end, chunk.end + 80);
  const lineEnd = after.indexOf('\n');
  const atTextStart = chunk.start <= 80;
  const lineStart = before.lastIndexOf('\n');
  return {
    before: lineStart >= 0 || atTextStart ? before.slice(lineStart + 1) : `\u0000${before}`,
    after: lineEnd >= 0 ? after.slice(0, lineEnd) : after,
  };
}

/**
 * A team, named after its city, in a results table or standings line ("Leeds 2 Everton 1", "BOSTON 10 5 .667"),
 * or a club in parentheses after a player ("Ian Wright (Arsenal)"). A country's name stays the country's.
 */
function isTeam(doc: Doc, chunk: Chunk): boolean {
  const country = (unit: Unit) => tagsOf(doc, unit).has('Country') || lexiconTags(unit.text).includes('Country');
  if (chunk.units.some((unit) => country(unit) || unit.form?.entry.type === 'organization')) return false;
  const { before, after } = lineAround(doc, chunk);
  const tabled = /^\s+\d{1,3}(?![\d.,:-]\S)(?:\s|$)/u.test(after) && (/^\s*$/u.test(before) || /(?:\d|\))\s+$/u.test(before));
  const afterPlayer = /^\s*\)/u.test(after) && /\p{Lu}\p{Ll}+\s*\(\s*$/u.test(before) && !ACRONYM.test(chunk.text);
  return tabled || afterPlayer;
}

/** A wire dateline: a line opening with a place in capitals, then a region, a date or the agency ("VAIL , Colorado 1996-12-07"). */
function isDateline(doc: Doc, chunk: Chunk): boolean {
  const { before, after } = lineAround(doc, chunk);
  return /^\s*$/u.test(before) && chunk.text === chunk.text.toUpperCase() && /^\s*(?:,\s*\p{Lu}|\(|\d{4}-\d{2}-\d{2}|-|–|—)/u.test(after);
}

/**
 * Lexicon names side by side: a maker's product is the product ("Sony PlayStation 2"), a country's agency the
 * agency ("U.S. Securities and Exchange Commission"); other neighbours are separate names ("Uber-Waymo").
 */
function combinedForms(chunk: Chunk): TypedMention[] {
  const { units } = chunk;
  const entries = units.map((unit) => unit.form!.entry);
  const last = entries[entries.length - 1]!;
  const leading = entries.slice(0, -1);
  if (units.length > 1 && last.type === 'product' && leading.every((entry) => entry.type === 'organization')) return [candidate(chunk, 'product', 3, 'lexicon-product-of-maker', last)];
  // "Mario Kart DS": a product for a platform is a product of its own.
  if (units.length > 1 && last.type === 'product' && leading.every((entry) => entry.type !== 'place')) return [candidate(chunk, 'product', 2, 'lexicon-product-for-platform')];
  if (units.length === 2 && last.type === 'organization' && leading[0]!.type === 'place') return [candidate(chunk, 'organization', 3, 'lexicon-agency-of-country', last)];
  return units.map(lexical);
}

// (?<!\w) and (?!\w) are word boundaries, as in patterns.ts.
/** "its payments service PayPal", "the messaging app WhatsApp": a service noun right before the name. */
const SERVICE_NOUN_BEFORE = /(?<!\w)(?:service|app|platform|browser|chatbot|messenger|site|website)\s+$/iu;
/** "services such as ", "apps like ": a list of services follows. */
const SERVICES_LIST = /(?<!\w)(?:services|apps|platforms|sites|websites|browsers|chatbots)\s+(?:such\s+as|like|including)\s+/giu;

/**
 * A company that is also a service it runs, named as the service: "a post on LinkedIn", "its payments service PayPal",
 * "services such as Instagram, YouTube and Snapchat" (the lexicon lists it as the company).
 */
function asService(doc: Doc, found: TypedMention): TypedMention {
  if (found.type !== 'organization' || !found.entry) return found;
  const sentence = doc.sentences[sentenceAt(doc, found.start)]!;
  const before = doc.text.slice(Math.max(sentence.start, found.start - 80), found.start);
  const list = [...before.matchAll(SERVICES_LIST)].pop();
  const listed = list !== undefined && LISTED_NAMES.test(before.slice(list.index + list[0].length));
  return SERVICE_NOUN_BEFORE.test(before) || POSTED_ON.test(before) || listed ? { ...found, type: 'product', rule: 'service' } : found;
}

function lexical(unit: Unit): TypedMention {
  const entry = unit.form!.entry;
  return { start: unit.start, end: unit.end, text: unit.text, type: entry.type, strength: 3, rule: 'lexicon', entry, acronym: ACRONYM.test(unit.text) };
}

function candidate(chunk: Chunk, type: EntityType, strength: number, rule: string, entry?: LexiconEntry): TypedMention {
  const only = chunk.units.length === 1 ? chunk.units[0]! : undefined;
  const acronym = only !== undefined && ACRONYM.test(only.text);
  return { start: chunk.start, end: chunk.end, text: chunk.text, type, strength, rule, ...(entry ? { entry } : {}), acronym };
}

/** Nationality adjectives, events, titles, common abbreviations and the titles of works are not entities. */
function isEntity(doc: Doc, chunk: Chunk): boolean {
  const words = wordsOf(chunk);
  const last = words[words.length - 1]!;
  const lastUnit = chunk.units[chunk.units.length - 1]!;
  if (words.every((word) => isTitleWord(word) || HONORIFIC.test(word))) return false;
  // "American AI": a nationality and a common abbreviation name nothing.
  if (!chunk.units.some((unit) => unit.form) && words.some(isDemonym) && words.every((word) => isDemonym(word) || COMMON_ACRONYMS.has(word))) return false;
  if (inQuotedTitle(doc, chunk)) return false;
  // A title that opens with a verb form names a work ("the bestselling Being Digital").
  if (words.length > 1 && lexiconTags(words[0]!).includes('Gerund')) return false;
  // A letter on its own ("Group C", "Plan B") or a row of short column heads ("W L T PF PA") names nothing.
  if (/^\p{Lu}$/u.test(lastUnit.text) && /\s/u.test(doc.text[lastUnit.start - 1] ?? '')) return words.length === 1 && isPlatformLetter(doc, chunk);
  if (chunk.units.every((unit) => unit.text.length <= 2 && !unit.form)) return false;
  // "Rs 410", "RM85", "KSh 1.5": a currency before its amount is money; "FY25", "Q3 2024": a period of accounts.
  if (currencyBefore(doc.text, chunk.start, doc.text.length) || FISCAL_PERIOD.test(chunk.text)) return false;
  // "HDR OLED", "AI PC": common abbreviations side by side name nothing.
  if (chunk.units.every((unit) => !unit.form && /^\p{Lu}+$/u.test(unit.text) && COMMON_ACRONYMS.has(unit.text.toLowerCase()))) return false;
  if (!lastUnit.form && isDemonym(last)) return false;
  if ((GENERIC_WORDS.has(last) && GENERIC_WORDS.has(words[0]!)) || EVENT_ENDINGS.has(last) || LAW_ENDINGS.has(last) || (last === 'games' && (GAMES_EVENTS.has(words[0]!) || isDemonym(words[0]!)))) return false;
  // "Section 230", "Phase 3": a common word and a number.
  if (words.length === 2 && /^\d+$/u.test(last) && !chunk.units[0]!.form && looksCommon(words[0]!)) return false;
  if (words.length === 1 && !chunk.titled) {
    if (COMMON_ACRONYMS.has(last) || (ACRONYM.test(chunk.text) && COMMON_ACRONYMS.has(last.replace(/s$/u, '')))) return false;
    if (!ACRONYM.test(chunk.text) && looksCommon(last) && !namesCompany(doc, chunk)) return false;
  }
  // "the Network Computing event": a name the article gives an event of its own.
  if (chunk.units.length > 1 && EVENT_AFTER.test(doc.text.slice(chunk.end, chunk.end + 20))) return false;
  return !WORK_BEFORE.test(doc.text.slice(Math.max(chunk.sentence.start, chunk.start - 30), chunk.start));
}

/** "posted on X", "X, formerly Twitter": a letter on its own names a platform only when the words around say so. */
function isPlatformLetter(doc: Doc, chunk: Chunk): boolean {
  const before = doc.text.slice(Math.max(chunk.sentence.start, chunk.start - 30), chunk.start);
  const after = doc.text.slice(chunk.end, chunk.end + 40);
  return POSTED_ON.test(before) || FORMERLY_AFTER.test(after);
}

/**
 * "from Humane, the startup behind ...", "Humane's co-founders": a word that is also a common word names a company
 * when the words around it describe a company, and no article makes it a common noun ("the Board's chairman"); a
 * company's ending on its own ("Holdings, the parent company") does not.
 */
function namesCompany(doc: Doc, chunk: Chunk): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(chunk.text) || ORGANIZATION_ENDINGS.has(chunk.text.toLowerCase())) return false;
  if (/\b(?:the|a|an|this|that|its|their)\s+$/iu.test(doc.text.slice(Math.max(0, chunk.start - 8), chunk.start))) return false;
  // A word compromise knows needs a telling context; one that only ends like a common noun ("Bpifrance") a hint.
  return (organizationContext(doc, chunk)?.strength ?? 0) >= (isCommonWord(chunk.text) ? 2 : 1);
}

/**
 * A chunk inside a quoted title written in title case ("titled his video “The Worst Phone I’ve Ever Used”"): the
 * title of a work, not names. Looks at most a title's length either side, within the paragraph.
 */
function inQuotedTitle(doc: Doc, chunk: Chunk): boolean {
  const { text } = doc;
  const before = text.slice(Math.max(0, chunk.start - QUOTED_TITLE_LENGTH), chunk.start);
  const after = text.slice(chunk.end, chunk.end + QUOTED_TITLE_LENGTH);
  const open = Math.max(before.lastIndexOf('“'), before.search(/"[^"\n]*$/u));
  const close = after.search(/[”"]/u);
  if (open < 0 || close < 0 || /[”\n]/u.test(before.slice(open)) || after.slice(0, close).includes('\n')) return false;
  const quoted = `${before.slice(open + 1)}${chunk.text}${after.slice(0, close)}`;
  const words = quoted.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length >= 4 && words.every((word) => /^\p{Lu}/u.test(word) || TITLE_SMALL_WORDS.has(word));
}

const QUOTED_TITLE_LENGTH = 120;
/** Words a title in title case may leave in lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'vs']);
