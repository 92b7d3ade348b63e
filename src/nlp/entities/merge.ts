import type { EntityType, Mention } from '../doc/layers.js';
import type { TypedMention } from './classify.js';
import { COMPANY_FINALS, CORPORATE_SUFFIXES } from '../lexicon/entity-words.js';
import { entryWritten, type LexiconEntry } from '../lexicon/lexicon.js';
import { GIVEN_NAME_HONORIFIC, HONORIFIC, surnameAmong } from '../lexicon/titles.js';
import { splitWords } from '../doc/words.js';

/** The mentions of one entity, with the evidence for its type. */
export interface Group {
  readonly mentions: Mention[];
  /** Per type, the strongest evidence and how many mentions gave it. */
  readonly votes: Map<EntityType, Vote>;
  entry: LexiconEntry | undefined;
  acronym: boolean;
}

/** The evidence for one type: the strongest, the rule that gave it, and how many mentions gave any. */
interface Vote {
  readonly strength: number;
  readonly count: number;
  readonly rule: string;
}

/** Legal and corporate endings a name may drop ("Microsoft Corp" is "Microsoft"). */
const LEGAL_ENDING = /\s+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|llp|ag|sa|nv|se|gmbh|group|holdings)\.?$/iu;
const CONNECTORS = new Set(['of', 'and', 'the', 'for', '&', 'de', 'du', 'la', 'le', 'von', 'van']);

const personalWords = (text: string) => splitWords(text).filter((word) => !HONORIFIC.test(word));

/** Lower case, without "the" or a legal ending: the key under which mentions of one name meet. */
function groupKeyOf(text: string): string {
  let key = text.replace(/^(\p{Lu}{2,})s$/u, '$1').toLowerCase().replace(/^the\s+/u, '').replace(/\s+/gu, ' ');
  for (let shorter = key.replace(LEGAL_ENDING, ''); shorter !== key && shorter; shorter = key.replace(LEGAL_ENDING, '')) key = shorter;
  return key;
}

/** The type the strongest evidence gives; more mentions break a tie. */
export function typeOfGroup(group: Group): EntityType {
  let best: [EntityType, Vote] | undefined;
  for (const vote of group.votes) {
    if (!best || vote[1].strength > best[1].strength || (vote[1].strength === best[1].strength && vote[1].count > best[1].count)) best = vote;
  }
  return best![0];
}

function vote(group: Group, type: EntityType, strength: number, rule: string, count = 1): void {
  const current = group.votes.get(type);
  const stronger = !current || strength > current.strength;
  group.votes.set(type, { strength: stronger ? strength : current.strength, count: (current?.count ?? 0) + count, rule: stronger ? rule : current.rule });
}

function absorb(into: Group, from: Group): void {
  into.mentions.push(...from.mentions);
  for (const [type, { strength, count, rule }] of from.votes) vote(into, type, strength, rule, count);
  into.entry ??= from.entry;
}

/**
 * Mentions of one entity as one group: the same name (less "the", a legal ending or a possessive), a lexicon
 * entry's forms, a surname or "Mr X" for a full name, an abbreviation for the name it abbreviates or follows in
 * parentheses, the first word of a company's name for the company ("Take-Two" for "Take-Two Interactive").
 */
export function groupMentions(text: string, candidates: readonly TypedMention[]): Group[] {
  const byKey = new Map<string, Group>();
  const groupOf = new Map<TypedMention, Group>();
  for (const candidate of candidates) {
    const entry = candidate.entry ?? entryWritten(groupKeyOf(candidate.text));
    const key = entry ? `lexicon:${entry.name}` : groupKeyOf(candidate.text);
    let group = byKey.get(key);
    if (!group) {
      group = { mentions: [], votes: new Map(), entry, acronym: candidate.acronym };
      byKey.set(key, group);
    }
    group.mentions.push({ start: candidate.start, end: candidate.end, text: candidate.text });
    if (candidate.entry || !entry) vote(group, candidate.type, candidate.strength, candidate.rule);
    else vote(group, entry.type, 3, 'lexicon');
    groupOf.set(candidate, group);
  }
  const merged = new Map<Group, Group>();
  const find = (group: Group): Group => {
    let found = group;
    while (merged.has(found)) found = merged.get(found)!;
    return found;
  };
  const merge = (from: Group, into: Group) => {
    const a = find(from);
    const b = find(into);
    if (a === b || (a.entry && b.entry)) return;
    absorb(b, a);
    merged.set(a, b);
  };
  for (const [candidate, acronymGroup] of parentheticalAcronyms(text, candidates, groupOf)) merge(acronymGroup, groupOf.get(candidate)!);
  const groups = [...byKey.values()];
  shareEvidence(groups);
  mergeShortForms(groups, merge, find);
  return groups.filter((group) => !merged.has(group));
}

