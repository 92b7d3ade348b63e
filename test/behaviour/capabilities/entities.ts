import type { Capability } from '../capability.js';
import { entityTyped, mergedEntity, noEntityWith, noPossessiveNames } from '../expect/entities.js';
import { capitalize, pick } from '../generate.js';
import { NUMBERS, PERCENT_NUMBERS } from '../lists/figures.js';
import { INVESTORS, KNOWN_COMPANIES, RESEARCH_FIRMS, UNKNOWN_COMPANIES } from '../lists/organizations.js';
import { PEOPLE } from '../lists/people.js';
import { ASSERTIONS, CAPITALISED_TITLES, COMPANY_TITLES, OFFERINGS, TITLES, WHO_CLAUSES } from '../lists/phrases.js';
import { CITIES, COUNTRIES, TWO_WORD_TOWNS } from '../lists/places.js';
import { KNOWN_PRODUCTS, UNKNOWN_APPS, VERSIONED_MODELS } from '../lists/products.js';
import { templated } from '../templated.js';

const organization = 'organization';

export const entityCapabilities: readonly Capability[] = [
  templated({
    id: 'entities/unknown-company-apposition',
    description: 'X, a startup based in CITY, ... / X, which makes ...: an unknown two-word name is an organization',
    templates: [
      '{name}, a startup based in {city}, said it had hired {count} engineers.',
      '{name}, a {city}-based maker of {offering}, has opened a second office.',
      '{name}, which makes {offering}, was founded in {city} in 2018.',
      'The deal values {name}, a maker of {offering}, at more than its rivals.',
    ],
    slots: (random) => ({
      name: pick(random, UNKNOWN_COMPANIES),
      city: pick(random, CITIES),
      offering: pick(random, OFFERINGS),
      count: pick(random, ['40', '120', '300']),
    }),
    expect: ({ name }) => [entityTyped(name, organization)],
  }),

  templated({
    id: 'entities/unknown-company-shares',
    description: 'Shares of X fell N% / X shares rose: an unknown name with shares is an organization',
    templates: [
      'Shares of {name} fell {p}% in early trading.',
      "{name's} shares rose {p}% after the results.",
      '{name} shares jumped {p}% on the news.',
      'Investors sent shares of {name} down {p}% this week.',
    ],
    slots: (random) => ({ name: pick(random, UNKNOWN_COMPANIES), p: pick(random, PERCENT_NUMBERS) }),
    expect: ({ name }) => [entityTyped(name, organization)],
  }),

  templated({
    id: 'entities/unknown-company-funding',
    description: 'X raised $N million from INVESTOR: an unknown name that raises money is an organization',
    templates: [
      '{name} has raised ${n} million from {investor}.',
      '{name} raised ${n} million in a Series A round.',
      '{investor} has invested ${n} million in {name}.',
      '{name} closed a ${n} million funding round on Monday.',
    ],
    slots: (random) => ({ name: pick(random, UNKNOWN_COMPANIES), n: pick(random, NUMBERS), investor: pick(random, INVESTORS) }),
    expect: ({ name }) => [entityTyped(name, organization)],
  }),

  templated({
    id: 'entities/unknown-company-of-title',
    description: 'PERSON, TITLE of X, ... / X chief executive PERSON: the name a title belongs to is an organization',
    templates: ['{person}, {title} {preposition} {name}, said {claim}.', '{name} {title} {person} said {claim}.', "{name's} {title}, {person}, said {claim}."],
    slots: (random) => ({
      name: pick(random, UNKNOWN_COMPANIES),
      person: pick(random, PEOPLE).name,
      ...pick(random, TITLES),
      claim: pick(random, ASSERTIONS),
    }),
    expect: ({ name, person }) => [entityTyped(name, organization), entityTyped(person, 'person')],
  }),

  templated({
    id: 'entities/person-analyst',
    description: 'analyst X said / X, an analyst at FIRM, said: a name with "analyst" is a person',
    templates: ['Analyst {person} said {claim}.', '{person}, an analyst at {firm}, said {claim}.', '{Claim}, said {person}, an analyst at {firm}.', '{firm} analyst {person} said {claim}.'],
    slots: (random) => {
      const claim = pick(random, ASSERTIONS);
      return { person: pick(random, PEOPLE).name, firm: pick(random, RESEARCH_FIRMS), claim, Claim: capitalize(claim) };
    },
    expect: ({ person }) => [entityTyped(person, 'person')],
  }),

  templated({
    id: 'entities/person-title',
    description: "chief executive X said / X, ORG's TITLE, said: a titled name is a person",
    templates: ['{Title} {person} said {claim}.', "{company's} {title}, {person}, said {claim}.", '{person}, {title} {preposition} {company}, said {claim}.', '{company} {title} {person} told staff that {claim}.'],
    slots: (random) => {
      const { title, preposition } = pick(random, TITLES);
      return { person: pick(random, PEOPLE).name, title, Title: capitalize(title), preposition, company: pick(random, KNOWN_COMPANIES), claim: pick(random, ASSERTIONS) };
    },
    expect: ({ person }) => [entityTyped(person, 'person')],
  }),

  templated({
    id: 'entities/product-app',
    description: 'the X app: an unknown two-word name before "app" is a product',
    templates: [
      'Users of the {app} app can now pay in shops.',
      '{company} launched the {app} app in {country} last month.',
      'The {app} app has been downloaded two million times.',
      'Downloads of the {app} app doubled after the update.',
    ],
    slots: (random) => ({ app: pick(random, UNKNOWN_APPS), company: pick(random, KNOWN_COMPANIES), country: pick(random, COUNTRIES) }),
    expect: ({ app }) => [entityTyped(app, 'product')],
  }),

  templated({
    id: 'entities/versioned-model',
    description: 'ORG released MODEL N, its latest model: a name with a version number is a product',
    templates: [
      '{company} released {model}, its latest language model, on Tuesday.',
      '{model} is available to developers from today.',
      '{company} said {model} was twice as fast as its predecessor.',
      'Customers can try {model} through the {company} cloud.',
    ],
    slots: (random) => ({ model: pick(random, VERSIONED_MODELS), company: pick(random, KNOWN_COMPANIES) }),
    expect: ({ model }) => [entityTyped(model, 'product')],
  }),

  templated({
    id: 'entities/known-product',
    description: 'MAKER cut the price of PRODUCT / sales of PRODUCT: a known product is a product, its maker an organization',
    templates: [
      '{maker} cut the price of {named} in {country}.',
      'Sales of {named} rose last quarter, {maker} said.',
      '{maker} will stop updating older versions of {named} next year.',
    ],
    slots: (random) => ({ ...pick(random, KNOWN_PRODUCTS), country: pick(random, COUNTRIES) }),
    expect: ({ product, maker }) => [entityTyped(product, 'product'), entityTyped(maker, organization)],
  }),

  templated({
    id: 'entities/two-word-town',
    description: 'ORG opened an office in TOWN, REGION: a two-word town after "in" is a place',
    templates: [
      '{company} opened an office in {town}, {region}.',
      '{company}, a startup based in {town}, {region}, makes {offering}.',
      '{company} will build a factory near {town}, {region}.',
      'The data centre in {town}, {region}, will employ 300 people.',
    ],
    slots: (random) => ({ ...pick(random, TWO_WORD_TOWNS), company: pick(random, KNOWN_COMPANIES), offering: pick(random, OFFERINGS) }),
    expect: ({ town }) => [entityTyped(town, 'place')],
  }),

  templated({
    id: 'entities/surname-alias',
    description: 'PERSON ... . SURNAME said ...: one person entity, the surname an alias',
    templates: ['{person}, {title} {preposition} {company}, spoke in {city}. {surname} said {claim}.', '{person} joined {company} in 2020. {surname} said {claim}.'],
    slots: (random) => {
      const person = pick(random, PEOPLE);
      return { person: person.name, surname: person.surname, ...pick(random, TITLES), company: pick(random, KNOWN_COMPANIES), city: pick(random, CITIES), claim: pick(random, ASSERTIONS) };
    },
    expect: ({ person, surname }) => [mergedEntity(person, surname, 'person')],
  }),

  templated({
    id: 'entities/surname-who-clause',
    description: 'SURNAME, who ..., said ...: a name a "who" clause describes is a person, whatever the name',
    templates: ['{surname}, who {clause}, said {claim}.', 'The plan was drawn up by {surname}, who {clause}.', '{Claim}, said {surname}, who {clause}.'],
    slots: (random) => {
      const claim = pick(random, ASSERTIONS);
      return { surname: pick(random, PEOPLE).surname, clause: pick(random, WHO_CLAUSES), claim, Claim: capitalize(claim) };
    },
    expect: ({ surname }) => [entityTyped(surname, 'person')],
  }),

  templated({
    id: 'entities/capitalised-title',
    description: 'Chief Financial Officer / Secretary of State / Head of Product PERSON: a title written in capitals is no name, nor part of one',
    templates: ['{title} {person} said {claim}.', '{Claim}, {title} {person} told analysts.', 'At {company}, {title} {person} will lead the review.'],
    slots: (random) => {
      const claim = pick(random, ASSERTIONS);
      return { title: pick(random, CAPITALISED_TITLES), person: pick(random, PEOPLE).name, company: pick(random, KNOWN_COMPANIES), claim, Claim: capitalize(claim) };
    },
    expect: ({ title, person }) => [entityTyped(person, 'person'), noEntityWith(title.split(' ').filter((word) => /^\p{Lu}/u.test(word)))],
  }),

  templated({
    id: 'entities/capitalised-role',
    description: 'PERSON, the Chief Financial Officer, ... / its new Head of Product / Chief Executive of X: a role in capitals names no one, nor is part of the name after it',
    templates: [
      '{person}, the {title}, said {claim}.',
      '{company} named {person} as its new {title} on Monday.',
      '{Claim}, the {title} told analysts.',
      '{person}, {companyTitle} of {startup}, said {claim}.',
    ],
    slots: (random) => {
      const claim = pick(random, ASSERTIONS);
      return {
        title: pick(random, CAPITALISED_TITLES),
        companyTitle: pick(random, COMPANY_TITLES),
        person: pick(random, PEOPLE).name,
        company: pick(random, KNOWN_COMPANIES),
        startup: pick(random, UNKNOWN_COMPANIES),
        claim,
        Claim: capitalize(claim),
      };
    },
    expect: ({ title, companyTitle, startup }, text) =>
      text.includes(`${companyTitle} of ${startup}`)
        ? [entityTyped(startup, organization), noEntityWith(companyTitle.split(' '))]
        : [noEntityWith(title.split(' ').filter((word) => /^\p{Lu}/u.test(word)))],
  }),

  templated({
    id: 'entities/honorific-alias',
    description: 'PERSON ... . Mr/Ms SURNAME said ...: one person entity, "Mr SURNAME" an alias',
    templates: ['{person} founded {startup} before joining {company}. {alias} said {claim}.', '{person}, {title} {preposition} {company}, spoke in {city}. {alias} said {claim}.'],
    slots: (random) => {
      const person = pick(random, PEOPLE);
      return {
        person: person.name,
        alias: `${person.honorific} ${person.surname}`,
        ...pick(random, TITLES),
        startup: pick(random, UNKNOWN_COMPANIES),
        company: pick(random, KNOWN_COMPANIES),
        city: pick(random, CITIES),
        claim: pick(random, ASSERTIONS),
      };
    },
    expect: ({ person, alias }) => [mergedEntity(person, alias, 'person')],
  }),

  templated({
    id: 'entities/possessive',
    description: "ORG's TITLE, PERSON's plan: a possessive 's is never part of a name",
    templates: [
      "{company's} {title}, {person}, said {claim}.",
      "{person's} plan for {company} was approved on Monday.",
      "{company's} shares rose after {person's} comments.",
      "Under {person's} leadership, {company's} sales in {country} have doubled.",
    ],
    slots: (random) => ({
      company: pick(random, KNOWN_COMPANIES),
      person: pick(random, PEOPLE).name,
      title: pick(random, TITLES).title,
      claim: pick(random, ASSERTIONS),
      country: pick(random, COUNTRIES),
    }),
    expect: ({ company, person }) => [entityTyped(company, organization), entityTyped(person, 'person'), noPossessiveNames],
  }),
  templated({
    id: 'entities/person-hired',
    description: 'ORG hired/appointed PERSON as TITLE: the hire is a person, the hirer an organization',
    templates: ['{company} hired {person} as its new {title}.', '{company} has appointed {person} as {title}.', '{company} named {person} its {title} on Monday.'],
    slots: (random) => ({ person: pick(random, PEOPLE).name, company: pick(random, UNKNOWN_COMPANIES), title: pick(random, TITLES).title }),
    expect: ({ person, company }) => [entityTyped(person, 'person'), entityTyped(company, organization)],
  }),

  templated({
    id: 'entities/person-middle-initial',
    description: 'GIVEN M. SURNAME, TITLE at ORG, said ...: a middle initial stays inside the name',
    templates: ['{name}, {title} {preposition} {company}, said {claim}.', '{Claim}, said {name}, {title} {preposition} {company}.'],
    slots: (random) => {
      const { name } = pick(random, PEOPLE.filter((p) => !p.name.includes('-')));
      const space = name.indexOf(' ');
      const claim = pick(random, ASSERTIONS);
      return { name: `${name.slice(0, space)} ${pick(random, ['J.', 'A.', 'K.', 'M.', 'R.'])}${name.slice(space)}`, ...pick(random, TITLES), company: pick(random, KNOWN_COMPANIES), claim, Claim: capitalize(claim) };
    },
    expect: ({ name }) => [entityTyped(name, 'person')],
  }),

  templated({
    id: 'entities/company-ending-plain-context',
    description: 'NAME ENDING in a sentence that says nothing of it: a company ending (Labs, Robotics, Payments) makes an organization',
    templates: ['The deal with {company} closed in May.', 'Investors have watched {company} closely since 2022.', 'Customers of {company} were told to change their passwords.'],
    slots: (random) => ({ company: pick(random, UNKNOWN_COMPANIES.filter((name) => COMPANY_ENDING.test(name))) }),
    expect: ({ company }) => [entityTyped(company, organization)],
  }),

  templated({
    id: 'entities/university',
    description: 'researchers at the University of CITY / CITY University: a university is an organization, not its city',
    templates: ['Researchers at the University of {place} built the model.', 'A team from {place} University published the study.', '{person}, a professor at the University of {place}, said {claim}.'],
    slots: (random) => ({ place: pick(random, ['Leeds', 'Toronto', 'Nairobi', 'Warsaw', 'Lisbon', 'Sydney', 'Stockholm', 'Manchester', 'Tokyo']), person: pick(random, PEOPLE).name, claim: pick(random, ASSERTIONS) }),
    expect: ({ place }, text) => [entityTyped(text.includes(`University of ${place}`) ? `University of ${place}` : `${place} University`, organization)],
  }),
];

/** The invented companies whose last word says "company". */
const COMPANY_ENDING = / (?:Labs|Robotics|Analytics|Dynamics|Therapeutics|Energy|Systems|Networks|Motors|Software|Payments|Security|Health|Foods|Finance|Freight|Bio|Works)$/;
