import type { Gender, NameMention, Speaker } from '../doc/layers.js';
import { sentenceAt } from '../doc/document.js';
import { latestOrganization, organizationForIt, organizationReferencesIn, salientOrganization } from './organization-references.js';
import { isQuoted, latestMention, speaksForNobody, type Candidate, type SpeakerContext } from './speaker-context.js';
import { WORD_END, WORD_START, matchesWithHint } from '../doc/patterns.js';
import { endOf, firstAtOrAfter, startOf, type Span } from '../doc/spans.js';
import { TITLE_ABBREVIATIONS, TITLE_TOKEN, TITLE_WORD } from '../lexicon/titles.js';
import { CAPITALISED, GROUPS, ROLES, SPEAKING_FOR } from './cues.js';
import { nameKeyOf, personNamed } from './person-names.js';
import { hasAnyTag, isCapitalised, nameRunsIn, notNameTags, PERSON_TAGS, possessiveLength, type NameRunRules } from '../doc/name-runs.js';

// Mention → speaker resolvers: the phrases that may name or stand for a source (names, he/she, roles, spokespeople,
// unnamed sources, descriptions of organizations, publications), each resolved to who it stands for.

/**
 * "he" is the latest person not known to be a woman, "she" the latest not known to be a man; an unnamed source
 * introduced since comes first ("A Foo spokesman said ... he said" → Foo; "one analyst ... he said" → nobody).
 */
function pronounAntecedent(ctx: SpeakerContext, pronoun: string, offset: number): Speaker | null {
  const excluded = /^she$/iu.test(pronoun) ? 'male' : 'female';
  const eligible = (m: NameMention) => m.kind === 'person' && ctx.speakers.genders.get(m.speaker.name) !== excluded;
  const person = sentenceSubject(ctx, latestMention(ctx, offset, eligible), offset, eligible);
  const unnamed = latestUnnamedSource(ctx, Math.max(person?.end ?? 0, offset - UNNAMED_REACH), offset, excluded);
  return unnamed ? unnamed.speaker : (person?.speaker ?? null);
}

/**
 * The person a sentence before the pronoun's is about: the first that the latest sentence naming one names, not as a
 * possessor ("Jane
 * Smith, head of research at Acme Labs, spoke in Paris. She said": Smith, whatever the entities stage made of Acme Labs).
 */
