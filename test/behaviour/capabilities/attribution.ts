import type { Capability } from '../capability.js';
import { claimDated, noClaimSpeakerOrSubject, reportedClaim } from '../expect/claims.js';
import { dateValued } from '../expect/figures.js';
import { capitalize, pick, pickTwo, possessive, type Random } from '../generate.js';
import { pastWeekday } from '../lists/calendar.js';
import { COMPANIES, OUTLETS, REGULATORS, RESEARCH_FIRMS, WIRE_AGENCIES } from '../lists/organizations.js';
import { PEOPLE } from '../lists/people.js';
import { ASSERTIONS, CLOSING_VERBS, OFFERINGS, REPORTING_VERBS, SPOKESPERSON_WORDS, TITLES, UNNAMED_SOURCES } from '../lists/phrases.js';
import { CITIES, dateline } from '../lists/places.js';
import { templated } from '../templated.js';

/** What is asserted, as it reads inside a sentence and at its start, and an optional "that" before it. */
function assertion(random: Random) {
  const claim = pick(random, ASSERTIONS);
  return { claim, Claim: capitalize(claim), that: pick(random, ['that ', '']) };
}

/** The claim as the text writes it: capitalised when the sentence opens with it. */
const asWritten = (text: string, claim: string) => (text.startsWith(capitalize(claim)) ? capitalize(claim) : claim);

/** A person with a title at a company, as an apposition ("Amara Okonkwo, chief executive of Lumio Health"), and the person's name. */
function titledPerson(random: Random) {
  const { name } = pick(random, PEOPLE);
  const org = pick(random, COMPANIES);
  const { title, preposition } = pick(random, TITLES);
  const titled = pick(random, [`${name}, ${title} ${preposition} ${org}`, `${name}, the ${title} ${preposition} ${org}`, `${name}, ${possessive(org)} ${title}`]);
  return { titled, person: name };
}

/** A reporting verb as written, and the word its cue must contain. */
function reportingVerb(random: Random) {
  const { written, verb } = pick(random, REPORTING_VERBS);
  return { verb: written, cue: verb };
}

/** A person or a company as the source of a claim. */
const anySource = (random: Random) => pick(random, [pick(random, PEOPLE).name, pick(random, COMPANIES)]);

