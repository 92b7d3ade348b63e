import { component } from '../doc/components.js';
import type { Entity, Speaker, SpeakerIndex } from '../doc/layers.js';
import { sentenceAt, type Doc, type DocWith, type Token } from '../doc/document.js';
import { isAsciiUpperCase, lastSeparatingComma } from '../doc/chars.js';
import { organizationKinds } from './organization-kinds.js';
import { latestOrganization, organizationForIt, organizationReferencesIn, salientOrganization } from './organization-references.js';
import {
  isQuoted,
  latestMention,
  overlapsAny,
  type Candidate,
  type Gender,
  type NameMention,
  type SpeakerContext,
} from './speaker-context.js';
import { WORD_END, WORD_START, matchesWithHint, scanWindow } from '../doc/patterns.js';
import { endOf, firstAtOrAfter, startOf, type Span } from '../doc/spans.js';
import { HONORIFIC, TITLE_AFTER, TITLE_BEFORE, TITLE_BEFORE_APPOSITION, TITLE_TOKEN, TITLE_WORD, surnameAmong } from '../lexicon/titles.js';

export { isQuoted, type Candidate, type SpeakerContext } from './speaker-context.js';

/** A reporting cue: the verb or phrase that attributes words to someone ("said", "told Reuters", "according to"). */
export interface Cue extends Span {
  readonly text: string;
  /** Where the speaker is: the verb's subject, the phrase after "according to", or X in "quoted X as saying". */
  readonly kind: 'verb' | 'according' | 'quoted';
  /** The speaker may come after the cue ("said Smith", "according to Smith"); "told Smith" names the listener instead. */
  readonly inverts: boolean;
  /** For `quoted`: where X is. */
  readonly named?: Span;
}

// ---------------------------------------------------------------------------------------------------------------
// Cues

export const SAYING_VERBS: readonly string[] = [
  'said', 'says', 'added', 'adds', 'explained', 'explains', 'noted', 'notes', 'warned', 'warns', 'wrote', 'writes',
  'asked', 'asks', 'continued', 'continues', 'insisted', 'insists', 'argued', 'argues', 'claimed', 'claims',
  'declared', 'declares', 'replied', 'replies', 'admitted', 'admits', 'conceded', 'concedes', 'recalled', 'recalls',
  'commented', 'remarked', 'quipped', 'joked', 'acknowledged', 'acknowledges', 'announced', 'announces', 'predicted',
  'predicts', 'suggested', 'suggests', 'stated', 'stressed', 'stresses', 'emphasised', 'emphasized', 'cautioned',
  'countered', 'responded', 'observed', 'concluded', 'reiterated', 'asserted', 'boasted', 'boasts', 'pledged',
  'promised', 'vowed', 'confirmed', 'complained', 'lamented', 'tweeted', 'posted', 'wondered', 'mused', 'enthused',
];
/** Cues whose subject always comes first: participles, and verbs that take an object ("described it as"). */
export const SUBJECT_FIRST_VERBS: readonly string[] = [
  'say', 'saying', 'adding', 'explaining', 'noting', 'warning', 'writing', 'insisting', 'arguing', 'claiming',
  'admitting', 'boasting', 'pledging', 'promising', 'vowing', 'pointed out', 'points out', 'pointing out',
  'described', 'describes', 'describing', 'called', 'calls', 'calling', 'believes', 'thinks', 'sees', 'urged',
  'urges', 'denied', 'denies', 'maintained', 'maintains', 'reckons', 'accused', 'accuses', 'accusing',
];
const TELLING_VERBS = ['told', 'tells', 'telling'];
const MEDIUM = '(?:a|an)\\s+(?:statement|e-?mail|interview|blog post|post|tweet|letter|memo|note|video|call|conference call|press release|filing|podcast)';
/** What a named listener may be ("told the Today programme"). */
const OUTLET = '(?:programme|program|website|site|newspaper|paper|magazine|channel|station|show|podcast|agency|conference)';
/** A capitalised word; a full stop only inside it ("U.S", "Example.com"). */
const CAPITALISED = "\\p{Lu}(?:[\\p{L}\\p{N}&'’-]|\\.(?=\\p{L})){0,40}";
const alternatives = (words: readonly string[]) => words.map((word) => word.replace(/ /g, '\\s+')).join('|');