function sentenceSubject(ctx: SpeakerContext, latest: NameMention | undefined, offset: number, eligible: (m: NameMention) => boolean): NameMention | undefined {
  if (!latest) return undefined;
  const sentence = ctx.sentences[sentenceAt(ctx, latest.start)]!;
  if (sentence.end > offset) return latest;
  // A possessor is not what the sentence is about ("Jaynes' lawyer David Oblon called ...").
  const subject = (m: NameMention) => !isQuoted(ctx, m.start) && eligible(m) && !/^['’]/u.test(ctx.text.slice(m.end, m.end + 1));
  const first = ctx.speakers.names.slice(firstAtOrAfter(ctx.speakers.names, sentence.start, startOf)).find(subject);
  return first && first.start < latest.start ? first : latest;
}

/**
 * "One investor said ... the investor added": a definite role with no title to match stands for the unnamed source
 * introduced since the latest person, else for that person; undefined when there is neither.
 */
function definiteReferent(ctx: SpeakerContext, offset: number): Speaker | null | undefined {
  const person = latestMention(ctx, offset, (m) => m.kind === 'person');
  const unnamed = latestUnnamedSource(ctx, Math.max(person?.end ?? 0, offset - UNNAMED_REACH), offset);
  return unnamed ? unnamed.speaker : person?.speaker;
}

/** How far back an unnamed source still stands behind a "he" or "she", in characters. */
const UNNAMED_REACH = 600;

/** People a text leaves unnamed as sources ("one analyst", "a former employee"); a spokesperson speaks for an organization. */
const UNNAMED_PERSON = new RegExp(
  `\\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}?(?:analyst|investor|executive|employee|source|person|official|manager|banker|trader|engineer|insider|staffer|worker|researcher|economist|lawyer|observer|consultant|expert|developer|customer|user|shareholder|director|aide|advis[eo]r)\\b`,
  'gu',
);
const MALE_SOURCE = /\bspokesman\b/u;
const FEMALE_SOURCE = /\bspokeswoman\b/u;
/** A name beside the phrase makes it a title, not an unnamed source ("Jane Smith, a spokeswoman"; "an analyst, Tom Reyes"). */
const NAME_BEFORE = /\p{Lu}[\p{L}.'’-]*\s*,\s*$/u;
/**
 * Where a source phrase may stand: opening its sentence or a clause, or after a cue ("said one analyst"); not inside a
 * description of someone ("who joined as an engineer", "was an analyst at").
 */
const SOURCE_POSITION = /(?:^|[.!?;:,]["”’']?\s+|\b(?:[Bb]ut|[Aa]nd|[Ww]hile|[Tt]hough|[Aa]lthough|[Hh]owever|[Mm]eanwhile|[Yy]et|said|says|added|adds|told|wrote|writes|warned|according\s+to)\s+)$/u;
const NAME_AFTER = /^\s*,?\s*\p{Lu}\p{Ll}+\s+\p{Lu}/u;

/** The latest unnamed source in [from, offset), of any gender but `excluded`, with whom it stands for. */
function latestUnnamedSource(ctx: SpeakerContext, from: number, offset: number, excluded?: Gender): { speaker: Speaker | null } | undefined {
  const latest = unnamedSourcesIn(ctx, from, offset).findLast((source) => !excluded || !(excluded === 'male' ? MALE_SOURCE : FEMALE_SOURCE).test(source.match[0]));
  if (!latest) return undefined;
  return { speaker: latest.spokesperson ? spokespersonOrganization(ctx, latest.match, latest.start) : null };
}

/** A source the text leaves unnamed: a spokesperson (who speaks for an organization) or anyone else. */
interface UnnamedSource extends Span {
  readonly match: RegExpMatchArray;
  readonly spokesperson: boolean;
}

/**
 * The unnamed sources in [start, end) outside quotations, in text order: phrases in a source's position, with no name
 * beside them, whose noun heads the phrase ("an analyst", not "an analyst note").
 */
function unnamedSourcesIn(ctx: SpeakerContext, start: number, end: number): UnnamedSource[] {
  const { text, tokens } = ctx;
  if (start >= end) return [];
  const slice = text.slice(start, end);
  const found = [
    ...[...matchesWithHint(slice, SPOKESPERSON, SPOKESPERSON_HINT)].map((match) => ({ match, spokesperson: true })),
    ...[...slice.matchAll(UNNAMED_PERSON)].map((match) => ({ match, spokesperson: false })),
  ].map(({ match, spokesperson }) => ({ match, spokesperson, start: start + match.index, end: start + match.index + match[0].length }));
  return found
    .filter((source) => {
      const before = text.slice(Math.max(0, source.start - 40), source.start);
      if (isQuoted(ctx, source.start) || NAME_BEFORE.test(before) || !SOURCE_POSITION.test(before) || NAME_AFTER.test(text.slice(source.end, source.end + 40))) return false;
      const next = tokens[firstAtOrAfter(tokens, source.end, startOf)];
      return !next || next.start > source.end + 1 || !next.tags.has('Noun') || next.tags.has('Pronoun') || next.tags.has('Verb');
    })
    .sort((a, b) => a.start - b.start);
}

/**
 * "the chief executive" (ending at `offset`) → the person the article introduced with that title nearby, or with its
 * abbreviation right before the name ("the Indiana governor" → "Gov. Mike Pence").
 */
function roleHolder(ctx: SpeakerContext, role: string, offset: number): Speaker | null {
  const pattern = new RegExp(`${WORD_START}${escaped(role)}${WORD_END}`, 'iu');
  const short = TITLE_ABBREVIATIONS.get(role.toLowerCase().replace(/\s+/gu, ' '));
  const abbreviated = short && new RegExp(`(?<![\\p{L}.])(?:${short.map(escaped).join('|')})\\.?\\s+$`, 'u');
  const mention = latestMention(ctx, offset, (m) => {
    if (m.kind !== 'person') return false;
    if (abbreviated && abbreviated.test(ctx.text.slice(Math.max(0, m.start - ABBREVIATION_REACH), m.start))) return true;
    const sentence = ctx.sentences[sentenceAt(ctx, m.start)]!;
    return pattern.test(ctx.text.slice(Math.max(sentence.start, m.start - ROLE_REACH), Math.min(sentence.end, m.end + ROLE_REACH)));
  });
  return mention?.speaker ?? null;
}

const escaped = (words: string) => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
/** More than the longest abbreviation and the space after it. */
const ABBREVIATION_REACH = 12;

/** How far from a name its title may stand ("Jane Smith, chief executive of Acme"). */
const ROLE_REACH = 50;

/** An organization named in a phrase, as the entity when the entities stage has it. */
function organizationNamed(ctx: SpeakerContext, at: number, written: string): Speaker {
  const mention = ctx.speakers.names[firstAtOrAfter(ctx.speakers.names, at, startOf)];
  if (mention && mention.kind === 'organization' && mention.start < at + written.length) return mention.speaker;
  const key = written.toLowerCase();
  const entity = ctx.speakers.organizations.find((e) => [e.name, ...e.aliases].some((form) => form.toLowerCase() === key));
  return entity ? { entityId: entity.id, name: entity.name } : { entityId: null, name: written };
}

// ---------------------------------------------------------------------------------------------------------------
// Candidates for a cue's subject

// (?<!\w) and (?!\w) are word boundaries, as in patterns.ts.
/** "the chief executive", "its CEO", "Acme's research director": a title standing for a person named earlier. */
const ROLE_PHRASE = new RegExp(`\\b(?:the|its|his|her|their|[\\p{L}\\p{N}&.-]{1,30}['’]s?)\\s+(?:[\\p{L}-]{1,30}\\s+){0,2}(?<role>${TITLE_WORD}|${ROLES})${WORD_END}`, 'giu');
const ROLE_HINT = new RegExp(`${TITLE_WORD}|${ROLES}`, 'iu');
const PRONOUN = /\b(?:[Hh]e|[Ss]he)\b/gu;
const SPOKESPERSON = new RegExp(
  `\\b(?:[Aa]n?|[Tt]he|(?<its>[Ii]ts|[Tt]heir))\\s+(?:(?<before>${CAPITALISED}(?:\\s+${CAPITALISED}){0,3})\\s+)?(?:company\\s+|firm\\s+)?(?:spokes(?:man|woman|person|people)|representative|press officer)(?:\\s+(?:for|at|of|from)\\s+(?:the\\s+)?(?<after>${CAPITALISED}(?:\\s+${CAPITALISED}){0,3}))?`,
  'gu',
);
const SPOKESPERSON_HINT = /spokes|representative|press officer/u;
const DESCRIBED = '\\b[Tt]he\\s+(?:(?:[\\p{Ll}-]+|\\p{Lu}[\\p{L}]*-[\\p{Ll}]+)\\s+){0,2}';
/** A publication stands for whoever was named as publishing it, the latest organization ("the survey found"). */
const PUBLICATION = new RegExp(`${DESCRIBED}(?:report|survey|study|poll|prospectus|filing)\\b`, 'gu');
const PUBLICATION_HINT = /report|survey|study|poll|prospectus|filing/u;
/** "the statement said": the statement the article has just said someone made. */
const THE_STATEMENT = /\b[Tt]he\s+(?:[\p{Ll}-]+\s+)?statement\b/gu;
/** An organization's own document stands for the organization "its" refers to ("according to its prospectus"). */
const OWN_PUBLICATION = /\b[Ii]ts\s+(?:[\p{Ll}-]+\s+){0,2}(?:reports?|prospectus|filings?|statements?|accounts|website|results)\b/gu;
const OWN_PUBLICATION_HINT = /report|prospectus|filing|statement|accounts|website|results/u;

/** The phrases in [start, end) that name or stand for a person or organization, each resolved; sorted by end. */
export function candidatesIn(ctx: SpeakerContext, start: number, end: number): Candidate[] {
  const found: Candidate[] = [];
  const { text } = ctx;
  for (let i = firstAtOrAfter(ctx.speakers.names, start, startOf); i < ctx.speakers.names.length && ctx.speakers.names[i]!.start < end; i++) {
    const mention = ctx.speakers.names[i]!;
    if (mention.end <= end) found.push({ start: mention.start, end: mention.end, resolver: 'name', personal: mention.kind === 'person', speaker: mention.speaker });
  }
  found.push(...unlistedNames(ctx, start, end, found));
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(PRONOUN)) {
    const at = start + match.index;
    found.push({ start: at, end: at + match[0].length, resolver: 'pronoun', personal: true, speaker: pronounAntecedent(ctx, match[0], at) });
  }
  for (const match of matchesWithHint(slice, ROLE_PHRASE, ROLE_HINT)) {
    const at = start + match.index;
    const end = at + match[0].length;
    // "the billionaire" with no title to match still points back: to an unnamed source since the latest person, else to that person.
    const speaker = roleHolder(ctx, match.groups!.role!, end) ?? (/^the(?!\w)/iu.test(match[0]) ? definiteReferent(ctx, at) : undefined);
    if (speaker !== undefined) found.push({ start: at, end, resolver: 'role', personal: true, speaker });
  }
  for (const match of matchesWithHint(slice, SPOKESPERSON, SPOKESPERSON_HINT)) {
    const at = start + match.index;
    found.push({ start: at, end: at + match[0].length, resolver: 'spokesperson', personal: false, speaker: spokespersonOrganization(ctx, match, at) });
  }
  // "one analyst", "a former Acme engineer": a person, unnamed, who speaks for nobody.
  for (const source of unnamedSourcesIn(ctx, start, end)) {
    if (!source.spokesperson) found.push({ start: source.start, end: source.end, resolver: 'unnamed-source', personal: true, speaker: null });
  }
  for (const match of matchesWithHint(slice, NAMED_GROUP, NAMED_GROUP_HINT)) {
    const at = start + match.index;
    found.push({ start: at, end: at + match[0].length, resolver: 'named-group', personal: false, speaker: { entityId: null, name: match[0] } });
  }
  // "his aides say", "her campaign said", "its lawyers argued": the possessive stands for whom it refers to.
  for (const match of matchesWithHint(slice, POSSESSIVE_SPEAKING_FOR, POSSESSIVE_HINT)) {
    const at = start + match.index;
    const word = match.groups!.possessive!.toLowerCase();
    const end = at + word.length;
    if (word === 'its') found.push({ start: at, end, resolver: 'it', personal: false, speaker: organizationForIt(ctx, at) });
    else if (word === 'their') {
      const group = latestGroup(ctx, at);
      if (group) found.push({ start: at, end, resolver: 'named-group', personal: false, speaker: group });
    } else found.push({ start: at, end, resolver: 'pronoun', personal: true, speaker: pronounAntecedent(ctx, word === 'his' ? 'he' : 'she', at) });
  }
  for (const match of slice.matchAll(THEY)) {
    const at = start + match.index;
    const group = latestGroup(ctx, at);
    if (group) found.push({ start: at, end: at + match[0].length, resolver: 'named-group', personal: false, speaker: group });
  }
  found.push(...organizationReferencesIn(ctx, start, end));
  for (const match of matchesWithHint(slice, PUBLICATION, PUBLICATION_HINT)) {
    const at = start + match.index;
    found.push({ start: at, end: at + match[0].length, resolver: 'publication', personal: false, speaker: latestOrganization(ctx, at) });
  }
  for (const match of matchesWithHint(slice, THE_STATEMENT, /statement/u)) {
    const at = start + match.index;
    found.push({ start: at, end: at + match[0].length, resolver: 'publication', personal: false, speaker: statementMaker(ctx, at) });
  }
  for (const match of matchesWithHint(slice, OWN_PUBLICATION, OWN_PUBLICATION_HINT)) {
    const at = start + match.index;
    found.push({ start: at, end: at + match[0].length, resolver: 'publication', personal: false, speaker: organizationForIt(ctx, at) });
  }
  return found.filter((c) => !isQuoted(ctx, c.start)).sort((a, b) => a.end - b.end || a.start - b.start);
}

/**
 * Who made "the statement": the subject of the sentence that last mentioned a statement ("In a statement, Lumora
 * said", "Jane Doe said in a statement"), else the latest organization.
 */
function statementMaker(ctx: SpeakerContext, at: number): Speaker | null {
  const before = ctx.text.slice(Math.max(0, at - STATEMENT_REACH), at);
  const earlier = [...before.matchAll(/\bstatement\b/gu)].at(-1);
  if (earlier) {
    const sentence = ctx.sentences[sentenceAt(ctx, at - before.length + earlier.index)]!;
    const subject = candidatesIn(ctx, sentence.start, Math.min(sentence.end, at)).find((c) => c.speaker && c.resolver !== 'publication');
    if (subject) return subject.speaker;
  }
  return latestOrganization(ctx, at);
}
const STATEMENT_REACH = 1000;

/**
 * A named group of people, capitalised, with the capitalised words that qualify it ("Republicans", "Senate Democrats",
 * "House Oversight Committee Republicans"); its name is the phrase.
 */
const NAMED_GROUP = new RegExp(`(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}(?:${GROUPS.split('|').map((g) => g[0]!.toUpperCase() + g.slice(1)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const NAMED_GROUP_HINT = new RegExp(GROUPS.split('|').map((g) => g.slice(1)).join('|'), 'u');
/** A possessive pronoun before people or documents that speak for someone ("His aides", "her campaign", "its lawyers"). */
const POSSESSIVE_SPEAKING_FOR = new RegExp(`(?<![\\p{L}\\p{N}])(?<possessive>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${SPEAKING_FOR})(?![\\p{L}\\p{N}])`, 'gu');
const POSSESSIVE_HINT = /(?:his|her|its|their)\s/iu;
const THEY = /(?<![\p{L}\p{N}])[Tt]hey(?![\p{L}\p{N}'’])/gu;
/** How far back a named group still stands behind "they", in characters. */
const GROUP_REACH = 400;

/** What "they" stands for as a source: the latest named group shortly before, outside quotations; none when there is none. */
function latestGroup(ctx: SpeakerContext, offset: number): Speaker | undefined {
  const from = Math.max(0, offset - GROUP_REACH);
  const groups = [...matchesWithHint(ctx.text.slice(from, offset), NAMED_GROUP, NAMED_GROUP_HINT)].filter((m) => !isQuoted(ctx, from + m.index));
  const last = groups[groups.length - 1];
  return last ? { entityId: null, name: last[0] } : undefined;
}

/** The organization an unnamed spokesperson speaks for: the one named in the phrase, what "its" stands for, else the article's. */
function spokespersonOrganization(ctx: SpeakerContext, match: RegExpMatchArray, at: number): Speaker | null {
  const { its, before, after } = match.groups!;
  const named = before ?? after;
  if (named) return organizationNamed(ctx, at + match[0].lastIndexOf(named), named);
  return its ? organizationForIt(ctx, at) : salientOrganization(ctx, at);
}

/** Capitalised names no mention covers: person-tagged words, or a known surname ("says Early"); no title ("Senator"). */
function unlistedNames(ctx: SpeakerContext, start: number, end: number, covered: readonly Candidate[]): Candidate[] {
  const { tokens } = ctx;
  const rules: NameRunRules = {
    isNameWord: (token, i) =>
      !covered.some((c) => c.start < token.end && token.start < c.end) &&
      isCapitalised(token) && !hasAnyTag(token.tags, PRONOUN_TAGS) && !TITLE_TOKEN.test(token.normal) && !speaksForNobody(ctx, i) &&
      (hasAnyTag(token.tags, PERSON_TAGS) || ctx.personNames.bySurname.has(nameKeyOf(token.text))),
    endsRun: /[,;:.!?()"“”]/u,
  };
  const runs = nameRunsIn(tokens, firstAtOrAfter(tokens, start, startOf), firstAtOrAfter(tokens, end + 1, endOf), rules);
  return runs
    .filter((run) => !run.every((t) => t.tags.has('Honorific')))
    .map((run): Candidate => {
      const last = run[run.length - 1]!;
      const runEnd = last.end - possessiveLength(last.text);
      return { start: run[0]!.start, end: runEnd, resolver: 'unlisted-name', personal: true, speaker: personNamed(ctx.personNames.bySurname, ctx.text.slice(run[0]!.start, runEnd)) };
    });
}

const PRONOUN_TAGS = notNameTags('pronoun');

/** Words that may stand between a subject and its verb: "he also said", "Smith has long argued", and adverbs in -ly. */