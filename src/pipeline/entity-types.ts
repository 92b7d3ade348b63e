import type { EntityType } from '../../schemas/extract.js';
import type { ParsedDocument } from './document.js';
import { isCommonWord, isTitleWord, type Chunk, type Unit } from './entity-chunks.js';
import {
  COMMON_ACRONYMS,
  COMPASS,
  EVENT_ENDINGS,
  GAMES_EVENTS,
  GENERIC_WORDS,
  LAW_ENDINGS,
  MORE_DEMONYMS,
  ORGANIZATION_ENDINGS,
  ORGANIZATION_HEADS,
  ORGANIZATION_NOUNS,
  OWNED_BY_ORGANIZATION,
  PLACE_ENDINGS,
  PLACE_HEADS,
  PRODUCT_ENDINGS,
  PRODUCT_NOUNS,
} from './entity-words.js';
import type { LexiconEntry } from './lexicon.js';
import { lexiconTags } from './nlp.js';
import { HONORIFIC, TITLE_AFTER, TITLE_BEFORE } from './titles.js';

/** A typed mention: how sure the type is (3 a lexicon entry or a telling word, 2 a strong cue, 1 a hint, 0 a guess). */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: EntityType;
  readonly strength: number;
  readonly entry?: LexiconEntry;
  /** An acronym in capitals ("FTC"), which may stand for a longer name. */
  readonly acronym: boolean;
}

