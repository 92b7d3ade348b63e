import type { Capability } from '../capability.js';
import { dateValued } from '../expect/figures.js';
import { pick, type Random } from '../generate.js';
import { addDays, isoWeek, MONTHS, monthFrom, pastWeekday, PUBLICATION_DATES, quarterFrom, yearFrom } from '../lists/calendar.js';
import { COMPANIES } from '../lists/organizations.js';
import { templated } from '../templated.js';

/** A relative period, its granularity, and how it resolves against a publication date. */
interface RelativePeriod {
  readonly period: string;
  readonly granularity: string;
  readonly resolve: (publishedAt: string) => string;
}

const PAST_PERIODS: readonly RelativePeriod[] = [
  { period: 'last week', granularity: 'week', resolve: (at) => isoWeek(addDays(at, -7)) },
  { period: 'last month', granularity: 'month', resolve: (at) => monthFrom(at, -1) },
  { period: 'last year', granularity: 'year', resolve: (at) => yearFrom(at, -1) },
  { period: 'last quarter', granularity: 'quarter', resolve: (at) => quarterFrom(at, -1) },
];

const PERIODS_AHEAD: readonly RelativePeriod[] = [
  { period: 'next week', granularity: 'week', resolve: (at) => isoWeek(addDays(at, 7)) },
  { period: 'next month', granularity: 'month', resolve: (at) => monthFrom(at, 1) },
  { period: 'next year', granularity: 'year', resolve: (at) => yearFrom(at, 1) },
  { period: 'this year', granularity: 'year', resolve: (at) => yearFrom(at, 0) },
  { period: 'next quarter', granularity: 'quarter', resolve: (at) => quarterFrom(at, 1) },
];

/** A period drawn from a list, with a publication date and the value the period has against it. */
function periodSlots(random: Random, periods: readonly RelativePeriod[]) {
  const publishedAt = pick(random, PUBLICATION_DATES);
  const { period, granularity, resolve } = pick(random, periods);
  return { company: pick(random, COMPANIES), publishedAt, period, granularity, value: resolve(publishedAt) };
}

const ORDINALS = ['first', 'second', 'third', 'fourth'] as const;

/** A quarter of a year, written either way, the words that must be in the date's text, and its value. */
function quarterSlots(random: Random) {
  const year = pick(random, ['2021', '2022', '2023', '2024']);
  const index = Math.floor(random() * 4);
  const core = random() < 0.5 ? `${ORDINALS[index]} quarter of ${year}` : `Q${index + 1} ${year}`;
  return { company: pick(random, COMPANIES), quarter: core.startsWith('Q') ? core : `the ${core}`, core, value: `${year}-Q${index + 1}` };
}

/** A calendar date at day, month or year granularity, with the preposition it takes. */
function absoluteSlots(random: Random) {
  const year = pick(random, ['2022', '2023', '2024', '2025']);
  const month = Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const monthName = MONTHS[month] ?? 'January';
  const yearMonth = `${year}-${String(month + 1).padStart(2, '0')}`;
  const dayValue = `${yearMonth}-${String(day).padStart(2, '0')}`;
  const [written, value, granularity] = pick(random, [
    [`${monthName} ${day}, ${year}`, dayValue, 'day'],
    [`${day} ${monthName} ${year}`, dayValue, 'day'],
    [`${monthName} ${year}`, yearMonth, 'month'],
    [year, year, 'year'],
  ] as const);
  return { company: pick(random, COMPANIES), when: `${granularity === 'day' ? 'on' : 'in'} ${written}`, written, value, granularity, publishedAt: '2025-06-12' };
}

