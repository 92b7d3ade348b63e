import type { EntityType } from '../../schemas/extract.js';
import type { ParsedDocument } from './document.js';
import { tagsOf, wordsOf, type Chunk, type Unit } from './entity-chunks.js';
import { taggedType, typeOf } from './entity-types.js';
import { COMMON_ACRONYMS, EVENT_ENDINGS, GAMES_EVENTS, GENERIC_WORDS, LAW_ENDINGS, isDemonym, isTitleWord, looksCommon } from './entity-words.js';
import type { LexiconEntry } from './lexicon.js';
import { lexiconTags } from './nlp.js';
import { HONORIFIC } from './titles.js';

/**
 * Whether a chunk names an entity, and as what: the filters for what is not one (nationality adjectives, events,
 * laws, titles of works, common words), lexicon names side by side, teams in tables, datelines; `typeOf` does the rest.
 */

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

// (?<!\w) and (?!\w) are word boundaries, as in patterns.ts.
/** A kind of creative work before a name makes the name the work's title ("the film Star Wars"). */
const WORK_BEFORE =
  /(?<!\w)(?:film|movie|book|novel|song|album|show|series|programme|program|musical|documentary|sitcom|drama|comedy|play|opera|poem|single|track)\s*[,:]?\s*["“‘']?(?:the\s+|a\s+)?$/iu;

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
  const { type, strength } = typeOf(doc, chunk);
  return [candidate(chunk, type, strength)];
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
  const afterPlayer = /^\s*\)/u.test(after) && /\p{Lu}\p{Ll}+\s*\(\s*$/u.test(before) && !ACRONYM.test(chunk.text);
  return tabled || afterPlayer;
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
  const acronym = only !== undefined && ACRONYM.test(only.text);
  return { start: chunk.start, end: chunk.end, text: chunk.text, type, strength, ...(entry ? { entry } : {}), acronym };
}

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
    const common = ACRONYM.test(chunk.text) ? COMMON_ACRONYMS.has(last) || COMMON_ACRONYMS.has(last.replace(/s$/u, '')) : looksCommon(last);
    if (common) return false;
  }
  return !WORK_BEFORE.test(doc.text.slice(Math.max(chunk.sentence.start, chunk.start - 30), chunk.start));
}

