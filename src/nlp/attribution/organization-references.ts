import type { Speaker } from '../doc/layers.js';
import { sentenceAt } from '../doc/document.js';
import { fallsBackToSalient, kindOf, ORGANIZATION_DESCRIPTORS, ORGANIZATION_REFERENCE_NOUNS, TWO_ORGANIZATION_NOUNS } from '../lexicon/organization-nouns.js';
import { matchesWithHint } from '../doc/patterns.js';
import { ANTECEDENT_REACH, isQuoted, latestMention, overlapsAny, type Candidate, type NameMention, type SpeakerContext } from './speaker-context.js';
import { firstAtOrAfter, startOf } from '../doc/spans.js';
import { REACH, isVerb } from '../doc/words.js';
import { hasAnyTag, isCapitalised, notNameTags, PERSON_TAGS } from '../doc/name-runs.js';

// Organizations referred to without their names: "it", "the company", "the watchdog", "India's largest bank", "the
// companies".

/** The latest organization named before `offset`, outside quotations: what "the report" stands for. */
export function latestOrganization(ctx: SpeakerContext, offset: number): Speaker | null {
  return latestMention(ctx, offset, (m) => isOrganizationReferent(ctx, m))?.speaker ?? null;
}

/**
 * What "it" stands for as a speaker: an organization, never a product or place. The latest organization that was the
 * subject of this sentence or the one before ("T-Mobile said ... It announced"), named or described as a sentence
 * opened ("The regulator said ... . ..., it said"), else the article's organization nearby.
 */
export function organizationForIt(ctx: SpeakerContext, offset: number): Speaker | null {
  const from = ctx.sentences[Math.max(0, sentenceAt(ctx, offset) - 1)]!.start;
  const subject = latestMention(ctx, offset, (m) => m.start >= from && isOrganizationReferent(ctx, m) && isSubjectMention(ctx, m));
  const described = organizationReferencesIn(ctx, from, offset).findLast(
    (c) => c.speaker && atSentenceStart(ctx, c.start) && !isQuoted(ctx, c.start) && (!subject || c.start > subject.start),
  );
  return described?.speaker ?? subject?.speaker ?? salientOrganization(ctx, offset);
}

const atSentenceStart = (ctx: SpeakerContext, at: number) => ctx.text.slice(ctx.sentences[sentenceAt(ctx, at)]!.start, at).trim() === '';

/**
 * A mention that is a clause's subject: no preposition or possessive before it, and a verb right after it, past an
 * abbreviation, an aside and adverbs: "T-Mobile also said", "the British Phonographic Industry (BPI) said", "Acme, which
 * makes chips, said".
 */
function isSubjectMention(ctx: SpeakerContext, mention: NameMention): boolean {
  const { text, tokens } = ctx;
  const first = firstAtOrAfter(tokens, mention.start, startOf);
  const before = tokens[first - 1];
  if (before && before.sentence === tokens[first]?.sentence && (before.tags.has('Preposition') || before.tags.has('Possessive'))) return false;
  const at = mention.end + (ABBREVIATION_AFTER.exec(text.slice(mention.end, mention.end + 50))?.[0].length ?? 0);
  if (verbFollows(ctx, at)) return true;
  // "The regulator, Ofcom, is also watching": the name stands beside the subject, its closing comma before the verb.
  const sentenceStart = ctx.sentences[sentenceAt(ctx, mention.start)]!.start;
  if (DESCRIPTION_OPENING.test(text.slice(sentenceStart, mention.start)) && text[at] === ',' && verbFollows(ctx, at + 1)) return true;
  const aside = ASIDE_AFTER.exec(text.slice(at, at + 250));
  return aside !== null && verbFollows(ctx, at + aside[0].length);
}