export const dateCapabilities: readonly Capability[] = [
  templated({
    id: 'dates/weekday',
    description: 'ORG said on DAY ...: a weekday earlier in the week of publication',
    templates: ['{company} said on {day} that it would hire more staff.', 'The update was released on {day}.', 'Shares of {company} fell on {day}.'],
    slots: (random) => ({ company: pick(random, COMPANIES), ...pastWeekday(random) }),
    expect: ({ day, value }) => [dateValued(day, value, 'day')],
  }),

  templated({
    id: 'dates/relative-past',
    description: 'last week / last month / last year / last quarter: resolved against publishedAt',
    templates: ['{company} opened the factory {period}.', '{company} said sales had slowed {period}.', 'Shares of {company} fell sharply {period}.'],
    slots: (random) => periodSlots(random, PAST_PERIODS),
    expect: ({ period, value, granularity }) => [dateValued(period, value, granularity)],
  }),

  templated({
    id: 'dates/relative-ahead',
    description: 'next week / next month / this year / next quarter: resolved against publishedAt',
    templates: ['{company} will open the factory {period}.', 'The rules take effect {period}, {company} said.', '{company} plans to list its shares {period}.'],
    slots: (random) => periodSlots(random, PERIODS_AHEAD),
    expect: ({ period, value, granularity }) => [dateValued(period, value, granularity)],
  }),

  templated({
    id: 'dates/quarters',
    description: 'the third quarter of 2024 / Q3 2024: a quarter of a given year',
    templates: ['{company} returned to profit in {quarter}.', 'Revenue at {company} grew in {quarter}.', '{company} cut prices in {quarter}.'],
    slots: quarterSlots,
    expect: ({ core, value }) => [dateValued(core, value, 'quarter')],
  }),

  templated({
    id: 'dates/absolute',
    description: 'on March 3, 2024 / on 3 March 2024 / in January 2025 / in 2023: the date at its granularity',
    templates: ['{company} was founded {when}.', '{company} filed the patent {when}.', 'The service went offline {when}, {company} said.'],
    slots: absoluteSlots,
    expect: ({ written, value, granularity }) => [dateValued(written, value, granularity)],
  }),
  templated({
    id: 'dates/bare-month-by-tense',
    description: 'launched in MONTH / will launch in MONTH: a month with no year is the last one before publication in the past tense, the next one in the future',
    templates: ['{company} {opened} the office in {month}.', 'Sales at {company} {fell} in {month}, the company said.'],
    slots: (random) => {
      const publishedAt = pick(random, PUBLICATION_DATES);
      // Never the publication's own month, which either tense may mean.
      const ahead = random() < 0.5;
      const value = monthFrom(publishedAt, (ahead ? 1 : -1) * (1 + Math.floor(random() * 5)));
      const [opened, fell] = ahead ? ['will open', 'are expected to fall'] : ['opened', 'fell'];
      return { company: pick(random, COMPANIES), publishedAt, value, month: MONTHS[Number(value.slice(5)) - 1]!, opened, fell };
    },
    expect: ({ month, value }) => [dateValued(month, value, 'month')],
  }),

  templated({
    id: 'dates/this-period',
    description: 'earlier this month / later this year / this quarter: the period of publication',
    templates: ['{company} {verb} the plan {period}.'],
    slots: (random) => {
      const publishedAt = pick(random, PUBLICATION_DATES);
      const [period, granularity, value, verb] = pick(random, [
        ['earlier this month', 'month', monthFrom(publishedAt, 0), 'announced'],
        ['earlier this year', 'year', yearFrom(publishedAt, 0), 'announced'],
        ['later this year', 'year', yearFrom(publishedAt, 0), 'will announce'],
        ['later this month', 'month', monthFrom(publishedAt, 0), 'will announce'],
        ['this quarter', 'quarter', quarterFrom(publishedAt, 0), 'will announce'],
      ] as const);
      return { company: pick(random, COMPANIES), publishedAt, period, granularity, value, verb };
    },
    expect: ({ period, value, granularity }) => [dateValued(period.replace(/^(?:earlier|later) /, ''), value, granularity)],
  }),

  templated({
    id: 'dates/halves',
    description: 'the first half of 2024 / H2 2025: a half of a given year',
    templates: ['{company} returned to profit in {half}.', 'Revenue at {company} grew in {half}.'],
    slots: (random) => {
      const year = pick(random, ['2022', '2023', '2024', '2025']);
      const second = random() < 0.5;
      const half = random() < 0.5 ? `the ${second ? 'second' : 'first'} half of ${year}` : `H${second ? 2 : 1} ${year}`;
      return { company: pick(random, COMPANIES), half, core: half.replace(/^the /, ''), value: `${year}-H${second ? 2 : 1}` };
    },
    expect: ({ core, value }) => [dateValued(core, value, 'half')],
  }),

  templated({
    id: 'dates/references',
    description: 'now / currently / recently / in recent years / in the near future: TimeML\'s PRESENT_REF, PAST_REF, FUTURE_REF',
    templates: ['{company} {clause}.', 'Analysts said {company} {clause}.'],
    slots: (random) => {
      const [clause, word, value] = pick(random, [
        ['now holds a tenth of the venture', 'now', 'PRESENT_REF'],
        ['currently employs 500 people', 'currently', 'PRESENT_REF'],
        ['recently opened a plant in Ohio', 'recently', 'PAST_REF'],
        ['has cut prices in recent years', 'recent years', 'PAST_REF'],
        ['will expand in the near future', 'the near future', 'FUTURE_REF'],
        ['may soon raise its prices', 'soon', 'FUTURE_REF'],
      ] as const);
      return { company: pick(random, COMPANIES), clause, word, value };
    },
    expect: ({ word, value }) => [dateValued(word, value, 'reference')],
  }),
];
