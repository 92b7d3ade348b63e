import type { Capability } from '../capability.js';
import { moneyItems, percentageItems } from '../expect/figures.js';
import { pick, type Random } from '../generate.js';
import { CURRENCIES, MAGNITUDES, NUMBERS, PERCENT_NUMBERS, PERCENT_SIGNS, QUALIFIER_WORDS, VAGUE_AMOUNTS } from '../lists/figures.js';
import { COMPANIES } from '../lists/organizations.js';
import { templated } from '../templated.js';

/** An amount as written with a sign and a magnitude ("€4.5bn"), its value in whole units, and its currency's code. */
export function amount(random: Random, currency = pick(random, CURRENCIES)): { money: string; value: number; code: string } {
  const magnitude = pick(random, MAGNITUDES);
  const number = magnitude.factor >= 1e12 ? pick(random, ['1.2', '2', '3', '4.5']) : pick(random, NUMBERS);
  return { money: `${currency.sign}${number}${magnitude.written}`, value: Number(number) * magnitude.factor, code: currency.code };
}

/** Sentences that state one amount about a company. */
const MONEY_SENTENCES = [
  '{company} raised {money} in new funding.',
  'The deal is worth {money}, the companies said.',
  '{company} will spend {money} on data centres this year.',
  'Analysts value the business at {money}.',
  '{company} reported a loss of {money} for the year.',
];

/** A range of two amounts in one currency and magnitude, in one of the three ways the guidelines list. */
function range(random: Random): { range: string; min: number; max: number; code: string } {
  const { sign, code } = pick(random, CURRENCIES);
  const { written, factor } = pick(random, MAGNITUDES.filter((m) => m.factor < 1e12));
  const low = Number(pick(random, ['2', '10', '40', '150']));
  const high = low * pick(random, [2, 3]);
  const [a, b] = [`${sign}${low}${written}`, `${sign}${high}${written}`];
  return { range: pick(random, [`between ${a} and ${b}`, `${a} to ${b}`, `${sign}${low}-${high}${written}`]), min: low * factor, max: high * factor, code };
}