const ACRONYM = /^(?=[\p{Lu}\d&.-]*\p{Lu}[\p{Lu}\d&.-]*\p{Lu})[\p{Lu}\d&.-]{2,8}s?$/u;
/** A kind of creative work before a name makes the name the work's title ("the film Star Wars"). */
const WORK_BEFORE = /\b(?:film|movie|book|novel|song|album|show|series|programme|program|musical|documentary|sitcom|drama|comedy|play|opera|poem|single|track)\s*[,:]?\s*["“‘']?$/iu;
const PLACE_BEFORE = /\b(?:in|near|across|throughout|outside|inside|around|to|from)\s+(?:the\s+)?$/iu;

/** The chunk as typed mentions: usually one, none for a non-entity, several for adjacent lexicon names ("Uber-Waymo"). */
export function classify(doc: ParsedDocument, chunk: Chunk): Candidate[] {
  const { units } = chunk;
  if (isTeam(doc, chunk)) return [candidate(chunk, 'organization', 3, units.length === 1 ? units[0]!.form?.entry : undefined)];
  if (isDateline(doc, chunk)) return [candidate(chunk, 'place', 2)];
  if (units.every((unit) => unit.form)) return combinedForms(chunk);
  // "the European Commission Code of Conduct": the known name, then a name of its own that this chunk only begins.
  if (units[0]!.form && !units[1]!.form && /^\s+of\s+\p{Lu}/u.test(doc.text.slice(chunk.end, chunk.end + 8))) return [lexical(units[0]!)];
  if (chunk.shouting) {
    const type = taggedType(doc, units);
    return type ? [candidate(chunk, type, 1)] : [];
  }
  if (!isEntity(doc, chunk)) return [];
  const typed = typeOf(doc, chunk);
  return typed ? [candidate(chunk, typed.type, typed.strength)] : [];
}

/** Up to 80 characters of the chunk's line before it (from the line's start when that is nearer), and after it. */
function lineAround(doc: ParsedDocument, chunk: Chunk): { before: string; after: string } {
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
function isTeam(doc: ParsedDocument, chunk: Chunk): boolean {
  const country = (unit: Unit) => tagsOf(doc, unit).has('Country') || lexiconTags(unit.text).includes('Country');
  if (chunk.units.some((unit) => country(unit) || unit.form?.entry.type === 'organization')) return false;
  const { before, after } = lineAround(doc, chunk);
  const tabled = /^\s+\d{1,3}(?![\d.,:-]\S)(?:\s|$)/u.test(after) && (/^\s*$/u.test(before) || /(?:\d|\))\s+$/u.test(before));
  return tabled || (/\p{L}\s*\(\s*$/u.test(before) && /^\s*\)/u.test(after) && !ACRONYM.test(chunk.text) && /\p{Lu}\p{Ll}+\s*\(\s*$/u.test(before));
}

/** A wire dateline: a line opening with a place in capitals, then a region, a date or the agency ("VAIL , Colorado 1996-12-07"). */
function isDateline(doc: ParsedDocument, chunk: Chunk): boolean {
  const { before, after } = lineAround(doc, chunk);
  return /^\s*$/u.test(before) && chunk.text === chunk.text.toUpperCase() && /^\s*(?:,\s*\p{Lu}|\(|\d{4}-\d{2}-\d{2}|-|–|—)/u.test(after);
}

/**
 * Lexicon names side by side: a maker's product is the product ("Sony PlayStation 2"), a country's agency the
 * agency ("U.S. Securities and Exchange Commission"); other neighbours are separate names ("Uber-Waymo").
 */
function combinedForms(chunk: Chunk): Candidate[] {
  const { units } = chunk;
  const entries = units.map((unit) => unit.form!.entry);
  const last = entries[entries.length - 1]!;
  const leading = entries.slice(0, -1);
  if (units.length > 1 && last.type === 'product' && leading.every((entry) => entry.type === 'organization')) return [candidate(chunk, 'product', 3, last)];
  // "Mario Kart DS": a product for a platform is a product of its own.
  if (units.length > 1 && last.type === 'product' && leading.every((entry) => entry.type !== 'place')) return [candidate(chunk, 'product', 2)];
  if (units.length === 2 && last.type === 'organization' && leading[0]!.type === 'place') return [candidate(chunk, 'organization', 3, last)];
  return units.map(lexical);
}

function lexical(unit: Unit): Candidate {
  const entry = unit.form!.entry;
  return { start: unit.start, end: unit.end, text: unit.text, type: entry.type, strength: 3, entry, acronym: ACRONYM.test(unit.text) };
}

function candidate(chunk: Chunk, type: EntityType, strength: number, entry?: LexiconEntry): Candidate {
  const only = chunk.units.length === 1 ? chunk.units[0]! : undefined;
  return { start: chunk.start, end: chunk.end, text: chunk.text, type, strength, ...(entry ? { entry } : {}), acronym: only !== undefined && ACRONYM.test(only.text) };
}

/** Endings of English common nouns and adjectives that names rarely have ("Distribution", "Electrical"). */
const COMMON_NOUN = /(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|ical|ics|onal|ral|tal)$/iu;

/** A common word compromise knows, or an unknown word with a common noun's ending. */
const looksCommon = (word: string) => isCommonWord(word) || (COMMON_NOUN.test(word) && lexiconTags(word).length === 0);

const isDemonym = (word: string) =>
  lexiconTags(word).includes('Demonym') || MORE_DEMONYMS.has(word.toLowerCase()) || /^\p{Lu}\p{Ll}+(?:ese|ean|ish)$/u.test(word);

const wordsOf = (chunk: Chunk) => chunk.units.map((unit) => unit.text.toLowerCase().replace(/\.$/u, ''));
const tagsOf = (doc: ParsedDocument, unit: Unit): ReadonlySet<string> => doc.tokens[unit.first]!.tags;

/** Nationality adjectives, events, titles, common abbreviations and the titles of works are not entities. */
function isEntity(doc: ParsedDocument, chunk: Chunk): boolean {
  const words = wordsOf(chunk);
  const last = words[words.length - 1]!;
  const lastUnit = chunk.units[chunk.units.length - 1]!;
  if (words.every((word) => isTitleWord(word) || HONORIFIC.test(word))) return false;
  // A title that opens with a verb form names a work ("the bestselling Being Digital").
  if (words.length > 1 && lexiconTags(words[0]!).includes('Gerund')) return false;
  // A letter on its own ("Group C", "Plan B") or a row of short column heads ("W L T PF PA") names nothing.
  if ((/^\p{Lu}$/u.test(lastUnit.text) && /\s/u.test(doc.text[lastUnit.start - 1] ?? '')) || chunk.units.every((unit) => unit.text.length <= 2 && !unit.form)) return false;
  if (!lastUnit.form && isDemonym(last)) return false;
  if ((GENERIC_WORDS.has(last) && GENERIC_WORDS.has(words[0]!)) || EVENT_ENDINGS.has(last) || LAW_ENDINGS.has(last) || (last === 'games' && (GAMES_EVENTS.has(words[0]!) || isDemonym(words[0]!)))) return false;
  // "Section 230", "Phase 3": a common word and a number.
  if (words.length === 2 && /^\d+$/u.test(last) && !chunk.units[0]!.form && looksCommon(words[0]!)) return false;
  if (words.length === 1 && !chunk.titled) {
    if (ACRONYM.test(chunk.text) ? COMMON_ACRONYMS.has(last) || COMMON_ACRONYMS.has(last.replace(/s$/u, '')) : looksCommon(last)) return false;
  }
  return !WORK_BEFORE.test(doc.text.slice(Math.max(chunk.sentence.start, chunk.start - 30), chunk.start));
}

interface Typed {
  readonly type: EntityType;
  readonly strength: number;
}

function typeOf(doc: ParsedDocument, chunk: Chunk): Typed | null {
  return (
    byProductLine(chunk) ??
    byWords(doc, chunk) ??
    byLexiconPart(chunk) ??
    asPerson(doc, chunk) ??
    byGazetteer(doc, chunk) ??
    byPersonShape(doc, chunk) ??
    byContext(doc, chunk) ??
    byTags(doc, chunk) ??
    byProductNoun(doc, chunk) ??
    byShape(chunk)
  );
}

/** The words of the name itself: "Mr", "Inc", "University of", "Valley", "Western". */
function byWords(doc: ParsedDocument, chunk: Chunk): Typed | null {
  const words = wordsOf(chunk);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (HONORIFIC.test(chunk.units[0]!.text) && words.length > 1) return { type: 'person', strength: 3 };
  if (ORGANIZATION_ENDINGS.has(last) && words.length > 1) return { type: 'organization', strength: 3 };
  if (chunk.office) return { type: 'organization', strength: 2 };
  const of = words.includes('of') || words.includes('for');
  if (words.some((word, i) => ORGANIZATION_HEADS.has(word) && ['of', 'for'].includes(words[i + 1] ?? ''))) return { type: 'organization', strength: 3 };
  if (of && PLACE_HEADS.has(first)) return { type: 'place', strength: 3 };
  if (PLACE_ENDINGS.has(last) && words.length > 1) return { type: 'place', strength: 2 };
  if (words.length > 1 && (PRODUCT_ENDINGS.has(last) || first === 'project')) return { type: 'product', strength: 2 };
  if (isModelCode(chunk)) return { type: 'product', strength: 2 };
  const rest = chunk.units.slice(1);
  if (COMPASS.has(first) && rest.length && rest.every((unit) => unit.form?.entry.type === 'place' || tagsOf(doc, unit).has('Place'))) {
    return { type: 'place', strength: 2 };
  }
  return null;
}

/** A known product with more words is a version of it ("Windows Media Center", "Galaxy S24 Ultra"). */
function byProductLine(chunk: Chunk): Typed | null {
  const connected = wordsOf(chunk).some((word) => word === 'of' || word === 'for');
  return chunk.units[0]!.form?.entry.type === 'product' && !connected ? { type: 'product', strength: 2 } : null;
}

/** A lexicon name with more words: a product of a known brand ("Apple Arcade", "Stadia Pro", "Motorola Razr V3"). */
function byLexiconPart(chunk: Chunk): Typed | null {
  const types = chunk.units.flatMap((unit) => (unit.form ? [unit.form.entry.type] : []));
  if (types.includes('product')) return { type: 'product', strength: 2 };
  if (types[0] === 'organization' && chunk.units[0]!.form) return { type: 'product', strength: 1 };
  return null;
}

/** A person: introduced by a title ("analyst Tom Lee", "President Xi"), followed by one, or with a first name the tagger knows. */
function asPerson(doc: ParsedDocument, chunk: Chunk): Typed | null {
  const { units } = chunk;
  if (units.length > 4) return null;
  if (chunk.titled) return { type: 'person', strength: 2 };
  const before = doc.text.slice(Math.max(chunk.sentence.start, chunk.start - 30), chunk.start);
  const after = doc.text.slice(chunk.end, Math.min(chunk.sentence.end, chunk.end + 80));
  if (TITLE_BEFORE.test(before) || TITLE_AFTER.test(after) || /^,\s+\d{1,3},/u.test(after)) return { type: 'person', strength: 2 };
  const first = tagsOf(doc, units[0]!);
  if (units.length > 1 && (first.has('FirstName') || /^\p{Lu}$/u.test(units[0]!.text))) return { type: 'person', strength: 2 };
  if (units.every((unit) => tagsOf(doc, unit).has('Person'))) return { type: 'person', strength: 1 };
  return null;
}

/** The words around the name: "-based", "Acme's chief executive", "research firm Acme", "the Foo console", "in Foo". */
function byContext(doc: ParsedDocument, chunk: Chunk): Typed | null {
  const { text } = doc;
  const after = text.slice(chunk.end, Math.min(chunk.sentence.end, chunk.end + 40));
  const before = text.slice(Math.max(chunk.sentence.start, chunk.start - 40), chunk.start);
  if (/^-based\b/iu.test(after)) return { type: 'place', strength: 2 };
  if (/^\s+administration\b/u.test(after)) return { type: 'person', strength: 2 };
  const owned = /^['’]s?\s+(?:[\p{Ll}-]+\s+)?([\p{L}-]+)/u.exec(after);
  if (owned && OWNED_BY_ORGANIZATION.has(owned[1]!.toLowerCase())) return { type: 'organization', strength: 1 };
  const noun = /([\p{Ll}-]+)\s+$/u.exec(before)?.[1];
  if (noun && ORGANIZATION_NOUNS.has(noun)) return { type: 'organization', strength: 1 };
  // "Motorola's MPx": a one-word name a company owns is its product.
  if (chunk.units.length === 1 && /\b(?:[\p{Lu}][\p{L}&.-]*|\p{Ll}{1,2}\p{Lu}[\p{L}]*)['’]s?\s+$/u.test(before) && !/^\p{Lu}\p{Ll}+$/u.test(chunk.text)) {
    return { type: 'product', strength: 1 };
  }
  const plain = chunk.units.every((unit) => /^\p{Lu}\p{Ll}+$/u.test(unit.text) && !tagsOf(doc, unit).has('Person'));
  if (plain && PLACE_BEFORE.test(before)) return { type: 'place', strength: 1 };
  return null;
}

/** "MDA IV", "W800", "Razr V3", "Starfold 2": a model designation. */
function isModelCode(chunk: Chunk): boolean {
  const words = chunk.units.map((unit) => unit.text);
  const last = words[words.length - 1]!;
  if (words.length === 1) return /^\p{Lu}{1,3}\d{2,4}[\p{L}]?$/u.test(last);
  return /^(?:[IVX]{2,4}|\p{Lu}{0,2}\d{1,4}\p{L}?)$/u.test(last);
}

/** Places compromise knows by name (countries, cities, regions) are places whatever is said around them. */
function byGazetteer(doc: ParsedDocument, chunk: Chunk): Typed | null {
  const gazetteered = hasPlaceName(chunk.text) || chunk.units.every((unit) => GAZETTEER.some((tag) => tagsOf(doc, unit).has(tag)) || hasPlaceName(unit.text));
  return gazetteered ? { type: 'place', strength: 2 } : null;
}

const GAZETTEER = ['Country', 'City', 'Region'];
/** compromise's lexicon lists the name as a country, city or region, whatever the context made of it. */
const hasPlaceName = (name: string) => lexiconTags(name).some((tag) => GAZETTEER.includes(tag));

/** Two or three plain capitalised words that are no common words and that nothing else types: a person's name ("Takuya Takagi"). */
function byPersonShape(doc: ParsedDocument, chunk: Chunk): Typed | null {
  const { units } = chunk;
  if (units.length < 2 || units.length > 3) return null;
  const shaped = units.every((unit) => !unit.form && /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(unit.text));
  const plain = shaped && !isCommonWord(units[0]!.text) && !units.some((unit) => ORGANIZATION_ENDINGS.has(unit.text.toLowerCase()) || looksCommon(unit.text));
  const known = lexiconTags(units[units.length - 1]!.text);
  return plain && !['Place', 'City', 'Country', 'Region', 'Organization'].some((tag) => known.includes(tag)) ? { type: 'person', strength: 1 } : null;
}

/** "the Foo console", "its Bar app". */
function byProductNoun(doc: ParsedDocument, chunk: Chunk): Typed | null {
  const next = /^\s+([\p{Ll}-]+)/u.exec(doc.text.slice(chunk.end, Math.min(chunk.sentence.end, chunk.end + 30)))?.[1];
  return next && PRODUCT_NOUNS.has(next) ? { type: 'product', strength: 1 } : null;
}

/** compromise's own reading of the words. */
function byTags(doc: ParsedDocument, chunk: Chunk): Typed | null {
  const type = taggedType(doc, chunk.units);
  return type ? { type, strength: 1 } : null;
}

function taggedType(doc: ParsedDocument, units: readonly Unit[]): EntityType | null {
  const votes = { person: 0, organization: 0, place: 0 };
  for (const unit of units) {
    const tags = tagsOf(doc, unit);
    if (tags.has('Person')) votes.person++;
    if (tags.has('Organization')) votes.organization++;
    if (tags.has('Place')) votes.place++;
  }
  const best = (Object.entries(votes) as [EntityType, number][]).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : null;
}

/** What the name's shape suggests: an acronym or a one-word brand is an organization, "iFoo" a product. */
function byShape(chunk: Chunk): Typed | null {
  if (chunk.units.length === 1 && /^\p{Ll}{1,2}\p{Lu}/u.test(chunk.text)) return { type: 'product', strength: 0 };
  return { type: 'organization', strength: 0 };
}