export const attributionCapabilities: readonly Capability[] = [
  templated({
    id: 'attribution/org-said-that',
    description: 'ORG VERB (that) CLAIM: the company is the speaker, the clause the claim',
    templates: ['{org} {verb} {that}{claim}.', '{org} {verb} in a statement that {claim}.'],
    slots: (random) => ({ org: pick(random, COMPANIES), ...reportingVerb(random), ...assertion(random) }),
    expect: ({ org, cue, claim }) => [reportedClaim({ text: claim, speaker: org, cue })],
  }),

  templated({
    id: 'attribution/person-said-that',
    description: 'PERSON VERB (that) CLAIM: the person is the speaker',
    templates: ['{person} {verb} {that}{claim}.', '{person} {verb} in a blog post that {claim}.'],
    slots: (random) => ({ person: pick(random, PEOPLE).name, ...reportingVerb(random), ...assertion(random) }),
    expect: ({ person, cue, claim }) => [reportedClaim({ text: claim, speaker: person, cue })],
  }),

  templated({
    id: 'attribution/claim-then-source',
    description: 'CLAIM, SOURCE VERB.: the words before the comma are the claim',
    templates: ['{Claim}, {source} {verb}.', '{Claim}, {source} {verb} in a statement.'],
    slots: (random) => ({ source: anySource(random), verb: pick(random, CLOSING_VERBS), ...assertion(random) }),
    expect: ({ source, verb, Claim }) => [reportedClaim({ text: Claim, speaker: source, cue: verb })],
  }),

  templated({
    id: 'attribution/claim-then-said-source',
    description: 'CLAIM, said PERSON(, TITLE at ORG).: the inverted cue',
    templates: ['{Claim}, {verb} {person}.', '{Claim}, {verb} {titled}.'],
    slots: (random) => ({ ...titledPerson(random), verb: pick(random, ['said', 'says', 'added', 'noted']), ...assertion(random) }),
    expect: ({ person, verb, Claim }) => [reportedClaim({ text: Claim, speaker: person, cue: verb })],
  }),

  templated({
    id: 'attribution/person-title-at-org',
    description: 'PERSON, TITLE at ORG, VERB (that) CLAIM: the person speaks, not the company',
    templates: ['{titled}, {verb} {that}{claim}.'],
    slots: (random) => ({ ...titledPerson(random), ...reportingVerb(random), ...assertion(random) }),
    expect: ({ person, cue, claim }) => [reportedClaim({ text: claim, speaker: person, cue })],
  }),

  templated({
    id: 'attribution/according-to',
    description: 'According to SOURCE, CLAIM. / CLAIM, according to SOURCE.',
    templates: ['According to {source}, {claim}.', '{Claim}, according to {source}.'],
    slots: (random) => ({ source: pick(random, [anySource(random), pick(random, RESEARCH_FIRMS)]), ...assertion(random) }),
    expect: ({ source, claim }, text) => [reportedClaim({ text: asWritten(text, claim), speaker: source, cue: 'according to' })],
  }),

  templated({
    id: 'attribution/told-outlet',
    description: 'SOURCE told OUTLET (that) CLAIM: the source speaks; the outlet is neither speaker nor subject',
    templates: ['{source} told {outlet} {that}{claim}.', '{source} told {outlet} in an interview that {claim}.'],
    slots: (random) => {
      const org = pick(random, COMPANIES);
      const { titled, person } = titledPerson(random);
      const [source, speaker] = pick(random, [[org, org], [`${titled},`, person]]);
      const outlet = pick(random, OUTLETS);
      return { source, speaker, outlet: outlet.written, outletName: outlet.name, ...assertion(random) };
    },
    expect: ({ speaker, outletName, claim }) => [reportedClaim({ text: claim, speaker, cue: 'told' }), noClaimSpeakerOrSubject([outletName])],
  }),

  templated({
    id: 'attribution/source-on-day-said',
    description: 'ORG on DAY said (that) CLAIM / ORG said on DAY that CLAIM: the day dates the claim',
    templates: ['{org} on {day} said {that}{claim}.', '{org} said on {day} that {claim}.'],
    slots: (random) => ({ org: pick(random, COMPANIES), ...pastWeekday(random), ...assertion(random) }),
    expect: ({ org, day, value, claim }) => [reportedClaim({ text: claim, speaker: org, cue: 'said' }), claimDated(claim, day), dateValued(day, value, 'day')],
  }),

  templated({
    id: 'attribution/quoted-as-saying',
    description: 'PERSON was quoted (by OUTLET) as saying (that) CLAIM: a passive cue',
    templates: ['{person} was quoted as saying {that}{claim}.', '{person} was quoted by {outlet} as saying {that}{claim}.'],
    slots: (random) => {
      const outlet = pick(random, OUTLETS);
      return { person: pick(random, PEOPLE).name, outlet: outlet.written, outletName: outlet.name, ...assertion(random) };
    },
    expect: ({ person, outletName, claim }) => [reportedClaim({ text: claim, speaker: person }), noClaimSpeakerOrSubject([outletName])],
  }),

  templated({
    id: 'attribution/participle-adding',
    description: 'SOURCE said CLAIM1, adding/noting that CLAIM2: two claims, one speaker',
    templates: ['{source} said {first}, {participle} that {second}.'],
    slots: (random) => {
      const [first, second] = pickTwo(random, ASSERTIONS);
      return { source: anySource(random), first, second, participle: pick(random, ['adding', 'noting']) };
    },
    expect: ({ source, first, second, participle }) => [
      reportedClaim({ text: first, speaker: source, cue: 'said' }),
      reportedClaim({ text: second, speaker: source, cue: participle }),
    ],
  }),

  templated({
    id: 'attribution/unnamed-source',
    description: 'CLAIM, one analyst said. / People familiar with the plans said CLAIM: speaker null',
    templates: ['{Claim}, {source} said.', '{Source} said {that}{claim}.'],
    slots: (random) => {
      const source = pick(random, UNNAMED_SOURCES);
      return { source, Source: capitalize(source), ...assertion(random) };
    },
    expect: ({ claim }, text) => [reportedClaim({ text: asWritten(text, claim), speaker: null, cue: 'said' })],
  }),

  templated({
    id: 'attribution/spokesperson',
    description: 'A ORG spokesperson said CLAIM / CLAIM, a spokesman for ORG said: the company speaks',
    templates: ['{Claim}, {spokesperson} said.', '{Spokesperson} said {that}{claim}.'],
    slots: (random) => {
      const org = pick(random, COMPANIES);
      const word = pick(random, SPOKESPERSON_WORDS);
      const spokesperson = pick(random, [`a ${org} ${word}`, `a ${word} for ${org}`]);
      return { org, spokesperson, Spokesperson: capitalize(spokesperson), ...assertion(random) };
    },
    expect: ({ org, claim }, text) => [reportedClaim({ text: asWritten(text, claim), speaker: org, cue: 'said' })],
  }),

  templated({
    id: 'attribution/surname-after-full-name',
    description: 'PERSON, TITLE of ORG, ... . SURNAME said CLAIM: the surname is the full name',
    templates: ['{titled}, spoke at a conference in {city}. {surname} said {that}{claim}.', '{titled}, has run the business since 2021. {surname} said {that}{claim}.'],
    slots: (random) => {
      const { titled, person } = titledPerson(random);
      return { titled, person, surname: person.slice(person.lastIndexOf(' ') + 1), city: pick(random, CITIES), ...assertion(random) };
    },
    expect: ({ person, claim }) => [reportedClaim({ text: claim, speaker: person, cue: 'said' })],
  }),

  templated({
    id: 'attribution/honorific-surname',
    description: 'PERSON ... . Mr/Ms SURNAME said CLAIM: the courtesy title and surname are the full name',
    templates: ['{person} became {title} {preposition} {org} in {year}. {honorific} {surname} said {that}{claim}.'],
    slots: (random) => {
      const { name, honorific, surname } = pick(random, PEOPLE);
      return { person: name, honorific, surname, org: pick(random, COMPANIES), ...pick(random, TITLES), year: pick(random, ['2019', '2021', '2023']), ...assertion(random) };
    },
    expect: ({ person, claim }) => [reportedClaim({ text: claim, speaker: person, cue: 'said' })],
  }),

  templated({
    id: 'attribution/pronoun-one-candidate',
    description: 'PERSON joined ORG .... He/She said CLAIM: the pronoun is the only person',
    templates: ['{person} joined {org} as {title} last year. {Pronoun} said {that}{claim}.', '{person} left {org} in 2022. {Pronoun} said {that}{claim}.'],
    slots: (random) => {
      const { name, pronoun } = pick(random, PEOPLE);
      const { title } = pick(random, TITLES.filter((t) => t.title !== 'co-founder'));
      return { person: name, Pronoun: capitalize(pronoun), org: pick(random, COMPANIES), title, ...assertion(random) };
    },
    expect: ({ person, claim }) => [reportedClaim({ text: claim, speaker: person, cue: 'said' })],
  }),

  templated({
    id: 'attribution/the-company-one-candidate',
    description: 'ORG makes X. The company said CLAIM: "the company" is the only company',
    templates: ['{org} makes {offering}. {Reference} said {that}{claim}.', '{org} was founded in {city} in 2015. {Reference} said {that}{claim}.'],
    slots: (random) => ({
      org: pick(random, COMPANIES),
      offering: pick(random, OFFERINGS),
      city: pick(random, CITIES),
      Reference: pick(random, ['The company', 'The firm']),
      ...assertion(random),
    }),
    expect: ({ org, claim }) => [reportedClaim({ text: claim, speaker: org, cue: 'said' })],
  }),

  templated({
    id: 'attribution/dateline-not-source',
    description: 'CITY (AGENCY) - ORG said on DAY that CLAIM: the dateline is neither speaker nor subject',
    templates: ['{dateline}{org} said on {day} that {claim}.', '{dateline}{org} said {that}{claim}.'],
    slots: (random) => {
      const { written, place, agency } = dateline(pick(random, CITIES), pick(random, WIRE_AGENCIES));
      return { dateline: written, place, agency, org: pick(random, COMPANIES), ...pastWeekday(random), ...assertion(random) };
    },
    expect: ({ org, place, agency, claim }) => [reportedClaim({ text: claim, speaker: org, cue: 'said' }), noClaimSpeakerOrSubject([place, agency])],
  }),

  templated({
    id: 'attribution/outlet-listener',
    description: 'In an interview with OUTLET, PERSON said CLAIM: the outlet is neither speaker nor subject',
    templates: [
      'In an interview with {outlet}, {titled}, said {that}{claim}.',
      '{titled}, said in an interview with {outlet} that {claim}.',
      'Speaking to {outlet}, {titled}, said {that}{claim}.',
    ],
    slots: (random) => {
      const outlet = pick(random, OUTLETS);
      return { ...titledPerson(random), outlet: outlet.written, outletName: outlet.name, ...assertion(random) };
    },
    expect: ({ person, outletName, claim }) => [reportedClaim({ text: claim, speaker: person, cue: 'said' }), noClaimSpeakerOrSubject([outletName])],
  }),
  templated({
    id: 'attribution/org-title-name-said',
    description: 'ORG TITLE PERSON said (that) CLAIM: a title before the name ("Acme chief executive Jane Doe"); the person speaks',
    templates: ['{org} {title} {person} {verb} {that}{claim}.', '{Claim}, {org} {title} {person} said.', '{Claim}, said {org} {title} {person}.'],
    slots: (random) => ({
      org: pick(random, COMPANIES),
      title: pick(random, ['chief executive', 'CEO', 'co-founder', 'president', 'chief financial officer', 'CFO', 'spokesperson']),
      person: pick(random, PEOPLE).name,
      ...reportingVerb(random),
      ...assertion(random),
    }),
    expect: ({ person, claim }, text) => [reportedClaim({ text: asWritten(text, claim), speaker: person })],
  }),

  templated({
    id: 'attribution/said-in-filing',
    description: 'ORG said in a filing (with REGULATOR) that CLAIM: the company speaks; the regulator is neither speaker nor subject',
    templates: ['{org} said in a filing with {regulator} that {claim}.', '{org} said in a regulatory filing on {day} that {claim}.', 'In a filing with {regulator}, {org} said {that}{claim}.'],
    slots: (random) => {
      const regulator = pick(random, REGULATORS);
      return { org: pick(random, COMPANIES), regulator, regulatorName: regulator.replace(/^the /, ''), ...pastWeekday(random), ...assertion(random) };
    },
    expect: ({ org, regulatorName, claim }) => [reportedClaim({ text: claim, speaker: org, cue: 'said' }), noClaimSpeakerOrSubject([regulatorName])],
  }),

  templated({
    id: 'attribution/who-clause-source',
    description: 'PERSON, who RELATIVE CLAUSE, said (that) CLAIM: the relative clause does not move the speaker',
    templates: [
      '{person}, who founded {org} in 2016, said {that}{claim}.',
      '{person}, who leads the cloud business at {org}, said {that}{claim}.',
      '{person}, who joined {org} from {other} last year, said {that}{claim}.',
    ],
    slots: (random) => {
      const [org, other] = pickTwo(random, COMPANIES);
      return { person: pick(random, PEOPLE).name, org, other, ...assertion(random) };
    },
    expect: ({ person, claim }) => [reportedClaim({ text: claim, speaker: person, cue: 'said' })],
  }),

  templated({
    id: 'attribution/told-analysts-or-reporters',
    description: 'SOURCE told analysts/reporters/investors (on a call) that CLAIM: the listeners are not the speaker',
    templates: ['{source} told {listeners} that {claim}.', '{source} told {listeners} on a conference call on {day} that {claim}.'],
    slots: (random) => ({
      source: anySource(random),
      listeners: pick(random, ['analysts', 'reporters', 'investors', 'employees', 'shareholders']),
      ...pastWeekday(random),
      ...assertion(random),
    }),
    expect: ({ source, claim }) => [reportedClaim({ text: claim, speaker: source, cue: 'told' })],
  }),

  templated({
    id: 'attribution/post-on-platform',
    description: 'PERSON wrote on PLATFORM that CLAIM / In a post on PLATFORM, PERSON said CLAIM: the platform is not the speaker',
    templates: ['{person} wrote on {platform} that {claim}.', 'In a post on {platform}, {person} said {that}{claim}.', '{person} said in a post on {platform} that {claim}.'],
    slots: (random) => ({ person: pick(random, PEOPLE).name, platform: pick(random, ['LinkedIn', 'X', 'Threads', 'Bluesky', 'Mastodon', 'the company blog']), ...assertion(random) }),
    expect: ({ person, platform, claim }) => [reportedClaim({ text: claim, speaker: person }), noClaimSpeakerOrSubject([platform])],
  }),

  templated({
    id: 'attribution/two-sources-in-turn',
    description: 'PERSON1 said CLAIM1. PERSON2, however, said CLAIM2: each claim keeps its own speaker',
    templates: ['{first} said {claim1}. {second}, however, said {claim2}.', '{first} said {claim1}. But {second} said {claim2}.'],
    slots: (random) => {
      const [one, two] = pickTwo(random, PEOPLE);
      const [claim1, claim2] = pickTwo(random, ASSERTIONS);
      return { first: one.name, second: two.name, claim1, claim2 };
    },
    expect: ({ first, second, claim1, claim2 }) => [
      reportedClaim({ text: claim1, speaker: first, cue: 'said' }),
      reportedClaim({ text: claim2, speaker: second, cue: 'said' }),
    ],
  }),

  templated({
    id: 'attribution/pronoun-closing',
    description: 'PERSON joined ORG .... CLAIM, he/she said.: a closing pronoun is the only person',
    templates: ['{person} joined {org} in 2021. {Claim}, {pronoun} said.', '{person} has led {org} since 2019. {Claim}, {pronoun} added.'],
    slots: (random) => {
      const { name, pronoun } = pick(random, PEOPLE);
      return { person: name, pronoun, org: pick(random, COMPANIES), ...assertion(random) };
    },
    expect: ({ person, Claim }) => [reportedClaim({ text: Claim, speaker: person })],
  }),
  templated({
    id: 'attribution/said-owned-title',
    description: 'CLAIM, said ORG\'s TITLE, PERSON.: the person the title introduces speaks, not the company',
    templates: ['{Claim}, said {owner} {title}, {person}.'],
    slots: (random) => ({ owner: possessive(pick(random, COMPANIES)), title: pick(random, TITLES).title, person: pick(random, PEOPLE).name, ...assertion(random) }),
    expect: ({ person, Claim }) => [reportedClaim({ text: Claim, speaker: person, cue: 'said' })],
  }),
];
