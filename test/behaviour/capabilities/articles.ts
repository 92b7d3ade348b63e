import { capitalize, fill, pick, seededRandom, type Random } from '../generate.js';
import { pastWeekday } from '../lists/calendar.js';
import { COMPANIES, INVESTORS, OUTLETS } from '../lists/organizations.js';
import type { Person } from '../lists/people.js';
import { ASSERTIONS, QUOTED_ENDINGS, QUOTED_WORDS, TITLES } from '../lists/phrases.js';
import { amount } from './figures.js';

/**
 * Short articles of two or three sentences that exercise several behaviours at once (attribution, quotations, figures,
 * dates), for the invariance and robustness capabilities: one person, one company, one figure.
 */
export interface ArticleSlots {
  readonly person: Person;
  readonly company: string;
  readonly money: string;
  readonly day: string;
}

const ARTICLES = [
  '{person}, {title} of {company}, said on {day} that {claim}. "{quote}" {surname} said.',
  '"{quote}" said {person}, {title} at {company}. {Pronoun} added that {claim}.',
  '{company} said on {day} it had raised {money} in a round led by {investor}. {person}, its {title}, told {outlet} that {claim}.',
  "{company's} {title}, {person}, said {claim}. {honorific} {surname} told {outlet} on {day}: \"{ending}\"",
  '{company} has hired {person} as {title}. The company said on {day} that {claim}, and that it would spend {money} on the plan.',
];

/** One article, its slots filled from `slots` and the rest drawn from `random`. */
export function article(random: Random, slots: ArticleSlots): string {
  const template = pick(random, ARTICLES);
  const { title } = pick(random, TITLES);
  return fill(template, {
    person: slots.person.name,
    surname: slots.person.surname,
    honorific: slots.person.honorific,
    Pronoun: capitalize(slots.person.pronoun),
    company: slots.company,
    money: slots.money,
    day: slots.day,
    title,
    claim: pick(random, ASSERTIONS),
    quote: pick(random, QUOTED_WORDS),
    ending: pick(random, QUOTED_ENDINGS),
    investor: pick(random, INVESTORS),
    outlet: pick(random, OUTLETS).written,
  });
}

/** The same article twice, every draw the same, once with each set of slots: for a swap of what the slots name. */
export function articlePair(random: Random, original: ArticleSlots, variant: ArticleSlots): [string, string] {
  const fork = String(random());
  return [article(seededRandom(fork), original), article(seededRandom(fork), variant)];
}

/** Slots drawn at random, with a publication date that puts the day earlier in its week. */
export function articleSlots(random: Random, person: Person): ArticleSlots & { publishedAt: string } {
  const { publishedAt, day } = pastWeekday(random);
  return { person, company: pick(random, COMPANIES), money: amount(random).money, day, publishedAt };
}