/** "the Federal Trade Commission (FTC)": the acronym right after a name, in parentheses, is that name's. */
function parentheticalAcronyms(text: string, candidates: readonly TypedMention[], groupOf: Map<TypedMention, Group>): [TypedMention, Group][] {
  const pairs: [TypedMention, Group][] = [];
  for (let i = 1; i < candidates.length; i++) {
    const previous = candidates[i - 1]!;
    const current = candidates[i]!;
    const abbreviation = current.acronym ? abbreviates(current.text, previous.text) : spellsInitials(current.text, previous.text);
    if ((current.entry && previous.entry) || !abbreviation) continue;
    if (/^(?:['’]s?)?\s*\(\s*$/u.test(text.slice(previous.end, current.start)) && /^\s*\)/u.test(text.slice(current.end, current.end + 3))) {
      pairs.push([previous, groupOf.get(current)!]);
    }
  }
  return pairs;
}

/**
 * What one name tells about another: "Mr San" makes "Jez San" a person; "MDA IV", a product, makes "MDA" the
 * product line.
 */
function shareEvidence(groups: readonly Group[]): void {
  const addressed = new Set<string>();
  const lines = new Set<string>();
  for (const group of groups) {
    for (const { text } of group.mentions) {
      const words = splitWords(text);
      if (words.length === 2 && HONORIFIC.test(words[0]!)) addressed.add(words[1]!.toLowerCase());
    }
    const words = splitWords(fullestForm(group));
    if (typeOfGroup(group) === 'product' && words.length >= 2) lines.add(words[0]!.toLowerCase());
  }
  for (const group of groups) {
    if (group.entry) continue;
    const words = splitWords(fullestForm(group));
    const last = words[words.length - 1]!.toLowerCase();
    if (words.length >= 2 && words.length <= 3 && !HONORIFIC.test(words[0]!) && addressed.has(last)) vote(group, 'person', 3, 'addressed-as-person');
    // Not a company that the article gives evidence for ("Altium" and its "Altium Designer").
    const company = (group.votes.get('organization')?.strength ?? 0) >= 1;
    if (words.length === 1 && (lines.has(last) || lines.has(last.replace(/s$/u, ''))) && typeOfGroup(group) !== 'person' && !company) vote(group, 'product', 2, 'product-line');
  }
}

/** An abbreviation may stand for a name that starts with its first letter ("FTC" for "Federal Trade Commission"). */
function abbreviates(abbreviation: string, name: string): boolean {
  return abbreviation.charAt(0).toUpperCase() === name.replace(/^the\s+/iu, '').charAt(0).toUpperCase();
}

/**
 * "Apacs" for "Association for Payment Clearing Services": a short word in mixed case abbreviates a name of two or
 * more words when the initials of the name's own words appear in it in order, the first letter first.
 */
function spellsInitials(abbreviation: string, name: string): boolean {
  if (!/^\p{Lu}\p{L}{1,7}$/u.test(abbreviation)) return false;
  const initials = splitWords(name).filter((word) => !CONNECTORS.has(word.toLowerCase())).map((word) => word.charAt(0).toLowerCase());
  const letters = abbreviation.toLowerCase();
  if (initials.length < 2 || letters[0] !== initials[0] || letters.length > 2 * initials.length) return false;
  let at = 0;
  for (const initial of initials) {
    at = letters.indexOf(initial, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * A surname, "Mr X", a company's first word, or an abbreviation joins the full name the article uses; a surname
 * joins "Mr X" when that is all the article gives.
 */
function mergeShortForms(groups: readonly Group[], merge: (from: Group, into: Group) => void, find: (group: Group) => Group): void {
  const people = new Map<string, Group>();
  const addressed = new Map<string, Group>();
  const companies = new Map<string, Group>();
  const initials = new Map<string, Group>();
  // "Blue Crane" of "Blue Crane Studios": a company's name without its endings, when it keeps two words or more.
  const stems = new Map<string, Group>();
  // Given names and the last words of products' names, kept only when one entity has them ("Dame Melanie", "the Deck").
  const given = new Unique();
  const productEnds = new Unique();
  for (const group of groups) {
    const name = fullestForm(group);
    const words = personalWords(name);
    const type = typeOfGroup(group);
    if (type === 'person' && words.length >= 2) setOnce(people, surnameAmong(words).toLowerCase(), group);
    if (type === 'person' && words.length >= 2) given.add(words[0]!.toLowerCase(), group);
    if (type === 'product' && words.length >= 2) productEnds.add(singularKey(words[words.length - 1]!), group);
    if (type === 'person' && words.length === 1 && group.mentions.some((m) => HONORIFIC.test(splitWords(m.text)[0]!))) {
      setOnce(addressed, words[0]!.toLowerCase(), group);
    }
    if (type === 'organization' && words.length >= 2 && !group.entry) setOnce(companies, words[0]!.toLowerCase(), group);
    const stem = type === 'organization' && !group.entry ? withoutCompanyEndings(words) : [];
    if (stem.length >= 2 && stem.length < words.length) setOnce(stems, stem.join(' ').toLowerCase(), group);
    if (type !== 'person' && words.length >= 2) for (const abbreviation of abbreviationsOf(words)) setOnce(initials, abbreviation, group);
  }
  for (const group of groups) {
    const words = personalWords(fullestForm(find(group)));
    const longer = stems.get(words.join(' ').toLowerCase());
    // Not a person a title or an honorific names ("Mr Blue Crane"): a guess of person is no evidence against it.
    if (words.length >= 2 && !group.entry && longer && (group.votes.get('person')?.strength ?? 0) < 2) merge(group, longer);
    if (words.length !== 1) continue;
    const word = words[0]!;
    if (group.entry) {
      // "Renesas" (listed) and "Renesas Electronics", "ASML" and "ASML Holding": the company with its corporate suffix.
      const company = companies.get(word.toLowerCase());
      if (group.entry.type === 'organization' && company && hasOnlySuffixesAfter(fullestForm(find(company)), word)) merge(group, company);
      continue;
    }
    const key = word.toLowerCase();
    const person = people.get(key) ?? otherThan(group, addressed.get(key));
    const company = companies.get(key);
    const abbreviated = group.acronym ? initials.get(word.replace(/s$/u, '')) : undefined;
    // "Dame Melanie" for "Melanie Dawes"; "the Deck" for "Steam Deck" when nothing but a guess or a hint typed it.
    const addressedByGiven = group.mentions.some((m) => GIVEN_NAME_HONORIFIC.test(splitWords(m.text)[0]!));
    const loose = addressedByGiven ? given.get(key) : strongestVote(group) <= 1 ? productEnds.get(singularKey(word)) : undefined;
    const into = person ?? (typeOfGroup(group) !== 'person' ? company ?? abbreviated : undefined) ?? loose;
    if (into) merge(group, into);
  }
}

const otherThan = (group: Group, found: Group | undefined) => (found === group ? undefined : found);


/** A product's last word, written in the plural or not ("Steam Decks", "the Deck"). */
const singularKey = (word: string) => word.toLowerCase().replace(/s$/u, '');

const strongestVote = (group: Group) => Math.max(...[...group.votes.values()].map((v) => v.strength));

/** Keys that name one group only: a key two groups share names neither. */
class Unique {
  private readonly groups = new Map<string, Group | null>();
  add(key: string, group: Group): void {
    this.groups.set(key, this.groups.has(key) && this.groups.get(key) !== group ? null : group);
  }
  get(key: string): Group | undefined {
    return this.groups.get(key) ?? undefined;
  }
}

/**
 * A company's name less the endings a company drops ("Blue Crane" of "Blue Crane Studios Ltd"); not those of an
 * institution named after a place ("New Zealand Press Association", "U.S. District Court").
 */
function withoutCompanyEndings(words: readonly string[]): readonly string[] {
  let end = words.length;
  while (end > 0 && COMPANY_FINALS.has(words[end - 1]!.toLowerCase().replace(/\.$/u, ''))) end--;
  return words.slice(0, end);
}

/** "Renesas Electronics" after "Renesas", "Alibaba Group Holding" after "Alibaba". */
function hasOnlySuffixesAfter(name: string, word: string): boolean {
  const words = splitWords(name);
  return words[0] === word && words.length > 1 && words.slice(1).every((rest) => CORPORATE_SUFFIXES.has(rest.toLowerCase().replace(/\.$/u, '')));
}

function setOnce(map: Map<string, Group>, key: string, group: Group): void {
  if (!map.has(key)) map.set(key, group);
}

/** "Consumer Electronics Association" → "CEA"; "US Environmental Protection Agency" → "USEPA" and "EPA". */
function abbreviationsOf(words: readonly string[]): string[] {
  const significant = words.filter((word) => !CONNECTORS.has(word.toLowerCase()));
  const letters = significant.map((word) => word.replace(/[^\p{L}\p{N}]/gu, '').charAt(0).toUpperCase()).join('');
  return letters.length >= 2 ? [letters, ...(letters.length >= 3 ? [letters.slice(1)] : [])] : [];
}

/** The fullest form: a form without an honorific, with the most words, the longest. */
export function fullestForm(group: Group): string {
  let best = group.mentions[0]!.text;
  let bestRank = rank(best);
  for (const { text } of group.mentions) {
    if (text === best) continue;
    const textRank = rank(text);
    const [a, b, c] = textRank;
    const [x, y, z] = bestRank;
    if (a > x || (a === x && (b > y || (b === y && c > z)))) {
      best = text;
      bestRank = textRank;
    }
  }
  return best;
}

/** What makes a form fuller: no honorific, then more words, then more characters. */
function rank(form: string): readonly [number, number, number] {
  const words = splitWords(form);
  return [HONORIFIC.test(words[0] ?? '') ? 0 : 1, words.length, form.length];
}