/** A verb (not a gerund), past adverbs, within three words of `at` and nothing but spaces before it. */
function verbFollows(ctx: SpeakerContext, at: number): boolean {
  const { text, tokens } = ctx;
  for (let i = firstAtOrAfter(tokens, at, startOf), words = 0; i < tokens.length && words < 3; i++, words++) {
    const token = tokens[i]!;
    if (text.slice(at, token.start).trim() !== '') return false;
    if (token.tags.has('Verb') && !token.tags.has('Gerund') && !token.tags.has('Pronoun')) return true;
    if (!token.tags.has('Adverb')) return false;
    at = token.end;
  }
  return false;
}

/** A sentence that opens with a description and a comma, the name after it in apposition ("The regulator, "). */
const DESCRIPTION_OPENING = /^\s*(?:The|the)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s+$/u;

const ABBREVIATION_AFTER = /^\s*\([^()]{1,40}\)/u;
const ASIDE_AFTER = /^,[^,;]{1,200},/u;

/**
 * What "the company" or an unnamed spokesperson stands for: the company the article is about, the most salient
 * organization named in the last few sentences, rather than an investor or rival named in passing since.
 */
export function salientOrganization(ctx: SpeakerContext, offset: number, fits: (mention: NameMention) => boolean = () => true): Speaker | null {
  const accepts = (m: NameMention) => isOrganizationReferent(ctx, m) && fits(m);
  const latest = latestMention(ctx, offset, accepts);
  if (!latest) return null;
  const from = sentenceAt(ctx, offset) - RECENT_SENTENCES;
  const last = firstAtOrAfter(ctx.speakers.names, offset, startOf) - 1;
  let best = latest;
  for (let i = last; i >= 0 && i > last - ANTECEDENT_REACH && sentenceAt(ctx, ctx.speakers.names[i]!.start) >= from; i--) {
    const mention = ctx.speakers.names[i]!;
    if (!isQuoted(ctx, mention.start) && accepts(mention) && salienceOf(ctx, mention) > salienceOf(ctx, best)) best = mention;
  }
  return best.speaker;
}

/** An organization something may refer back to; "its WSE-3 chip", "Acme's Orbit service" name a thing the organization has. */
function isOrganizationReferent(ctx: SpeakerContext, mention: NameMention): boolean {
  const { text } = ctx;
  if (mention.kind !== 'organization') return false;
  const from = Math.max(0, mention.start - 40);
  const before = text.slice(from, mention.start);
  const possessor = POSSESSED.exec(before);
  // "Japan's Kanazawa", "Britain's BT": a place's possessive describes the organization; "Acme's Orbit" is Acme's thing.
  const possessed = possessor !== null && !overlapsAny(ctx.speakers.places, { start: from + possessor.index, end: from + possessor.index + 1 });
  return !possessed && !ADDRESSED.test(before) && !/^-\d/u.test(text.slice(mention.end, mention.end + 2));
}

