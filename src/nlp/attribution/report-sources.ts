import type { Doc, Sentence } from '../doc/document.js';
import { punctuationAfter } from '../doc/name-runs.js';
import { isParticiple } from './reporting-cues.js';
import { firstAtOrAfter, startOf, type Span } from '../doc/spans.js';
import { CAPITALISED, MEDIUM, SPEAKING_FOR, type Cue } from './cues.js';
import { candidatesIn } from './mention-resolvers.js';
import type { Candidate, SpeakerContext } from './speaker-context.js';
import { isApposedName, isApposedToDescription, sourceOfCue, subjectBefore } from './subjects.js';
import { surnameAmong } from '../lexicon/titles.js';
import { REACH, isVerb, tail, wordCount } from '../doc/words.js';
import { CLOSING_COMMA } from '../doc/chars.js';
import { WEEKDAY } from '../doc/patterns.js';

// Who a reporting frame names: the subject of its cue or a source named after it, the words describing it, a second
// source joined to it, the listener told.

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const PERIOD = '(?:week|month|year|quarter|weekend|morning|afternoon|evening|night|spring|summer|autumn|fall|winter)';
/**
 * When or how a subject spoke, between it and its verb: "Microsoft on Tuesday said", "Acme, in a statement, said",
 * "Smith last week told", "the company late on Friday announced".
 */
const ADVERBIAL_BEFORE_CUE = [
  `(?:(?:late|early)\\s+)?(?:on\\s+)?(?:${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?|${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?)`,
  `(?:(?:earlier|later|late|early)\\s+)?(?:last|this|next)\\s+${PERIOD}`,
  '(?:earlier|later)\\s+(?:on\\s+)?(?:today|in\\s+the\\s+day)|yesterday|today|tonight|overnight',
  `in\\s+${MEDIUM}`,
].join('|');

/** Words a cue's subject may stand apart from it by ("Smith has already said", "Smith, Acme's chief, said"). */
const BETWEEN_SOURCE_AND_CUE = new RegExp(
  [
    "^(?:['’]s?|\\))?\\s*",
    // "NASA scientists", "Acme's lawyers", "the Trump campaign": people speaking for the organization or person named
    `(?:(?:[\\p{Ll}-]+\\s+)?(?:${SPEAKING_FOR})\\s+)?`,
    // an abbreviation ("the Consumer Electronics Association (CEA) has said")
    "(?:\\([^()]{1,40}\\)\\s*)?",
    // the person's organization ("Mike Short of the Mobile Data Association said")
    "(?:(?:of|at|from)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+(?:of\\s+|and\\s+|for\\s+)?\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,5}\\s+)?",
    // an aside ("Smith, Acme's chief, said"; a number's commas inside it; its last comma inside a closing quotation
    // mark: 'Nexon, whose hits include "MapleStory," said'), after a short one ("Sen. Jane Smith, R-Ohio, a candidate,
    // said"), one between dashes ("Kall -- co-editor of a book on debates -- said"), or a relative clause ("IBM, which argues")
    `(?:(?:,\\s*(?!(?:but|and|or|so|yet|while|though)\\s)[^,;]{1,40})?,(?:[^,;]|(?<=\\d),(?=\\d)){0,200}${CLOSING_COMMA}\\s*|\\s*(?:--|[—–])[^—–;]{1,200}?(?:--|[—–])\\s*|,\\s*(?:which|who)\\s+)?`,
    // adverbs, auxiliaries and negations ("is once again questioning", "has long argued", "isn't saying") and
    // adverbials ("just this month announced")
    `(?:(?:${ADVERBIAL_BEFORE_CUE}|\\p{L}+ly|also|still|later|then|again|already|once|had|has|have|is|are|was|were|been|would|will|did|does|do|just|only|even|never|not|(?:is|are|was|were|has|have|had|did|does|do)n['’]t|often|himself|herself|itself|separately|subsequently|previously|recently|earlier|now|long|first|both|all|each),?\\s+)*`,
    // "Smith was quoted as saying", "Smith was quoted by Reuters (in an interview) as saying": the outlet is not the source
    `(?:(?:is|was|were|has\\s+been|had\\s+been)\\s+quoted\\s+(?:(?:by|in)\\s+(?:the\\s+)?(?:${CAPITALISED}\\s+){1,5}(?:in\\s+${MEDIUM}\\s+)?)?as\\s+)?$`,
  ].join(''),
  'iu',
);