export const figureCapabilities: readonly Capability[] = [
  templated({
    id: 'money/currencies-magnitudes',
    description: '$/€/£/¥/A$/C$/HK$/₹ with million, billion, m, bn, trillion: amount in whole units, ISO code',
    templates: MONEY_SENTENCES,
    slots: (random) => ({ company: pick(random, COMPANIES), ...amount(random) }),
    expect: ({ money, value, code }) => [moneyItems([{ text: money, amount: value, currency: code, qualifier: 'exact' }])],
  }),

  templated({
    id: 'money/qualifiers',
    description: 'about / more than / up to ... AMOUNT: the qualifier, and its words in the text',
    templates: MONEY_SENTENCES.map((sentence) => sentence.replace('{money}', '{words} {money}')),
    slots: (random) => ({ company: pick(random, COMPANIES), ...amount(random), ...pick(random, QUALIFIER_WORDS) }),
    expect: ({ words, money, value, code, qualifier }) => [moneyItems([{ text: `${words} ${money}`, amount: value, currency: code, qualifier }])],
  }),

  templated({
    id: 'money/ranges',
    description: 'between X and Y / X to Y / X-Y: one range with min and max',
    templates: ['{company} expects an operating loss of {range} this year.', 'The licence will cost {range}, according to the filing.'],
    slots: (random) => ({ company: pick(random, COMPANIES), ...range(random) }),
    expect: ({ range, min, max, code }) => [moneyItems([{ text: range, amount: min, currency: code, qualifier: 'range', min, max }])],
  }),

  templated({
    id: 'money/change-by-percent-to-amount',
    description: 'rose by X% to AMOUNT: two figures, a percentage and an amount, no range',
    templates: [
      "{company's} revenue rose by {p}% to {money} in the quarter.",
      '{company} said its sales fell {p}% to {money}.',
      'Operating profit at {company} increased by {p}% to {money}.',
      "{company's} net loss narrowed {p}% to {money}.",
    ],
    slots: (random) => ({ company: pick(random, COMPANIES), p: pick(random, PERCENT_NUMBERS), ...amount(random) }),
    expect: ({ p, money, value, code }) => [
      percentageItems([{ text: `${p}%`, value: Number(p), qualifier: 'exact' }]),
      moneyItems([{ text: money, amount: value, currency: code, qualifier: 'exact' }]),
    ],
  }),

  templated({
    id: 'money/percentages',
    description: 'N% / N percent / N per cent, with or without a qualifier: the number of percent',
    templates: ['{company} holds {written} of the market.', 'Prices at {company} rose {written} last year.', '{company} cut its workforce by {written}.'],
    slots: (random) => {
      const number = pick(random, PERCENT_NUMBERS);
      const { words, qualifier } = random() < 0.5 ? { words: '', qualifier: 'exact' as const } : pick(random, QUALIFIER_WORDS);
      return { company: pick(random, COMPANIES), number, qualifier, written: `${words} ${number}${pick(random, PERCENT_SIGNS)}`.trim() };
    },
    expect: ({ written, number, qualifier }) => [percentageItems([{ text: written, value: Number(number), qualifier }])],
  }),

  templated({
    id: 'money/percentage-points',
    description: 'N percentage points: a percentage item of value N',
    templates: ["{company's} operating margin widened by {written}.", '{company} lost {written} of market share in a year.', 'Gross margin at {company} fell {written} from a year earlier.'],
    slots: (random) => {
      const number = pick(random, ['0.5', '1', '2', '3', '4.2', '7']);
      return { company: pick(random, COMPANIES), number, written: `${number} percentage point${number === '1' ? '' : 's'}` };
    },
    expect: ({ written, number }) => [percentageItems([{ text: written, value: Number(number), qualifier: 'exact' }])],
  }),

  templated({
    id: 'money/vague',
    description: 'hundreds of millions of dollars: vague, amount the lower bound, min (and max where the guidelines fix it)',
    templates: ['{company} has spent {written} on the project.', '{company} stands to lose {written} from the ban.', 'The contract could be worth {written} to {company}.'],
    slots: (random) => ({ company: pick(random, COMPANIES), ...pick(random, VAGUE_AMOUNTS) }),
    expect: ({ written, min, max }) => [moneyItems([{ text: written, amount: min, currency: 'USD', qualifier: 'vague', min, ...(max === undefined ? {} : { max }) }])],
  }),

  templated({
    id: 'money/prices-and-rates',
    description: '$9.99 a month / $150 a share: a price or rate is money',
    templates: [
      '{company} will charge {price} a month for the service.',
      '{company} offered {price} a share for the business.',
      'The new plan costs {price} per user per month.',
      '{company} priced its shares at {price} each.',
    ],
    slots: (random) => ({
      company: pick(random, COMPANIES),
      ...pick(random, [
        { price: '$9.99', value: 9.99, code: 'USD' },
        { price: '$150', value: 150, code: 'USD' },
        { price: '£4.50', value: 4.5, code: 'GBP' },
        { price: '€12', value: 12, code: 'EUR' },
        { price: '$0.35', value: 0.35, code: 'USD' },
        { price: '$1,299', value: 1299, code: 'USD' },
      ]),
    }),
    expect: ({ price, value, code }) => [moneyItems([{ text: price, amount: value, currency: code, qualifier: 'exact', textMayExtend: true }])],
  }),
  templated({
    id: 'money/letter-magnitudes',
    description: '$5.2B / $300M / $40K / €1.5bn written tight: the letter is the magnitude',
    templates: MONEY_SENTENCES,
    slots: (random) => {
      const [letter, factor] = pick(random, [['B', 1e9], ['M', 1e6], ['K', 1e3], ['bn', 1e9], ['mn', 1e6], ['k', 1e3]] as const);
      const { sign, code } = pick(random, CURRENCIES.filter((c) => c.sign.endsWith('$') || c.sign === '€'));
      const number = pick(random, ['5.2', '300', '40', '1.5', '12', '750']);
      return { company: pick(random, COMPANIES), money: `${sign}${number}${letter}`, value: Number(number) * factor, code };
    },
    expect: ({ money, value, code }) => [moneyItems([{ text: money, amount: value, currency: code, qualifier: 'exact' }])],
  }),

  templated({
    id: 'money/currency-words',
    description: 'N million euros / N billion yen / N pounds / Rs N crore: the currency named in words after the number',
    templates: MONEY_SENTENCES,
    slots: (random) => {
      const [written, value, code] = pick(random, [
        ['5 million euros', 5e6, 'EUR'],
        ['2.5 billion yen', 2.5e9, 'JPY'],
        ['300 million pounds', 3e8, 'GBP'],
        ['40 million dollars', 4e7, 'USD'],
        ['Rs 500 crore', 5e9, 'INR'],
        ['1.2 billion yuan', 1.2e9, 'CNY'],
        ['900 million Swiss francs', 9e8, 'CHF'],
        ['15 billion won', 1.5e10, 'KRW'],
      ] as const);
      return { company: pick(random, COMPANIES), money: written, value, code };
    },
    expect: ({ money, value, code }) => [moneyItems([{ text: money, amount: value, currency: code, qualifier: 'exact' }])],
  }),
];