/** Reporting verbs: those whose subject may follow them ("said Smith") and those whose subject always comes first. */
export interface CueVerbs {
  readonly inverting: readonly string[];
  readonly subjectFirst: readonly string[];
}

/**
 * The pattern `findCues` scans with, for a set of reporting verbs ("according to", "told X" and "quoted X as saying"
 * always). What may not stand before a cue is CUE_START's to check, at each match: as the pattern's own look-behind,
 * it would be tried at every position.
 */
export function cuePattern(verbs: CueVerbs): RegExp {
  return new RegExp(
    [
      `(?:`,
      `(?<quoted>quoted\\s+(?<named>[^.!?"“”\\n]{1,60}?)\\s+as\\s+saying)`,
      `|(?<according>[Aa]ccording\\s+to)`,
      `|(?<tell>(?:${alternatives(TELLING_VERBS)})(?:\\s+(?:the\\s+)?${CAPITALISED}(?:\\s+${CAPITALISED}){0,3}(?:\\s+${OUTLET})?)?)`,
      `|(?<inverting>(?:${alternatives(verbs.inverting)})(?:\\s+in\\s+${MEDIUM})?)`,
      `|(?<subjectFirst>${alternatives(verbs.subjectFirst)})`,
      `)(?![\\p{L}\\p{N}-])`,
    ].join(''),
    'gu',
  );
}