// (?<!\w) and (?!\w) are word boundaries, as in patterns.ts.
/** A source in a clause of time or condition gives background, not a report ("Even before IBM announced the plan, it"). */
const SUBORDINATE_SOURCE = /(?<!\w)(?:before|after|when|since|until|if|unless|because|once|whenever)\s+(?:the\s+)?$/iu;
/** A shared subject across coordinated verbs ("Smith wants more but conceded that"). */
const COORDINATED = /\s(?:and|but)\s+(?:(?:\p{L}+ly|also|still|then|later|has|have|had|is|are|was|were|will|would|did|does)\s+)*$/iu;
/** Who is told, when not a named outlet: "told reporters", "told the audience", "told investors on a call". */
const LISTENER =
  /^\s+(?:(?:the|a|an|his|her|its|their|our)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:reporters|journalists|investors|analysts|staff|employees|workers|shareholders|lawmakers|legislators|senators|congress|parliament|customers|clients|developers|attendees|audience|crowd|users|fans|listeners|viewers|readers|me|us|him|her|them|press|media|committee|court|jury|conference|meeting|students|colleagues|partners|members|delegates|regulators|officials)\b/iu;

/**
 * The source of a cue when it is the cue's own subject: next to it, or across an aside or a coordination. The
 * speakers module prefers a person anywhere before the cue; when that one is not the subject, the nearest phrase
 * that is ("Jaynes was ..., news agency Associated Press reported") is taken instead.
 */
export function adjacentSource(ctx: SpeakerContext, cue: Cue, floor: number): Candidate | undefined {
  const found = sourceOfCue(ctx, cue, floor);
  if (found && (found.start >= cue.end || isSubjectOf(ctx, found, cue))) return found;
  const adjacent = candidatesIn(ctx, Math.max(floor, cue.start - REACH), cue.start).filter((c) => isSubjectOf(ctx, c, cue));
  // "After her meeting with Obama, the White House announced": a place may be the subject when the person found is not.
  return adjacent.findLast((c) => c.personal) ?? adjacent[adjacent.length - 1] ?? placeSubject(ctx, cue, floor) ?? productSubject(ctx, cue, floor);
}

/**
 * A name the entities stage typed as a product that is the cue's own subject, when no one else is: a company it
 * mistook ("Nestwise, which says it has 1.6 million users", "Ledgerly, based in Miami, said"). It opens its clause and
 * stands against the cue as a subject does, across an aside or adverbs.
 */
