import { component } from '../doc/components.js';
import type { Entity, Gender, NameMention, Speaker, SpeakerIndex } from '../doc/layers.js';
import type { Doc, DocWith } from '../doc/document.js';
import { hasAnyTag, isCapitalised, nameRunsIn, notNameTags, PERSON_TAGS, possessiveLength, type NameRunRules } from '../doc/name-runs.js';
import { datelineOf } from './dateline.js';
import { organizationKinds } from './organization-kinds.js';
import { overlapsAny } from './speaker-context.js';
import { endOf, firstAtOrAfter, type Span } from '../doc/spans.js';
import { tokenAt } from '../doc/words.js';
import { FEMALE_HONORIFIC, HONORIFIC, MALE_HONORIFIC, TITLE_AFTER, TITLE_BEFORE, TITLE_TOKEN, surnameAmong } from '../lexicon/titles.js';

// Who may speak in a document: its people and organizations with the people it names only in passing, indexed by
// surname, with their genders and the kinds of organization the text calls them.


export const nameKeyOf = (word: string) => word.replace(/['’]s?$/u, '').toLowerCase();
/** A name's surname as the indexes key it, from the name's words. */
const surnameKey = (words: readonly string[]) => nameKeyOf(surnameAmong(words));
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
  // Names in the dateline ("LONDON, March 12 (Reuters) -") speak for nobody either: the outlet is not "the company".
  const dateline = datelineOf(doc);
  const inDateline = (span: Span) => dateline !== undefined && span.start < dateline.end && dateline.start < span.end;
  const things = [...mentionsOf(['product', 'place']).filter((m) => !inDateline(m)), ...(dateline ? [dateline] : [])].sort((a, b) => a.start - b.start);
  const runs = nameRuns(doc).filter((run) => !overlapsAny(things, run));
  const listed: Speaker[] = entities.filter((e) => e.type === 'person').map((e) => ({ entityId: e.id, name: e.name }));
  const evident = runs.filter((run) => run.evident).map((run) => unlisted(doc, run));
  const bySurname = surnameIndex([...listed, ...evident]);
  // A bare surname ("says Ward") is a person once the article has introduced the full name.
  // A run that goes on before a person's one-word name is that person's fuller name ("Ji-woo Park" of "Park").
  const personMentions = mentionsOf(['person']);
  const extendsPerson = (run: Span) => personMentions.some((m) => m.end === run.end && m.start > run.start && !/\s/u.test(doc.text.slice(m.start, m.end)));
  const people = runs.filter((run) => run.evident || bySurname.has(surnameKey(doc.text.slice(run.start, run.end).split(/\s+/u))) || extendsPerson(run));
  const byLooseSurname = surnameIndex(runs.map((run) => unlisted(doc, run)), new Map(bySurname));
  const entityNames: NameMention[] = entities.flatMap((entity) => {
    if (entity.type !== 'person' && entity.type !== 'organization') return [];
    const own = { entityId: entity.id, name: entity.name };
    const speaker = entity.type === 'person' ? canonical(bySurname, entity.name, own) : own;
    return entity.mentions.filter((m) => !inDateline(m)).map((m) => ({ start: m.start, end: m.end, kind: entity.type as NameMention['kind'], speaker }));
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
    places: mentionsWithSpeaker(entities, 'place'),
    products: mentionsWithSpeaker(entities, 'product'),
  };
}

const unlisted = (doc: Doc, run: Span): Speaker => ({ entityId: null, name: doc.text.slice(run.start, run.end) });

/** The mentions of the entities of a type, sorted, each with its entity as a speaker. */
const mentionsWithSpeaker = (entities: readonly Entity[], type: Entity['type']) =>
  entities
    .filter((e) => e.type === type)
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, speaker: { entityId: e.id, name: e.name } })))
    .sort((a, b) => a.start - b.start);

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

export function personNamed(bySurname: ReadonlyMap<string, Speaker>, written: string): Speaker {
  const name = written.replace(/['’]s?$/u, '');
  return canonical(bySurname, name, { entityId: null, name });
}

/**
 * Adds the people found in the text to the entities' mentions: a person the entities stage missed, or whose
 * name it cut short ("Lee" of "Lee Rainie"). A run that overlaps an organization is left to the organization.
 */
function withPeople(names: readonly NameMention[], people: readonly NameRun[], speakerOf: (run: Span) => Speaker): NameMention[] {
  const replaced = new Set<NameMention>();
  const added: NameMention[] = [];
  for (const run of people) {
    const overlapping: NameMention[] = [];
    for (let i = firstAtOrAfter(names, run.start + 1, endOf); i < names.length && names[i]!.start < run.end; i++) overlapping.push(names[i]!);
    if (overlapping.some((m) => m.kind === 'organization' || (m.start <= run.nameStart && m.end >= run.end) || titlesFullName(m, run))) continue;
    overlapping.forEach((m) => replaced.add(m));
    added.push({ start: run.start, end: run.end, kind: 'person', speaker: speakerOf(run) });
  }
  return [...names.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * The run only adds words before a full name the entities stage has ("Democratic Sen. Claire McCaskill", "House
 * Speaker Paul Ryan"): titles and descriptions, which the person's name leaves out.
 */
const titlesFullName = (mention: NameMention, run: Span) =>
  mention.kind === 'person' && mention.speaker.entityId !== null && mention.end >= run.end && givenWords(mention.speaker.name.split(/\s+/u)).length >= 2;

interface NameRun extends Span {
  /** Where the name begins after the honorifics that open the run ("Kamin" of "Mr. Kamin"). */
  readonly nameStart: number;
  /** Tagged as a person's name, or introduced with a title ("Jane Smith, analyst at Acme"). */
  readonly evident: boolean;
}

/** Runs of capitalised words that may name a person. */
function nameRuns(doc: Doc): NameRun[] {
  const { text } = doc;
  const runs: NameRun[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.boilerplate) continue;
    for (const run of nameRunsIn(doc.tokens, sentence.tokenStart, sentence.tokenEnd, PERSON_NAME_RUNS)) {
      const named = run.filter((t, i) => i < run.length - 1 || !t.tags.has('Honorific'));
      if (!named.length || named.every((t) => t.tags.has('Honorific')) || named.length > 4) continue;
      const last = named[named.length - 1]!;
      const span = { start: named[0]!.start, end: last.end - possessiveLength(last.text) };
      const tagged = named.some((t) => hasAnyTag(t.tags, PERSON_TAGS));
      const titled = TITLE_AFTER.test(text.slice(span.end, span.end + 80)) || TITLE_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start));
      const nameStart = named.find((t) => !t.tags.has('Honorific'))!.start;
      runs.push({ start: span.start, end: span.end, nameStart, evident: tagged || titled });
    }
  }
  return runs;
}

/** A capitalised word other than a title or function word; punctuation, a possessive or an opening mark ends the run. */
const PERSON_NAME_RUNS: NameRunRules = {
  isNameWord: (token) => isCapitalised(token) && !TITLE_TOKEN.test(token.normal) && !hasAnyTag(token.tags, NOT_PERSON_NAME_TAGS),
  endsRun: /\S/u,
  possessiveEnds: true,
  markStarts: true,
  hyphenatedGivenNames: true,
};
const NOT_PERSON_NAME_TAGS = notNameTags('pronoun', 'function');

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
