import type { Capability } from '../capability.js';
import { quoteItems } from '../expect/quotes.js';
import { capitalize, pick, pickTwo, possessive, type Random } from '../generate.js';
import { pastWeekday } from '../lists/calendar.js';
import { COMPANIES, OUTLETS } from '../lists/organizations.js';
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
  templated({
    id: 'quotes/org-title-name',
    description: '"QUOTE," said ORG TITLE PERSON. / ORG TITLE PERSON said: "QUOTE": a title before the name; the person speaks',
    templates: ['"{words}" said {org} {title} {person}.', '"{words}" {org} {title} {person} said.', '{org} {title} {person} said: "{sentence}"'],
    slots: (random) => {
      const words = pick(random, QUOTED_WORDS);
      return { ...personSlots(random), title: pick(random, ['chief executive', 'CEO', 'co-founder', 'president', 'CFO']), words, sentence: asSentence(words) };
    },
    expect: ({ words, sentence, person }, text) => [quoteItems([{ text: text.startsWith('"') ? words : sentence, speaker: person }])],
  }),

  templated({
    id: 'quotes/told-outlet',
    description: '"QUOTE," PERSON told OUTLET (in an interview).: the person speaks, not the outlet',
    templates: ['"{words}" {person} told {outlet}.', '"{words}" {person} told {outlet} in an interview.', '"{words}" {person}, {title} {preposition} {org}, told {outlet}.'],
    slots: (random) => ({ ...personSlots(random), outlet: pick(random, OUTLETS).written, ...quoted(random) }),
    expect: ({ words, person }) => [quoteItems([{ text: words, speaker: person }])],
  }),

  templated({
    id: 'quotes/company-statement',
    description: '"QUOTE," ORG said in a statement. / In a statement, ORG said: "QUOTE": the company speaks',
    templates: ['"{words}" {org} said in a statement.', 'In a statement, {org} said: "{sentence}"', '"{words}" {org} said in an emailed statement on {day}.'],
    slots: (random) => {
      const words = pick(random, QUOTED_WORDS);
      return { org: pick(random, COMPANIES), words, sentence: asSentence(words), ...pastWeekday(random) };
    },
    expect: ({ words, sentence, org }, text) => [quoteItems([{ text: text.startsWith('"') ? words : sentence, speaker: org }])],
  }),

  templated({
    id: 'quotes/two-speakers',
    description: '"Q1," PERSON1 said. ... "Q2," said PERSON2.: each quotation keeps its own speaker',
    templates: ['"{words1}" {person1} said. "{words2}" said {person2}, {title} {preposition} {org}.', '"{words1}" {person1} said.\n\n{person2}, {title} {preposition} {org}, disagreed. "{sentence2}"'],
    slots: (random) => {
      const [one, two] = pickTwo(random, PEOPLE);
      const [words1, words2] = pickTwo(random, QUOTED_WORDS);
      return { ...personSlots(random), person1: one.name, person2: two.name, words1, words2, sentence2: asSentence(words2) };
    },
    expect: ({ words1, words2, sentence2, person1, person2 }, text) => [
      quoteItems([
        { text: words1, speaker: person1 },
        { text: text.includes(`"${words2}"`) ? words2 : sentence2, speaker: person2 },
      ]),
    ],
  }),

  templated({
    id: 'quotes/curly-and-single-marks',
    description: '“QUOTE,” PERSON said. / ‘QUOTE,’ PERSON said.: typographic and single quotation marks',
    templates: ['“{words}” {person} said.', '‘{words}’ {person} said.', '{person} said: “{sentence}”'],
    slots: (random) => {
      const words = pick(random, QUOTED_WORDS);
      return { ...personSlots(random), words, sentence: asSentence(words) };
    },
    expect: ({ words, sentence, person }, text) => [quoteItems([{ text: text.endsWith('”') ? sentence : words, speaker: person }])],
  }),
  templated({
    id: 'quotes/said-owned-title',
    description: '"QUOTE," said ORG\'s TITLE, PERSON.: the person the title introduces speaks, not the company',
    templates: ['"{words}" said {owner} {title}, {person}.', '"{words}" said {owner} {title}, {person}, in an interview.'],
    slots: (random) => ({ ...personSlots(random), owner: possessive(pick(random, COMPANIES)), ...quoted(random) }),
    expect: ({ words, person }) => [quoteItems([{ text: words, speaker: person }])],
  }),
  templated({
    id: 'quotes/statement-and-department',
    description: '..., SOURCE said in a statement. "QUOTE," the statement said. / the DEPARTMENT ... "QUOTE," the department said.: who made the statement, which department',
    templates: [
      'In a statement, {org} said it would appeal. "{words}" the statement said.',
      '{person}, {title} {preposition} {org}, said in a statement that the claims were false. "{words}" the statement said.',
      '{department} opened an inquiry into {org} on Monday. "{words}" the department said in a statement.',
    ],
    slots: (random) => ({
      ...personSlots(random),
      department: pick(random, ['The Department of Justice', 'The US Department of Commerce', 'The Department for Education', 'The New York State Department of Financial Services']),
      ...quoted(random),
    }),
    expect: ({ words, person, org, department }, text) => {
      const speaker = text.includes('the department said') ? department.replace(/^The /, '') : text.startsWith('In a statement') ? org : person;
      return [quoteItems([{ text: words, speaker }])];
    },
  }),
];
