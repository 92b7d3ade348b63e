import type { Capability } from '../capability.js';
import { quoteItems } from '../expect/quotes.js';
import { capitalize, pick, type Random } from '../generate.js';
import { pastWeekday } from '../lists/calendar.js';
import { COMPANIES } from '../lists/organizations.js';
import { PEOPLE } from '../lists/people.js';
import { QUOTED_ENDINGS, QUOTED_WORDS, SPOKESPERSON_WORDS, TITLES, UNNAMED_SOURCES } from '../lists/phrases.js';
import { CITIES } from '../lists/places.js';
import { templated } from '../templated.js';

/** Quoted words that end a sentence instead of leading into ", she said". */
const asSentence = (words: string) => `${words.replace(/,$/, '')}.`;

/** A person, the ways a later sentence refers back to them, and what they do, as slots. */
function personSlots(random: Random) {
  const { name, surname, pronoun, honorific } = pick(random, PEOPLE);
  const { title, preposition } = pick(random, TITLES);
  return { person: name, surname, pronoun, honorific, title, preposition, org: pick(random, COMPANIES), city: pick(random, CITIES) };
}

/** Sentences that introduce a person before a quotation refers back to them. */
const INTRODUCTIONS = [
  '{person}, {title} {preposition} {org}, spoke at a conference in {city}.',
  '{person} has been {title} {preposition} {org} since 2022.',
  '{person} runs the cloud division of {org}.',
];

const quoted = (random: Random) => ({ words: pick(random, QUOTED_WORDS), ending: pick(random, QUOTED_ENDINGS) });

export const quoteCapabilities: readonly Capability[] = [
  templated({
    id: 'quotes/speaker-after',
    description: '"QUOTE," PERSON said. / "QUOTE," said PERSON.: the speaker after the quotation',
    templates: ['"{words}" {person} {verb}.', '"{words}" {verb} {person}.', '"{words}" {verb} {person}, {title} {preposition} {org}.'],
    slots: (random) => ({ ...personSlots(random), ...quoted(random), verb: pick(random, ['said', 'says', 'added']) }),
    expect: ({ words, person }) => [quoteItems([{ text: words, speaker: person }])],
  }),

  templated({
    id: 'quotes/speaker-before',
    description: 'PERSON(, TITLE of ORG,) said: "QUOTE": the speaker before the quotation',
    templates: ['{person} {verb}: "{sentence}"', '{person}, {title} {preposition} {org}, {verb}: "{sentence}"'],
    slots: (random) => ({
      ...personSlots(random),
      sentence: asSentence(pick(random, QUOTED_WORDS)),
      verb: pick(random, ['said', 'told reporters', 'wrote in a blog post', 'added']),
    }),
    expect: ({ sentence, person }) => [quoteItems([{ text: sentence, speaker: person }])],
  }),

  templated({
    id: 'quotes/interrupted',
    description: '"Q1," PERSON said, "q2." / "Q1," PERSON said. "Q2.": two quotations, one speaker',
    templates: ['"{words}" {person} said, "{continuation}"', '"{words}" {person} said. "{ending}"'],
    slots: (random) => {
      const { words, ending } = quoted(random);
      return { ...personSlots(random), words, ending, continuation: ending.charAt(0).toLowerCase() + ending.slice(1) };
    },
    expect: ({ words, ending, continuation, person }, text) => [
      quoteItems([
        { text: words, speaker: person },
        { text: text.includes(ending) ? ending : continuation, speaker: person },
      ]),
    ],
  }),

  templated({
    id: 'quotes/pronoun-speaker',
    description: 'PERSON ... . "QUOTE," she/he said.: the pronoun is the only person',
    templates: INTRODUCTIONS.map((introduction) => `${introduction} "{words}" {pronoun} said.`),
    slots: (random) => ({ ...personSlots(random), ...quoted(random) }),
    expect: ({ words, person }) => [quoteItems([{ text: words, speaker: person }])],
  }),

  templated({
    id: 'quotes/surname-speaker',
    description: 'PERSON ... . "QUOTE," SURNAME / Mr SURNAME said.: the surname is the full name',
    templates: INTRODUCTIONS.flatMap((introduction) => [`${introduction} "{words}" {surname} said.`, `${introduction} "{words}" {honorific} {surname} said.`]),
    slots: (random) => ({ ...personSlots(random), ...quoted(random) }),
    expect: ({ words, person }) => [quoteItems([{ text: words, speaker: person }])],
  }),

  templated({
    id: 'quotes/paragraph-continuation',
    description: 'PERSON said: "P1 ¶ "P2": a quotation over two paragraphs is two quotes, one speaker',
    templates: ['{person} said on {day}: "{sentence}\n\n"{ending}"', '{person}, {title} {preposition} {org}, said on {day}: "{sentence}\n\n"{ending}"'],
    slots: (random) => ({ ...personSlots(random), ...pastWeekday(random), sentence: asSentence(pick(random, QUOTED_WORDS)), ending: pick(random, QUOTED_ENDINGS) }),
    expect: ({ sentence, ending, person }) => [quoteItems([{ text: sentence, speaker: person }, { text: ending, speaker: person }])],
  }),

  templated({
    id: 'quotes/spokesperson',
    description: '"QUOTE," a ORG spokesperson said.: the company is the speaker',
    templates: ['"{words}" a {org} {word} said.', '"{words}" a {word} for {org} said.', '"{words}" said a {word} for {org}.'],
    slots: (random) => ({ org: pick(random, COMPANIES), word: pick(random, SPOKESPERSON_WORDS), ...quoted(random) }),
    expect: ({ words, org }) => [quoteItems([{ text: words, speaker: org }])],
  }),

  templated({
    id: 'quotes/unnamed-speaker',
    description: '"QUOTE," one analyst said.: an unnamed source gives no speaker',
    templates: ['"{words}" {source} said.', '{Source} said: "{sentence}"'],
    slots: (random) => {
      const source = pick(random, UNNAMED_SOURCES);
      const words = pick(random, QUOTED_WORDS);
      return { source, Source: capitalize(source), words, sentence: asSentence(words) };
    },
    expect: ({ words, sentence }, text) => [quoteItems([{ text: text.startsWith('"') ? words : sentence, speaker: null }])],
  }),
];
