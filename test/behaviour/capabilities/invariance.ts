import type { Capability } from '../capability.js';
import { capability, fill, pick, pickTwo } from '../generate.js';
import { invariantCase } from '../invariant-case.js';
import { PUBLICATION_DATES, WEEKDAYS, weekdayInWeekOf } from '../lists/calendar.js';
import { CURRENCIES, MAGNITUDES, NUMBERS } from '../lists/figures.js';
import { COMPANIES, KNOWN_COMPANIES, UNKNOWN_COMPANIES, WIRE_AGENCIES } from '../lists/organizations.js';
import { PEOPLE } from '../lists/people.js';
import { ASSERTIONS } from '../lists/phrases.js';
import { CITIES } from '../lists/places.js';
import { articlePair, articleSlots } from './articles.js';

export const invarianceCapabilities: readonly Capability[] = [
  capability('invariance/swap-person', 'an article with one person, and the same with another person of the same pronoun: nothing else changes', (random) => {
    const person = pick(random, PEOPLE);
    const sameGender = pick(random, PEOPLE.filter((p) => p.pronoun === person.pronoun && p !== person));
    const slots = articleSlots(random, person);
    const [original, variant] = articlePair(random, slots, { ...slots, person: sameGender });
    return invariantCase({ text: original, publishedAt: slots.publishedAt }, { text: variant, publishedAt: slots.publishedAt }, [
      { original: person.name, variant: sameGender.name },
      { original: person.surname, variant: sameGender.surname },
    ], `${person.name} → ${sameGender.name}`);
  }),

  capability('invariance/swap-company', 'an article with one company, and the same with another (known for known, start-up for start-up)', (random) => {
    const [company, other] = pickTwo(random, pick(random, [KNOWN_COMPANIES, UNKNOWN_COMPANIES]));
    const slots = { ...articleSlots(random, pick(random, PEOPLE)), company };
    const [original, variant] = articlePair(random, slots, { ...slots, company: other });
    return invariantCase({ text: original, publishedAt: slots.publishedAt }, { text: variant, publishedAt: slots.publishedAt }, [{ original: company, variant: other }], `${company} → ${other}`);
  }),

  capability('invariance/swap-currency', 'the same amount with another currency sign: only the sign and the ISO code change', (random) => {
    const [currency, other] = pickTwo(random, CURRENCIES);
    const figure = `${pick(random, NUMBERS)}${pick(random, MAGNITUDES.filter((m) => m.factor < 1e12)).written}`;
    const slots = { ...articleSlots(random, pick(random, PEOPLE)), money: `${currency.sign}${figure}` };
    const [original, variant] = articlePair(random, slots, { ...slots, money: `${other.sign}${figure}` });
    return invariantCase({ text: original, publishedAt: slots.publishedAt }, { text: variant, publishedAt: slots.publishedAt }, [
      { original: currency.sign, variant: other.sign },
      { original: currency.code, variant: other.code },
    ], `${currency.sign} → ${other.sign}`);
  }),

  capability('invariance/swap-day', 'the same article on another weekday of the same week: only the day and its date change', (random) => {
    const publishedAt = pick(random, PUBLICATION_DATES);
    const [day, other] = pickTwo(random, WEEKDAYS.slice(0, 3));
    const slots = { ...articleSlots(random, pick(random, PEOPLE)), day };
    const [original, variant] = articlePair(random, slots, { ...slots, day: other });
    return invariantCase({ text: original, publishedAt }, { text: variant, publishedAt }, [
      { original: day, variant: other },
      { original: weekdayInWeekOf(publishedAt, day), variant: weekdayInWeekOf(publishedAt, other) },
    ], `${day} → ${other}`);
  }),

  capability('invariance/swap-city', 'a dateline or a base in one city, and the same in another: only the city changes', (random) => {
    const [city, other] = pickTwo(random, CITIES);
    const company = pick(random, COMPANIES);
    const claim = pick(random, ASSERTIONS);
    const template = pick(random, [
      '{company}, a startup based in {city}, said {claim}.',
      '{CITY} ({agency}) - {company} said {claim}.',
      '{company} will open an office in {city}, it said, adding that {claim}.',
    ]);
    const agency = pick(random, WIRE_AGENCIES);
    const write = (place: string) => fill(template, { company, claim, agency, city: place, CITY: place.toUpperCase() });
    return invariantCase({ text: write(city) }, { text: write(other) }, [
      { original: city, variant: other },
      { original: city.toUpperCase(), variant: other.toUpperCase() },
    ], `${city} → ${other}`);
  }),
];
