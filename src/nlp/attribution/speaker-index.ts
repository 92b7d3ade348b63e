import { component } from '../doc/components.js';
import type { Entity, Gender, NameMention, NameRun, Speaker, SpeakerIndex } from '../doc/layers.js';
import type { Doc, DocWith } from '../doc/document.js';
import { datelineOf } from './dateline.js';
import { organizationKinds } from './organization-kinds.js';
import { canonical, givenWords, personNamed } from './person-names.js';
import { endOf, firstAtOrAfter, type Span } from '../doc/spans.js';
import { tokenAt } from '../doc/words.js';
import { FEMALE_HONORIFIC, MALE_HONORIFIC } from '../lexicon/titles.js';

// Who may speak in a document: its people and organizations with the people it names only in passing, indexed by
// surname, with their genders and the kinds of organization the text calls them.


/** Who may speak in the document: its people and organizations, the people it names in passing, their genders and kinds. */
export const speakersComponent = component({
  name: 'speakers',
  requires: ['entities', 'personNames'],
  assigns: ['speakers'],
  run: (doc) => ({ speakers: speakerIndexOf(doc) }),
});

export function speakerIndexOf(doc: DocWith<'entities' | 'personNames'>): SpeakerIndex {
  const { entities } = doc;
  const { people, bySurname } = doc.personNames;
  // Names in the dateline ("LONDON, March 12 (Reuters) -") speak for nobody: the outlet is not "the company".
  const dateline = datelineOf(doc);
  const inDateline = (span: Span) => dateline !== undefined && span.start < dateline.end && dateline.start < span.end;
  const entityNames: NameMention[] = entities.flatMap((entity) => {
    if (entity.type !== 'person' && entity.type !== 'organization') return [];
    const own = { entityId: entity.id, name: entity.name };
    const speaker = entity.type === 'person' ? canonical(bySurname, entity.name, own) : own;
    return entity.mentions.filter((m) => !inDateline(m)).map((m) => ({ start: m.start, end: m.end, kind: entity.type as NameMention['kind'], speaker }));
  });
  const names = withPeople(entityNames.sort((a, b) => a.start - b.start), people, (run) => personNamed(bySurname, doc.text.slice(run.start, run.end)));
  return {
    names,
    genders: gendersOf(doc, names),
    organizations: entities.filter((e) => e.type === 'organization'),
    kinds: organizationKinds(doc, entities),
    places: mentionsWithSpeaker(entities, 'place'),
    products: mentionsWithSpeaker(entities, 'product'),
  };
}

/** The mentions of the entities of a type, sorted, each with its entity as a speaker. */
const mentionsWithSpeaker = (entities: readonly Entity[], type: Entity['type']) =>
  entities
    .filter((e) => e.type === type)
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, speaker: { entityId: e.id, name: e.name } })))
    .sort((a, b) => a.start - b.start);

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
