import { component } from '../doc/components.js';
import type { Entity, NameRun, PersonNames, Speaker } from '../doc/layers.js';
import type { Doc, DocWith } from '../doc/document.js';
import { hasAnyTag, isCapitalised, nameRunsIn, notNameTags, PERSON_TAGS, possessiveLength, type NameRunRules } from '../doc/name-runs.js';
import { datelineOf } from './dateline.js';
import { overlapsAny } from './speaker-context.js';
import type { Span } from '../doc/spans.js';
import { HONORIFIC, TITLE_AFTER, TITLE_BEFORE, TITLE_TOKEN, isOfficeWord, surnameAmong } from '../lexicon/titles.js';

// The people a document names beyond its person entities: runs of capitalised words read as names, those the text
// makes people (a person the entities stage missed, or whose name it cut short: "Lee" of "Lee Rainie"), and the
// people by surname. Speaker resolution reads them beside the entities; they are not entities themselves (made
// entities they cost precision: articles 91.4 -> 90.9, dev 94.0 -> 93.5, conll-dev 88.7 -> 88.5).

export const nameKeyOf = (word: string) => word.replace(/['’]s?$/u, '').toLowerCase();
/** A name's surname as the indexes key it, from the name's words. */
const surnameKey = (words: readonly string[]) => nameKeyOf(surnameAmong(words));
/** The words of a name other than honorifics. */
export const givenWords = (words: readonly string[]) => words.filter((word) => !HONORIFIC.test(word));

/** The people the document names beyond its person entities, and everyone by surname. */
export const personNamesComponent = component({
  name: 'person-names',
  requires: ['entities'],
  assigns: ['personNames'],
  run: (doc) => ({ personNames: personNamesOf(doc) }),
});

export function personNamesOf(doc: DocWith<'entities'>): PersonNames {
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
  return { things, runs, people, bySurname, byLooseSurname };
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
export function canonical(bySurname: ReadonlyMap<string, Speaker>, name: string, fallback: Speaker): Speaker {
  const words = name.split(/\s+/u);
  if (givenWords(words).length >= 2) return fallback;
  return bySurname.get(surnameKey(words)) ?? fallback;
}

export function personNamed(bySurname: ReadonlyMap<string, Speaker>, written: string): Speaker {
  const name = written.replace(/['’]s?$/u, '');
  return canonical(bySurname, name, { entityId: null, name });
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

/**
 * A capitalised word other than a title, an office ("Financial" of "Chief Financial Officer") or a function word;
 * punctuation, a possessive or an opening mark ends the run.
 */
const PERSON_NAME_RUNS: NameRunRules = {
  isNameWord: (token) => isCapitalised(token) && !TITLE_TOKEN.test(token.normal) && !isOfficeWord(token.normal) && !hasAnyTag(token.tags, NOT_PERSON_NAME_TAGS),
  endsRun: /\S/u,
  possessiveEnds: true,
  markStarts: true,
  hyphenatedGivenNames: true,
};
const NOT_PERSON_NAME_TAGS = notNameTags('pronoun', 'function');