function productSubject(ctx: SpeakerContext, cue: Cue, floor: number): Candidate | undefined {
  const { text, speakers } = ctx;
  const product = speakers.products.findLast((p) => p.end <= cue.start && p.start >= Math.max(floor, cue.start - REACH));
  if (!product || !CLAUSE_OPENING.test(text.slice(Math.max(floor, product.start - 24), product.start))) return undefined;
  const between = text.slice(product.end, cue.start);
  if (!BETWEEN_SOURCE_AND_CUE.test(between) || /^['’]/u.test(between)) return undefined;
  return { start: product.start, end: product.end, resolver: 'name', personal: false, speaker: product.speaker };
}

/**
 * A place that is the cue's own subject, when no one else is: "North Korea said", "Russia insisted that" (its
 * government speaks). It opens its clause, no preposition or possessive before it ("sales in China, Acme said"), and
 * only adverbs and auxiliaries stand between it and the cue.
 */
function placeSubject(ctx: SpeakerContext, cue: Cue, floor: number): Candidate | undefined {
  const { text, speakers } = ctx;
  // The nearest place that stands as the subject: one inside an aside after it ("China, Pyongyang's only ally, said") is not.
  const place = speakers.places.findLast(
    (p) =>
      p.end <= cue.start &&
      p.start >= Math.max(floor, cue.start - REACH) &&
      PLACE_BEFORE_CUE.test(text.slice(p.end, cue.start)) &&
      CLAUSE_OPENING.test(text.slice(Math.max(floor, p.start - 24), p.start)),
  );
  return place && { start: place.start, end: place.end, resolver: 'place', personal: false, speaker: place.speaker };
}

/**
 * Between a place and the verb it is the subject of: an aside, then adverbs and auxiliaries only ("Russia has repeatedly
 * insisted", "China, Pyongyang's only ally, said").
 */
const PLACE_BEFORE_CUE = /^(?:,[^,;"“”]{1,200},)?\s+(?:(?:\p{L}+ly|also|still|later|then|again|already|once|had|has|have|is|are|was|were|would|will|did|does|just|never|not|now|earlier)\s+)*$/iu;
/** What may stand before a clause's subject: its sentence's start, a comma or semicolon, "the", then "even" or "only" ("in Spain and Portugal" is not one). */
const CLAUSE_OPENING = /(?:^|[,;:]\s*|(?<!\w)[Tt]he\s+)(?:(?:[Ee]ven|[Oo]nly)\s+)?$/u;

/** A source in a clause of time or condition ("before IBM announced"): background, not a report. */
export function isBackground(text: string, source: Span, floor: number): boolean {
  return SUBORDINATE_SOURCE.test(text.slice(Math.max(floor, source.start - 12), source.start));
}

function isSubjectOf(ctx: SpeakerContext, source: Span, cue: Cue): boolean {
  const { text } = ctx;
  // "Hanul Semiconductor Co., a chip packaging company, said": the full stop of a company's abbreviated ending is the name's.
  const abbreviated = text[source.end] === '.' && COMPANY_ABBREVIATION.test(text.slice(Math.max(0, source.end - 6), source.end));
  const between = text.slice(source.end + (abbreviated ? 1 : 0), cue.start);
  const comma = source.end + (abbreviated ? 1 : 0) + between.indexOf(',');
  if (/^,\s*$/u.test(between) && (isApposedName(text, source, comma) || isApposedToDescription(text, source, comma))) return true;
  // "the bank's own messages were ..., but said": a possessor is not the subject of a later verb.
  return BETWEEN_SOURCE_AND_CUE.test(between) || (COORDINATED.test(between) && !/^['’]/u.test(between) && !afterPreposition(ctx, source) && verbFollows(ctx, source));
}

/** A company's abbreviated ending, written with a full stop after it ("Co.", "Inc.", "Corp."). */
const COMPANY_ABBREVIATION = /(?<![\p{L}.])(?:Co|Inc|Corp|Ltd|Plc|Bhd|Pte|Bros)$/u;

/** The phrase is a preposition's object ("like Obama", "with Acme"): the subject of no verb after it. */
function afterPreposition(ctx: SpeakerContext, source: Span): boolean {
  const before = ctx.tokens[firstAtOrAfter(ctx.tokens, source.start, startOf) - 1];
  return before !== undefined && OBJECT_PREPOSITION.test(before.text) && !/[,;:]/u.test(before.post);
}

/** Prepositions that take a noun phrase, not a clause ("when Acme ... and said" keeps Acme the subject). */
const OBJECT_PREPOSITION = /^(?:like|unlike|with|without|of|for|from|to|at|in|on|by|about|against|among|between|including|besides|toward|towards|than|via)$/iu;

/**
 * A verb right after the phrase, past adverbs: it is the subject of the first of two coordinated verbs ("the
 * Commission fined Google ... and said": the Commission, not Google, which no verb follows).
 */
function verbFollows(ctx: SpeakerContext, source: Span): boolean {
  // Past an aside: "Apple, whose store opened in June, charges 79p a track and says ...".
  const aside = ASIDE_AFTER_SUBJECT.exec(ctx.text.slice(source.end, source.end + REACH));
  for (let i = firstAtOrAfter(ctx.tokens, source.end + (aside?.[0].length ?? 0), startOf), words = 0; i < ctx.tokens.length && words < VERB_AFTER_SUBJECT_WORDS; i++, words++) {
    const token = ctx.tokens[i]!;
    if (isVerb(token)) return true;
    if (!token.tags.has('Adverb') && !/^['’]s$/u.test(token.text)) return false;
  }
  return false;
}

const ASIDE_AFTER_SUBJECT = /^(?:['’]s?)?\s*,[^,;]{1,200},/u;
/** Most words between a subject and its verb, adverbs all ("Acme also quietly said"). */
const VERB_AFTER_SUBJECT_WORDS = 3;

/**
 * Whether a source is a person: a person entity, "he", a title, or a name the article gives as a person's. A capitalised
 * name nobody listed ("Northwind AI said") is a candidate speaker, but no more a person than an organization.
 */
export function isPersonalSource(ctx: SpeakerContext, source: Candidate | undefined): boolean {
  if (!source?.personal || !source.speaker) return false;
  const { entityId, name } = source.speaker;
  return entityId !== null || ctx.speakers.genders.has(name) || ctx.personNames.bySurname.get(surnameAmong(name.split(/\s+/u)).toLowerCase())?.name === name;
}

/** "Epic sued Apple in 2020, arguing that ...": a participle after a clause has that clause's subject. */
export function participleSubject(ctx: SpeakerContext, sentence: Sentence, cue: Cue): Candidate | undefined {
  const { text } = ctx;
  if (!isParticiple(cue)) return cue.kind === 'verb' && COORDINATED_VERB.test(tail(text, sentence.start, cue.start)) ? coordinatedSubject(ctx, sentence, cue) : undefined;
  if (!/,\s*$/u.test(tail(text, sentence.start, cue.start))) return undefined;
  const clause = clauseStart(ctx, sentence);
  const first = candidatesIn(ctx, clause, Math.min(cue.start, clause + REACH)).sort((a, b) => a.start - b.start)[0];
  return first && wordCount(text.slice(clause, first.start)) <= LEADING_WORDS ? first : undefined;
}

/** "... and said", "..., and also said": the cue is a second verb of its clause. */
const COORDINATED_VERB = /[^\s,;:],?\s+and\s+(?:(?:also|then|later)\s+)?$/u;

/**
 * "Smith met the Acme board in May and said ...", "Earlier, the Commission fined Google and said ...": a verb that
 * "and" joins to its clause's first has that verb's subject; an aside set off by commas ("Apple, whose store launched
 * in June, charges ...") holds no verb of the clause.
 */
function coordinatedSubject(ctx: SpeakerContext, sentence: Sentence, cue: Cue): Candidate | undefined {
  const clause = clauseStart(ctx, sentence);
  let aside = false;
  for (let i = firstAtOrAfter(ctx.tokens, clause, startOf); i < sentence.tokenEnd && ctx.tokens[i]!.end <= cue.start; i++) {
    const token = ctx.tokens[i]!;
    if (i > 0 && /,\s*$/u.test(ctx.tokens[i - 1]!.post) && ASIDE_OPENER.test(token.text)) aside = true;
    if (!aside && isVerb(token)) return token.start > clause ? subjectBefore(ctx, clause, token.start) : undefined;
    if (/,\s*$/u.test(token.post)) aside = false;
  }
  return undefined;
}

/** Words that open an aside after a comma, in which a verb is not the clause's ("Apple, whose store launched, ..."). */
const ASIDE_OPENER = /^(?:who|whose|which|whom|called|named|known|based|led|including|like|once|now|then|a|an|the)$/iu;

/** Most words before a sentence's subject ("In a statement on Monday, Acme ..."). */
const LEADING_WORDS = 6;
/** Most words in a prepositional phrase that opens a sentence before its clause ("During a speech earlier in the day, "). */
const LEADING_PHRASE_WORDS = 12;

/** Where a sentence's clause begins: after the prepositional phrase and comma that open it, if any. */
function clauseStart(doc: Doc, sentence: Sentence): number {
  const opening = doc.tokens[sentence.tokenStart];
  if (!opening?.tags.has('Preposition')) return sentence.start;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd && i < sentence.tokenStart + LEADING_PHRASE_WORDS; i++) {
    if (/,\s*$/u.test(doc.tokens[i]!.post)) return doc.tokens[i + 1]?.start ?? sentence.start;
  }
  return sentence.start;
}

/**
 * Where an unnamed subject begins ("..., people familiar with the matter said"): a few words with no verb after the
 * separator that ends the content. Without such a stretch the frame is the cue alone.
 */
export function unnamedSubjectStart(doc: Doc, floor: number, cueStart: number): number {
  const last = firstAtOrAfter(doc.tokens, cueStart, startOf) - 1;
  for (let i = last, words = 0; i >= 0 && words < UNNAMED_SUBJECT_WORDS; i--, words++) {
    const token = doc.tokens[i]!;
    if (token.start < floor || isVerb(token)) break;
    if (i > 0 && /[,;:"”’'—–]\s*$/u.test(doc.tokens[i - 1]!.post)) return token.start;
  }
  return cueStart;
}

/** Most words in an unnamed source ("two people familiar with the matter"). */
const UNNAMED_SUBJECT_WORDS = 8;

/**
 * "Motorola and Apple announced", "Acme and its partner Lumio said", "Acme, Lumio and Globex said": the other sources
 * joined to the subject, nearest first.
 */
export function coSources(ctx: SpeakerContext, source: Candidate, floor: number): Candidate[] {
  const { text } = ctx;
  const found: Candidate[] = [];
  let joint = AND_BEFORE;
  for (let next = source; found.length < MOST_CO_SOURCES; ) {
    const before = candidatesIn(ctx, Math.max(floor, next.start - CO_SOURCE_REACH), next.start);
    const last = before[before.length - 1];
    if (!last?.speaker || !joint.test(text.slice(last.end, next.start))) break;
    found.push(last);
    next = last;
    joint = COMMA_BEFORE;
  }
  return found;
}

const CO_SOURCE_REACH = 80;
const MOST_CO_SOURCES = 4;
/** "X and Y", "X and its partner Y", "X and rival Y": a describing word or two, no preposition ("X and engineers at Y"). */
const AND_BEFORE = /^\s*,?\s*(?:and|&)\s+(?:(?:its|their|the)\s+)?(?:(?!(?:at|of|from|for|in|with)\s)[\p{Ll}-]+\s+){0,2}$/u;
/** Earlier members of a list: "X, Y and Z". */
const COMMA_BEFORE = /^\s*,\s*$/u;

/** The frame goes on over a listener: "told reporters", "told investors on Tuesday". */
export function listenerEnd(text: string, cue: Cue): number {
  if (!/^(?:tells?|told|telling)$/iu.test(cue.text)) return cue.end;
  const listener = LISTENER.exec(text.slice(cue.end, cue.end + 60));
  return listener ? cue.end + listener[0].length : cue.end;
}

/**
 * Words describing a name belong with it: "news agency Associated Press", "market analysts Gartner", "Virginia State
 * Attorney General Jerry Kilgore". Lower-case nouns and adjectives, and capitalised words, up to punctuation.
 */
export function withDescriptor(doc: Doc, start: number, floor: number): number {
  let index = firstAtOrAfter(doc.tokens, start, startOf) - 1;
  let at = start;
  for (let words = 0; words < DESCRIPTOR_WORDS && index >= 0; words++, index--) {
    const token = doc.tokens[index]!;
    if (token.start < floor || /[^\s]/u.test(punctuationAfter(token)) || token.tags.has('Value') || token.tags.has('Date')) break;
    if (DESCRIPTOR_LINK.test(token.text)) continue; // a link counts only with a describing word before it
    const describes = /^\p{Lu}/u.test(token.text) ? !token.tags.has('Pronoun') : ['Noun', 'Adjective', 'Determiner'].some((tag) => token.tags.has(tag));
    if (!describes) break;
    at = token.start;
  }
  return at;
}

const DESCRIPTOR_WORDS = 5;
/** "analysts at Bernstein", "the head of research at Acme". */
const DESCRIPTOR_LINK = /^(?:at|of|from|with)$/iu;