const CUE = cuePattern({ inverting: SAYING_VERBS, subjectFirst: SUBJECT_FIRST_VERBS });
/** Where a cue may start: not inside a word, nor after an article or possessive ("the claims", "its notes"). */
const CUE_START = /(?<![\p{L}\p{N}'’-])(?<!\b(?:the|a|an|its|his|her|their|our|these|those|such|of)\s)/uy;
/** "continued to grow", "added 500 jobs", "added to the pressure": these verbs are not reporting speech. */
const NOT_SPEECH = /^(?:continue[sd]|add(?:ed|s))$/u;
const NOT_SPEECH_AFTER = /^\s+(?:to\b|\d)/u;

/** How far past its stretch a cue's pattern may read: the longest cue ("told" and a four-word outlet name) and more. */
const CUE_REACH = 256;

/** Every reporting cue in [start, end), in text order; `pattern` comes from `cuePattern`. */
export function findCues(text: string, start: number, end: number, pattern: RegExp = CUE): Cue[] {
  const cues: Cue[] = [];
  const scanned = scanWindow(text, end, CUE_REACH);
  pattern.lastIndex = start;
  for (let match = pattern.exec(scanned); match && match.index < end; match = pattern.exec(scanned)) {
    const at = match.index;
    CUE_START.lastIndex = at;
    if (!CUE_START.test(text)) {
      pattern.lastIndex = at + 1; // inside a word or after an article: a cue may still start at the next character
      continue;
    }
    const groups = match.groups!;
    const written = match[0].replace(/[\s.'’]+$/u, '');
    if (at + written.length > end) continue;
    if (NOT_SPEECH.test(written) && NOT_SPEECH_AFTER.test(text.slice(at + written.length, at + written.length + 4))) continue;
    const cueEnd = at + written.length;
    if (groups.quoted) {
      const namedAt = at + match[0].indexOf(groups.named!, 'quoted'.length);
      cues.push({ start: at, end: cueEnd, text: written, kind: 'quoted', inverts: false, named: { start: namedAt, end: namedAt + groups.named!.length } });
    } else if (groups.according) cues.push({ start: at, end: cueEnd, text: written, kind: 'according', inverts: true });
    else cues.push({ start: at, end: cueEnd, text: written, kind: 'verb', inverts: groups.inverting !== undefined });
  }
  return cues;
}

// ---------------------------------------------------------------------------------------------------------------
// The document's people and organizations

const MALE_HONORIFIC = /^(?:Mr|Sir|Lord)\.?$/u;
const FEMALE_HONORIFIC = /^(?:Mrs|Ms|Miss|Dame|Lady)\.?$/u;

const keyOf = (word: string) => word.replace(/['’]s?$/u, '').toLowerCase();
/** A name's surname as the indexes key it, from the name's words. */
const surnameKey = (words: readonly string[]) => keyOf(surnameAmong(words));
/** The words of a name other than honorifics. */
const givenWords = (words: readonly string[]) => words.filter((word) => !HONORIFIC.test(word));

/** Who may speak in the document: its people and organizations, the people it names in passing, their genders and kinds. */
export const speakersComponent = component({
  name: 'speakers',
  requires: ['entities'],
  assigns: ['speakers'],
  run: (doc) => ({ speakers: speakerIndexOf(doc) }),
});

export function speakerIndexOf(doc: DocWith<'entities'>): SpeakerIndex {
  const { entities } = doc;
  // A name the entities stage typed as a product or place ("Mario Kart DS", "Georgia") is nobody's name.
  const mentionsOf = (types: readonly Entity['type'][]) => entities.filter((e) => types.includes(e.type)).flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  const things = mentionsOf(['product', 'place']);
  const runs = nameRuns(doc).filter((run) => !overlapsAny(things, run));
  const listed: Speaker[] = entities.filter((e) => e.type === 'person').map((e) => ({ entityId: e.id, name: e.name }));
  const evident = runs.filter((run) => run.evident).map((run) => unlisted(doc, run));
  const bySurname = surnameIndex([...listed, ...evident]);
  // A bare surname ("says Ward") is a person once the article has introduced the full name.
  const people = runs.filter((run) => run.evident || bySurname.has(surnameKey(doc.text.slice(run.start, run.end).split(/\s+/u))));
  const byLooseSurname = surnameIndex(runs.map((run) => unlisted(doc, run)), new Map(bySurname));
  const entityNames: NameMention[] = entities.flatMap((entity) => {
    if (entity.type !== 'person' && entity.type !== 'organization') return [];
    const own = { entityId: entity.id, name: entity.name };
    const speaker = entity.type === 'person' ? canonical(bySurname, entity.name, own) : own;
    return entity.mentions.map((m) => ({ start: m.start, end: m.end, kind: entity.type as NameMention['kind'], speaker }));
  });
  const names = withPeople(entityNames.sort((a, b) => a.start - b.start), people, (run) => personNamed(bySurname, doc.text.slice(run.start, run.end)));
  return {
    names,
    bySurname,
    byLooseSurname,
    genders: gendersOf(doc, names),
    organizations: entities.filter((e) => e.type === 'organization'),
    kinds: organizationKinds(doc, entities),
    things,
    places: mentionsOf(['place']),
  };
}

const unlisted = (doc: Doc, run: Span): Speaker => ({ entityId: null, name: doc.text.slice(run.start, run.end) });

/** Full names by surname, the first introduced winning (those already in `index` first of all). */
function surnameIndex(people: readonly Speaker[], index = new Map<string, Speaker>()): Map<string, Speaker> {
  for (const person of people) {
    const words = person.name.split(/\s+/u);
    if (givenWords(words).length < 2) continue;
    const surname = surnameKey(words);
    if (!index.has(surname)) index.set(surname, person);
  }
  return index;
}

/** A surname or "Mr Smith" stands for the full name the article introduced ("Jane Smith"), when there is one. */
function canonical(bySurname: ReadonlyMap<string, Speaker>, name: string, fallback: Speaker): Speaker {
  const words = name.split(/\s+/u);
  if (givenWords(words).length >= 2) return fallback;
  return bySurname.get(surnameKey(words)) ?? fallback;
}

function personNamed(bySurname: ReadonlyMap<string, Speaker>, written: string): Speaker {
  const name = written.replace(/['’]s?$/u, '');
  return canonical(bySurname, name, { entityId: null, name });
}

/**
 * Adds the people found in the text to the entities' mentions: a person the entities stage missed, or whose
 * name it cut short ("Lee" of "Lee Rainie"). A run that overlaps an organization is left to the organization.
 */
function withPeople(names: readonly NameMention[], people: readonly Span[], speakerOf: (run: Span) => Speaker): NameMention[] {
  const replaced = new Set<NameMention>();
  const added: NameMention[] = [];
  for (const run of people) {
    const overlapping: NameMention[] = [];
    for (let i = firstAtOrAfter(names, run.start + 1, endOf); i < names.length && names[i]!.start < run.end; i++) overlapping.push(names[i]!);
    if (overlapping.some((m) => m.kind === 'organization' || (m.start <= run.start && m.end >= run.end))) continue;
    overlapping.forEach((m) => replaced.add(m));
    added.push({ start: run.start, end: run.end, kind: 'person', speaker: speakerOf(run) });
  }
  return [...names.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start);
}

const NOT_NAME_TAGS = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord'];
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'Honorific'];

/** Whether a token opens with a capital: ASCII by its code, any other letter by the pattern. */
const isCapitalised = (token: Token) => {
  const code = token.text.charCodeAt(0);
  return code < 0x80 ? isAsciiUpperCase(code) : CAPITAL.test(token.text);
};
const CAPITAL = /^\p{Lu}/u;
const possessiveLength = (word: string) => /['’]s?$/u.exec(word)?.[0].length ?? 0;

interface NameRun extends Span {
  /** Tagged as a person's name, or introduced with a title ("Jane Smith, analyst at Acme"). */
  readonly evident: boolean;
}

/** Runs of capitalised words that may name a person. */
function nameRuns(doc: Doc): NameRun[] {
  const { text } = doc;
  const runs: NameRun[] = [];
  let run: Token[] = [];
  const flush = () => {
    const named = run.filter((t, i) => i < run.length - 1 || !t.tags.has('Honorific'));
    run = [];
    if (!named.length || named.every((t) => t.tags.has('Honorific')) || named.length > 4) return;
    const last = named[named.length - 1]!;
    const span = { start: named[0]!.start, end: last.end - possessiveLength(last.text) };
    const tagged = named.some((t) => PERSON_TAGS.some((tag) => t.tags.has(tag)));
    const titled = TITLE_AFTER.test(text.slice(span.end, span.end + 80)) || TITLE_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start));
    runs.push({ start: span.start, end: span.end, evident: tagged || titled });
  };
  for (const sentence of doc.sentences) {
    if (sentence.boilerplate) continue;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const token = doc.tokens[i]!;
      const nameLike = isCapitalised(token) && !TITLE_TOKEN.test(token.normal) && !NOT_NAME_TAGS.some((tag) => token.tags.has(tag));
      if (!nameLike) {
        flush();
        continue;
      }
      run.push(token);
      if (/[^\s]/u.test(token.post) || possessiveLength(token.text) > 0) flush();
    }
    flush();
  }
  return runs;
}

/** Gender from an honorific ("Ms Deans") or a first name the tagger knows ("Fiona"), per speaker name. */
function gendersOf(doc: Doc, names: readonly NameMention[]): Map<string, Gender> {
  const genders = new Map<string, Gender>();
  for (const mention of names) {
    if (mention.kind !== 'person' || genders.has(mention.speaker.name)) continue;
    const first = tokenAt(doc, mention.start);
    if (!first) continue;
    const gender = MALE_HONORIFIC.test(first.text) || first.tags.has('MaleName')
      ? 'male'
      : FEMALE_HONORIFIC.test(first.text) || first.tags.has('FemaleName')
        ? 'female'
        : undefined;
    if (gender) genders.set(mention.speaker.name, gender);
  }
  return genders;
}

// ---------------------------------------------------------------------------------------------------------------
// Lookups

function tokenAt(doc: Doc, offset: number): Token | undefined {
  const token = doc.tokens[firstAtOrAfter(doc.tokens, offset, startOf)];
  return token && token.start === offset ? token : undefined;
}

/**
 * "he" is the latest person not known to be a woman, "she" the latest not known to be a man; an unnamed source
 * introduced since comes first ("A Foo spokesman said ... he said" → Foo; "one analyst ... he said" → nobody).
 */
function pronounAntecedent(ctx: SpeakerContext, pronoun: string, offset: number): Speaker | null {
  const excluded = /^she$/iu.test(pronoun) ? 'male' : 'female';
  const person = latestMention(ctx, offset, (m) => m.kind === 'person' && ctx.speakers.genders.get(m.speaker.name) !== excluded);
  const unnamed = latestUnnamedSource(ctx, Math.max(person?.end ?? 0, offset - UNNAMED_REACH), offset, excluded);
  return unnamed ? unnamed.speaker : (person?.speaker ?? null);
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
    ...[...slice.matchAll(SPOKESPERSON)].map((match) => ({ match, spokesperson: true })),
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

/** "the chief executive" (ending at `offset`) → the person the article introduced with that title nearby. */
function roleHolder(ctx: SpeakerContext, role: string, offset: number): Speaker | null {
  const pattern = new RegExp(`${WORD_START}${role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}${WORD_END}`, 'iu');
  const mention = latestMention(ctx, offset, (m) => {
    if (m.kind !== 'person') return false;
    const sentence = ctx.sentences[sentenceAt(ctx, m.start)]!;
    return pattern.test(ctx.text.slice(Math.max(sentence.start, m.start - ROLE_REACH), Math.min(sentence.end, m.end + ROLE_REACH)));
  });
  return mention?.speaker ?? null;
}

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
const ROLE_PHRASE = new RegExp(`\\b(?:the|its|his|her|their|[\\p{L}\\p{N}&.-]{1,30}['’]s?)\\s+(?:[\\p{L}-]{1,30}\\s+){0,2}(?<role>${TITLE_WORD})${WORD_END}`, 'giu');
const ROLE_HINT = new RegExp(TITLE_WORD, 'iu');
const PRONOUN = /\b(?:[Hh]e|[Ss]he)\b/gu;
const SPOKESPERSON = new RegExp(
  `\\b(?:[Aa]n?|[Tt]he|(?<its>[Ii]ts|[Tt]heir))\\s+(?:(?<before>${CAPITALISED}(?:\\s+${CAPITALISED}){0,3})\\s+)?(?:company\\s+|firm\\s+)?(?:spokes(?:man|woman|person|people)|representative|press officer)(?:\\s+(?:for|at|of|from)\\s+(?:the\\s+)?(?<after>${CAPITALISED}(?:\\s+${CAPITALISED}){0,3}))?`,
  'gu',
);
const SPOKESPERSON_HINT = /spokes|representative|press officer/u;
const DESCRIBED = '\\b[Tt]he\\s+(?:(?:[\\p{Ll}-]+|\\p{Lu}[\\p{L}]*-[\\p{Ll}]+)\\s+){0,2}';
/** A publication stands for whoever was named as publishing it, the latest organization ("the survey found"). */
const PUBLICATION = new RegExp(`${DESCRIBED}(?:report|survey|study|poll)\\b`, 'gu');
const PUBLICATION_HINT = /report|survey|study|poll/u;

/** The phrases in [start, end) that name or stand for a person or organization, each resolved; sorted by end. */
export function candidatesIn(ctx: SpeakerContext, start: number, end: number): Candidate[] {
  const found: Candidate[] = [];
  const { text } = ctx;
  for (let i = firstAtOrAfter(ctx.speakers.names, start, startOf); i < ctx.speakers.names.length && ctx.speakers.names[i]!.start < end; i++) {
    const mention = ctx.speakers.names[i]!;
    if (mention.end <= end) found.push({ start: mention.start, end: mention.end, personal: mention.kind === 'person', speaker: mention.speaker });
  }
  found.push(...unlistedNames(ctx, start, end, found));
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(PRONOUN)) {
    const at = start + match.index;
    found.push({ start: at, end: at + match[0].length, personal: true, speaker: pronounAntecedent(ctx, match[0], at) });
  }
  for (const match of matchesWithHint(slice, ROLE_PHRASE, ROLE_HINT)) {
    const at = start + match.index;
    const end = at + match[0].length;
    // "the billionaire" with no title to match still points back: to an unnamed source since the latest person, else to that person.
    const speaker = roleHolder(ctx, match.groups!.role!, end) ?? (/^the(?!\w)/iu.test(match[0]) ? definiteReferent(ctx, at) : undefined);
    if (speaker !== undefined) found.push({ start: at, end, personal: true, speaker });
  }
  for (const match of matchesWithHint(slice, SPOKESPERSON, SPOKESPERSON_HINT)) {
    const at = start + match.index;
    found.push({ start: at, end: at + match[0].length, personal: false, speaker: spokespersonOrganization(ctx, match, at) });
  }
  // "one analyst", "a former Acme engineer": a person, unnamed, who speaks for nobody.
  for (const source of unnamedSourcesIn(ctx, start, end)) {
    if (!source.spokesperson) found.push({ start: source.start, end: source.end, personal: true, speaker: null });
  }
  found.push(...organizationReferencesIn(ctx, start, end));
  for (const match of matchesWithHint(slice, PUBLICATION, PUBLICATION_HINT)) {
    const at = start + match.index;
    found.push({ start: at, end: at + match[0].length, personal: false, speaker: latestOrganization(ctx, at) });
  }
  return found.filter((c) => !isQuoted(ctx, c.start)).sort((a, b) => a.end - b.end || a.start - b.start);
}

/** The organization an unnamed spokesperson speaks for: the one named in the phrase, what "its" stands for, else the article's. */
function spokespersonOrganization(ctx: SpeakerContext, match: RegExpMatchArray, at: number): Speaker | null {
  const { its, before, after } = match.groups!;
  const named = before ?? after;
  if (named) return organizationNamed(ctx, at + match[0].lastIndexOf(named), named);
  return its ? organizationForIt(ctx, at) : salientOrganization(ctx, at);
}

/** Capitalised names no mention covers: person-tagged words, or a known surname ("says Early"). */
function unlistedNames(ctx: SpeakerContext, start: number, end: number, covered: readonly Candidate[]): Candidate[] {
  const doc = ctx;
  const found: Candidate[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length && !run.every((t) => t.tags.has('Honorific'))) {
      const first = run[0]!;
      const last = run[run.length - 1]!;
      const runEnd = last.end - possessiveLength(last.text);
      found.push({ start: first.start, end: runEnd, personal: true, speaker: personNamed(ctx.speakers.bySurname, doc.text.slice(first.start, runEnd)) });
    }
    run = [];
  };
  for (let i = firstAtOrAfter(doc.tokens, start, startOf); i < doc.tokens.length && doc.tokens[i]!.end <= end; i++) {
    const token = doc.tokens[i]!;
    const isName = !covered.some((c) => c.start < token.end && token.start < c.end) &&
      isCapitalised(token) && !token.tags.has('Pronoun') && !speaksForNobody(ctx, i) &&
      (PERSON_TAGS.some((tag) => token.tags.has(tag)) || ctx.speakers.bySurname.has(keyOf(token.text)));
    if (isName && run.length && /[,;:.!?()"“”]/u.test(run[run.length - 1]!.post)) flush();
    if (isName) run.push(token);
    else flush();
  }
  flush();
  return found;
}

/** Words that may stand between a subject and its verb: "he also said", "Smith has long argued", and adverbs in -ly. */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'also', 'still', 'later', 'previously', 'then', 'however', 'recently', 'further', 'had', 'has', 'have', 'was',
  'once', 'again', 'earlier', 'separately', 'subsequently', 'would', 'will', 'reportedly', 'publicly', 'simply',
  'just', 'only', 'even', 'did', 'does', 'never', 'often', 'always', 'repeatedly', 'himself', 'herself', 'now', 'long',
  'already', 'first', 'itself', 'both', 'all', 'each',
]);

/** Where the words just before the verb begin, skipping adverbs and auxiliaries. */
function verbPhraseStart(text: string, start: number, cueStart: number): number {
  let end = cueStart;
  for (;;) {
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    const word = /[\p{L}]+$/u.exec(text.slice(Math.max(start, end - 20), end))?.[0];
    if (!word || !(BETWEEN_SUBJECT_AND_VERB.has(word.toLowerCase()) || /^\p{Ll}{2,}ly$/u.test(word))) return end;
    end -= word.length;
  }
}

/** The subject before a cue; a parenthesis between subject and verb ("Smith, Acme's chief, said") is passed over. */
function subjectBefore(ctx: SpeakerContext, start: number, cueStart: number): Candidate | undefined {
  const { text } = ctx;
  const end = verbPhraseStart(text, start, cueStart);
  if (/(?<!\w)it$/iu.test(text.slice(Math.max(start, end - 3), end))) {
    return { start: end - 2, end, personal: false, speaker: organizationForIt(ctx, end - 2) };
  }
  const all = withAdjacentName(ctx, candidatesIn(ctx, start, cueStart), nameEndingAt(ctx, start, end));
  if (text[end - 1] === ',') {
    const apposed = all.find((c) => c.personal && c.speaker && isApposedName(text, c, end - 1));
    if (apposed) return apposed;
    const opening = lastSeparatingComma(text, end - 2);
    if (opening >= start && !isQuoted(ctx, opening)) {
      const chosen = pick(withAdjacentName(ctx, all, nameEndingAt(ctx, start, opening)).filter((c) => c.end <= opening));
      if (chosen) return chosen;
    }
  }
  return pick(all);
}

/** "Acme's president, Jane Smith, said": a name set off after a title, the comma before `commaAt` closing it, is the subject. */
export function isApposedName(text: string, name: Span, commaAt: number): boolean {
  return text[commaAt] === ',' && text.slice(name.end, commaAt).trim() === '' && TITLE_BEFORE_APPOSITION.test(text.slice(Math.max(0, name.start - TITLE_REACH), name.start));
}

/** How far before a name its title may begin ("the company's chief financial officer, "). */
const TITLE_REACH = 40;

/** Adds a capitalised name standing right against the verb, when no person is named otherwise. */
function withAdjacentName(ctx: SpeakerContext, candidates: readonly Candidate[], name: Span | undefined): Candidate[] {
  if (!name || candidates.some((c) => c.personal || (c.start < name.end && name.start < c.end))) return [...candidates];
  const speaker = personNamed(ctx.speakers.byLooseSurname, ctx.text.slice(name.start, name.end));
  return [...candidates, { ...name, personal: true, speaker }].sort((a, b) => a.end - b.end || a.start - b.start);
}

const NOT_ADJACENT_NAME_TAGS = [...NOT_NAME_TAGS, 'Date', 'Value'];

/** A place or product the entities stage found, or the first half of a compound modifier ("London-based"): nobody who speaks. */
export function speaksForNobody(ctx: SpeakerContext, index: number): boolean {
  const token = ctx.tokens[index]!;
  const next = ctx.tokens[index + 1];
  return overlapsAny(ctx.speakers.things, token) || (token.post === '-' && next !== undefined && /^\p{Ll}/u.test(next.text));
}

/** A word that may be part of a name nobody listed: capitalised, and a proper noun or not the first of its sentence. */
function isNameWord(ctx: SpeakerContext, index: number): boolean {
  const token = ctx.tokens[index]!;
  if (!isCapitalised(token) || TITLE_TOKEN.test(token.normal) || NOT_ADJACENT_NAME_TAGS.some((tag) => token.tags.has(tag)) || speaksForNobody(ctx, index)) return false;
  const sentence = ctx.sentences[token.sentence];
  return token.tags.has('ProperNoun') || token.tags.has('Person') || sentence?.tokenStart !== index;
}

/** Most words in a name nobody listed. */
const NAME_WORDS = 4;

/** The capitalised words that end at `end` ("... Elon Musk| said"). */
function nameEndingAt(ctx: SpeakerContext, start: number, end: number): Span | undefined {
  const last = firstAtOrAfter(ctx.tokens, end + 1, endOf) - 1;
  const token = ctx.tokens[last];
  if (!token || token.start < start || ctx.text.slice(token.end, end).trim() !== '') return undefined;
  return nameThrough(ctx, last, -1, start);
}

/** The capitalised words that start at `from` ("said| Elon Musk"). */
function nameStartingAt(ctx: SpeakerContext, from: number): Span | undefined {
  const first = firstAtOrAfter(ctx.tokens, from, startOf);
  const token = ctx.tokens[first];
  if (!token || ctx.text.slice(from, token.start).trim() !== '') return undefined;
  return nameThrough(ctx, first, 1, from);
}

/** The name words from token `index` on, one way (`step`), not past `limit` nor across punctuation. */
function nameThrough(ctx: SpeakerContext, index: number, step: 1 | -1, limit: number): Span | undefined {
  const { tokens } = ctx;
  if (!isNameWord(ctx, index)) return undefined;
  let far = index;
  for (let count = 1; count < NAME_WORDS; count++) {
    const next = far + step;
    const joint = tokens[Math.min(far, next)];
    if (!tokens[next] || !joint || /\S/u.test(joint.post) || (step < 0 && tokens[next]!.start < limit) || !isNameWord(ctx, next)) break;
    far = next;
  }
  const first = tokens[Math.min(index, far)]!;
  const last = tokens[Math.max(index, far)]!;
  return { start: first.start, end: last.end - possessiveLength(last.text) };
}

function pick(candidates: readonly Candidate[]): Candidate | undefined {
  return candidates.findLast((c) => c.personal) ?? candidates[candidates.length - 1];
}

/** How many words after a verb its inverted subject may start ("said market analyst Jane Smith"). */
const INVERTED_REACH = 3;

/** The subject after a verb ("said Smith", "according to Acme"), up to the first punctuation. */
function subjectAfter(ctx: SpeakerContext, from: number): Candidate | undefined {
  const doc = ctx;
  if (!/^\s*\p{L}/u.test(doc.text.slice(from, from + 8))) return undefined;
  const first = firstAtOrAfter(doc.tokens, from, startOf);
  let last = first;
  while (last < first + 8 && last + 1 < doc.tokens.length && !/[,;:.!?()"“”]/u.test(doc.tokens[last]!.post)) last++;
  const end = doc.tokens[last]?.end;
  const reach = doc.tokens[Math.min(first + INVERTED_REACH - 1, last)]?.end;
  if (end === undefined || reach === undefined) return undefined;
  // "said market analyst Jane Smith" is near enough; so is a person after a longer title ("said Acme Research analyst Jane Smith").
  const titled = (c: Candidate) => c.personal && TITLE_BEFORE.test(doc.text.slice(from, c.start));
  const candidates = withAdjacentName(ctx, candidatesIn(ctx, from, end), nameStartingAt(ctx, from)).filter((c) => c.start < reach || titled(c));
  return candidates.find((c) => c.personal) ?? candidates[0];
}

/** A cue whose subject may follow it, where nothing says it does not: "..., reported that ..." has its subject before it. */
export function invertsHere(text: string, cue: Cue): boolean {
  return cue.inverts && !/^\s+that\s/u.test(text.slice(cue.end, cue.end + 6));
}

/** Nothing but punctuation stands before the verb ("..." said Smith; Sales rose, said Smith). */
function bareBefore(text: string, start: number, cueStart: number): boolean {
  const before = text.slice(start, cueStart).trimEnd();
  return before === '' || /[,:;(—–\-"“”'‘’]$/u.test(before);
}

/** How far before a cue its subject is looked for, in characters. */
const SUBJECT_REACH = 300;

/** Who a cue attributes words to: a named person or organization, or null when the text leaves it unnamed. */
export function speakerOfCue(ctx: SpeakerContext, cue: Cue, regionStart: number): Speaker | null {
  return sourceOfCue(ctx, cue, regionStart)?.speaker ?? null;
}

/** The phrase a cue attributes words to ("Smith", "he", "a Microsoft spokesman"), with who it names; none when nothing does. */
export function sourceOfCue(ctx: SpeakerContext, cue: Cue, regionStart: number): Candidate | undefined {
  if (cue.kind === 'according') return subjectAfter(ctx, cue.end);
  if (cue.kind === 'quoted' && cue.named) {
    const { start, end } = cue.named;
    return pick(withAdjacentName(ctx, candidatesIn(ctx, start, end), nameEndingAt(ctx, start, end)));
  }
  const start = Math.max(regionStart, cue.start - SUBJECT_REACH);
  const subject = subjectBefore(ctx, start, cue.start);
  if (invertsHere(ctx.text, cue) && !subject?.personal && bareBefore(ctx.text, start, cue.start)) {
    const inverted = subjectAfter(ctx, cue.end);
    if (inverted) return inverted;
  }
  return subject;
}

/** The person last named or referred to in [start, end), outside quotations. */
export function lastPersonIn(ctx: SpeakerContext, start: number, end: number): Speaker | null {
  return candidatesIn(ctx, Math.max(start, end - SUBJECT_REACH * 2), end).findLast((c) => c.personal)?.speaker ?? null;
}