const POSSESSED = /(?:(?<!\w)(?:its|their|his|her|our)|\p{L}+['’]s?)\s+$/iu;
/**
 * "told the BBC", "said in an interview with Reuters", "speaking to CNBC", "was quoted by the FT": the outlet someone
 * spoke to is not what "it" or "the firm" stands for.
 */
const ADDRESSED = /(?<!\w)(?:told|telling|tells|(?:speaking|spoke|speaks|talking|talked)\s+(?:to|with)|quoted\s+by|(?:an\s+)?interview\s+with)\s+(?:the\s+)?$/iu;

/** How many sentences back an organization still counts as nearby. */
const RECENT_SENTENCES = 3;

function salienceOf(ctx: SpeakerContext, mention: NameMention): number {
  return ctx.speakers.organizations.find((e) => e.id === mention.speaker.entityId)?.salience ?? 0;
}

/** Words a description does not run across ("the deal with the company" is two phrases). */
const DESCRIPTION_BREAK = '(?:the|a|an|and|or|of|to|in|on|at|for|with|by|from|its|their|his|her|this|that|these|those)';
/**
 * "the company", "the iPhone maker", "the Dutch chip equipment maker", "India's second-largest IT services company",
 * "the world's biggest carmaker": an organization described, not named.
 */
const DESCRIPTION = new RegExp(
  `(?:\\b[Tt]he\\s+(?:(?:world|country|nation|industry|sector|region)['’]s\\s+)?|(?<possessor>\\b\\p{Lu}[\\p{L}.-]{0,30})['’]s?\\s+)` +
    `(?:(?!${DESCRIPTION_BREAK}\\s)[\\p{L}\\p{N}&.-]+\\s+){0,3}?(?<noun>${ORGANIZATION_REFERENCE_NOUNS.join('|')})\\b`,
  'gu',
);
const DESCRIPTION_HINT = new RegExp(ORGANIZATION_REFERENCE_NOUNS.join('|'), 'u');
/**
 * "the Kyoto-based developer", "the Paris-based publisher": where it is based makes a noun that may describe a person
 * or an organization ("developer") stand for an organization.
 */
const BASED_DESCRIPTION = new RegExp(
  `\\b[Tt]he\\s+(?:[\\p{L}.,-]+\\s+){0,3}?[\\p{L}.-]+-based\\s+(?:(?!${DESCRIPTION_BREAK}\\s)[\\p{Ll}-]+\\s+){0,2}?(?<noun>${[...ORGANIZATION_DESCRIPTORS].join('|')})\\b`,
  'gu',
);
/** "the companies said", "both firms": the two organizations the text is about. */
const TWO_ORGANIZATIONS = new RegExp(`\\b(?:[Tt]he|[Bb]oth)\\s+(?:two\\s+)?(?:${TWO_ORGANIZATION_NOUNS.join('|')})\\b`, 'gu');
const TWO_ORGANIZATIONS_HINT = new RegExp(TWO_ORGANIZATION_NOUNS.join('|'), 'u');

/** The descriptions in [start, end) that stand for organizations ("the watchdog", "the two companies"), each resolved. */
export function organizationReferencesIn(ctx: SpeakerContext, start: number, end: number): Candidate[] {
  const slice = ctx.text.slice(start, end);
  const found: Candidate[] = [];
  const described = [...matchesWithHint(slice, DESCRIPTION, DESCRIPTION_HINT)];
  for (const match of matchesWithHint(slice, BASED_DESCRIPTION, /-based/u)) {
    if (!described.some((other) => other.index === match.index)) described.push(match);
  }
  for (const match of described.sort((a, b) => a.index - b.index)) {
    const at = start + match.index;
    const speaker = describedOrganization(ctx, match, at);
    if (speaker !== undefined) found.push({ start: at, end: at + match[0].length, resolver: 'organization-description', personal: false, speaker });
  }
  for (const match of matchesWithHint(slice, TWO_ORGANIZATIONS, TWO_ORGANIZATIONS_HINT)) {
    const at = start + match.index;
    const [first, ...others] = organizationsTogether(ctx, at);
    found.push({ start: at, end: at + match[0].length, resolver: 'two-organizations', personal: false, speaker: first ?? null, coSpeakers: others });
  }
  return found;
}

/**
 * The organization a description stands for: one named inside it ("the Acme group"); else the latest organization of
 * its kind ("the watchdog" → the regulator introduced earlier); else the article's organization nearby. Undefined when
 * the description is not one of an organization: "Acme's parent company" (someone else), "the startup Lumio" (a
 * descriptor of the name after it), "the network" with no network in sight.
 */
function describedOrganization(ctx: SpeakerContext, match: RegExpMatchArray, at: number): Speaker | null | undefined {
  const { text } = ctx;
  const end = at + match[0].length;
  const { possessor, noun } = match.groups!;
  if (possessor && !overlapsAny(ctx.speakers.places, { start: at, end: at + possessor.length })) return undefined;
  if (/^ +\p{Lu}/u.test(text.slice(end, end + 2))) return undefined;
  const inner = ctx.speakers.names[firstAtOrAfter(ctx.speakers.names, at, startOf)];
  if (inner && inner.end <= end && inner.kind === 'organization') return inner.speaker;
  const kind = kindOf(noun!);
  if (kind) {
    const fitting = salientOrganization(ctx, at, (m) => ctx.speakers.kinds.get(m.speaker.entityId ?? '')?.has(kind) ?? false);
    if (fitting) return fitting;
    if (!fallsBackToSalient(kind)) return undefined;
  }
  return salientOrganization(ctx, at) ?? previousSubjectName(ctx, at);
}

/** Most words in a name that opens a sentence as its subject. */
const SUBJECT_NAME_WORDS = 4;

/**
 * With no organization named anywhere before it, "the company" stands for the name that opens the sentence before as
 * its subject ("Point Nine was founded in 2015. The firm said"): a name the entities stage missed or took for a
 * person's, when nothing marks it as one (no first name, honorific or gender).
 */
function previousSubjectName(ctx: SpeakerContext, offset: number): Speaker | null {
  const index = sentenceAt(ctx, offset);
  const sentence = ctx.sentences[index - 1];
  if (!sentence || sentence.boilerplate) return null;
  const { tokens } = ctx;
  let end = sentence.tokenStart;
  while (end < sentence.tokenEnd && end - sentence.tokenStart < SUBJECT_NAME_WORDS && isNameWord(ctx, end)) end++;
  const verb = tokens[end];
  if (end === sentence.tokenStart || !verb || !isVerb(verb) || tokens.slice(sentence.tokenStart, end).some((t) => hasAnyTag(t.tags, PERSON_TAGS))) return null;
  const span = { start: tokens[sentence.tokenStart]!.start, end: tokens[end - 1]!.end };
  if (ctx.text.slice(span.start, span.end).includes(',') || overlapsAny(ctx.personNames.things, span)) return null;
  const name = ctx.text.slice(span.start, span.end);
  if (ctx.speakers.genders.has(name)) return null;
  const mention = ctx.speakers.names.find((m) => m.start === span.start && m.end === span.end);
  return mention?.speaker ?? { entityId: null, name };
}

/** A capitalised word that may be part of a name: no pronoun, determiner or other function word ("The", "It", "In"). */
function isNameWord(ctx: SpeakerContext, index: number): boolean {
  const token = ctx.tokens[index]!;
  return isCapitalised(token) && !hasAnyTag(token.tags, NOT_NAME_WORD_TAGS) && (index === 0 || !/[,;:]/u.test(ctx.tokens[index - 1]!.post));
}

const NOT_NAME_WORD_TAGS = notNameTags('pronoun', 'function');

/**
 * "the companies said": the two organizations its sentence names (before or after it), or failing that the two the sentence before names with
 * the first its subject ("Acme agreed to buy Lumio. The companies said ..."). None when it is not two.
 */
function organizationsTogether(ctx: SpeakerContext, offset: number): Speaker[] {
  const doc = ctx;
  const sentence = sentenceAt(doc, offset);
  const { start, end } = doc.sentences[sentence]!;
  const here = organizationsIn(ctx, Math.max(start, offset - REACH), Math.min(end, offset + REACH));
  if (here.length === 2 || sentence === 0) return here.length === 2 ? here.map((m) => m.speaker) : [];
  const previous = doc.sentences[sentence - 1]!;
  const before = organizationsIn(ctx, Math.max(previous.start, previous.end - REACH), previous.end);
  return before.length === 2 && isSubjectMention(ctx, before[0]!) ? before.map((m) => m.speaker) : [];
}

/** The distinct organizations named in [start, end), outside quotations and parentheses ("(Reuters)"), first mentions. */
function organizationsIn(ctx: SpeakerContext, start: number, end: number): NameMention[] {
  const { text } = ctx;
  const found: NameMention[] = [];
  for (let i = firstAtOrAfter(ctx.speakers.names, start, startOf); i < ctx.speakers.names.length && ctx.speakers.names[i]!.end <= end; i++) {
    const mention = ctx.speakers.names[i]!;
    const parenthesised = text[mention.start - 1] === '(' && text[mention.end] === ')';
    if (mention.kind === 'organization' && !parenthesised && !isQuoted(ctx, mention.start) && !found.some((m) => m.speaker.name === mention.speaker.name)) found.push(mention);
  }
  return found;
}
