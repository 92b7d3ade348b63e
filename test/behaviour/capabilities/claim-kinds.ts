import { caseOf, type Capability } from '../capability.js';
import { claimModality, claimOfKind } from '../expect/claims.js';
import { capability, fill, pick, pickTwo, type Random } from '../generate.js';
import { pastWeekday } from '../lists/calendar.js';
import { JOB_COUNTS, PERCENT_NUMBERS } from '../lists/figures.js';
import { COMPANIES, INVESTORS, KNOWN_COMPANIES, REGULATORS, UNKNOWN_COMPANIES } from '../lists/organizations.js';
import { ASSERTIONS, OFFERINGS } from '../lists/phrases.js';
import { VERSIONED_MODELS } from '../lists/products.js';
import { templated } from '../templated.js';
import { amount } from './figures.js';

const SERIES = ['seed', 'Series A', 'Series B', 'Series C', 'Series D'];

/** A percentage small enough to be a share of a workforce cut, as written ("7%"). */
const workforceShare = (random: Random) => `${pick(random, PERCENT_NUMBERS.filter((p) => Number(p) < 30))}%`;

export const claimKindCapabilities: readonly Capability[] = [
  templated({
    id: 'claims/funding-led-by',
    description: 'X raised AMOUNT in a Series B round led by INVESTOR: funding, company, amount, lead investor',
    templates: [
      '{company} raised {money} in a {series} round led by {lead}.',
      '{company} has raised {money} in a {series} round led by {lead}, with participation from {other}.',
      '{company} said it had raised {money} in a {series} funding round led by {lead}.',
    ],
    slots: (random) => {
      const [lead, other] = pickTwo(random, INVESTORS);
      return { company: pick(random, UNKNOWN_COMPANIES), money: amount(random).money, series: pick(random, SERIES), lead, other };
    },
    expect: ({ company, money, lead }) => [claimOfKind({ kind: 'funding', containing: money, roles: { company, amount: money, investors: lead } })],
  }),

  templated({
    id: 'claims/acquisition',
    description: 'A agreed to acquire B for AMOUNT: acquisition, acquirer, target, price',
    templates: [
      '{acquirer} has agreed to acquire {target} for {money}.',
      '{acquirer} acquired {target}, a maker of {offering}, for {money}.',
      '{acquirer} will buy {target} for {money} in cash.',
      '{acquirer} said it would acquire {target} for {money}.',
    ],
    slots: (random) => ({
      acquirer: pick(random, KNOWN_COMPANIES),
      target: pick(random, UNKNOWN_COMPANIES),
      money: amount(random).money,
      offering: pick(random, OFFERINGS),
    }),
    expect: ({ acquirer, target, money }) => [claimOfKind({ kind: 'acquisition', containing: target, roles: { acquirer, target, price: money } })],
  }),

  templated({
    id: 'claims/layoffs-share',
    description: 'X is laying off N employees, or P% of its workforce: layoffs, company, share',
    templates: [
      '{company} is laying off {jobs} employees, or {share} of its workforce.',
      '{company} will cut {share} of its staff, or {jobs} jobs.',
      '{company} said it would lay off {share} of its employees.',
    ],
    slots: (random) => ({ company: pick(random, COMPANIES), jobs: pick(random, JOB_COUNTS), share: workforceShare(random) }),
    expect: ({ company, share }) => [claimOfKind({ kind: 'layoffs', containing: share, roles: { company, share } })],
  }),

  templated({
    id: 'claims/layoffs-jobs',
    description: 'X cut N jobs / X has laid off N workers: layoffs, company',
    templates: [
      '{company} cut {jobs} jobs on Tuesday.',
      '{company} has laid off {jobs} workers in its sales division.',
      '{company} is eliminating {jobs} positions as it restructures.',
      '{company} will lay off {jobs} employees by the end of the year.',
    ],
    slots: (random) => ({ company: pick(random, COMPANIES), jobs: pick(random, JOB_COUNTS) }),
    expect: ({ company, jobs }) => [claimOfKind({ kind: 'layoffs', containing: jobs, roles: { company } })],
  }),

  templated({
    id: 'claims/revenue-change',
    description: "X's revenue rose P% to AMOUNT: revenue, company, amount, change",
    templates: [
      "{company's} revenue rose {percent} to {money}.",
      '{company} said its revenue grew {percent} to {money}.',
      'Sales at {company} fell {percent} to {money}.',
      "{company's} quarterly revenue increased by {percent} to {money}.",
    ],
    slots: (random) => ({ company: pick(random, COMPANIES), money: amount(random).money, percent: `${pick(random, PERCENT_NUMBERS)}%` }),
    expect: ({ company, money, percent }) => [claimOfKind({ kind: 'revenue', containing: money, roles: { company, amount: money, change: percent } })],
  }),

  templated({
    id: 'claims/stock-move',
    description: 'Shares of X fell P% on DAY: stock_move, company, change',
    templates: ['Shares of {company} fell {percent} on {day}.', "{company's} shares rose {percent} on {day}.", '{company} shares jumped {percent} in early trading on {day}.'],
    slots: (random) => ({ company: pick(random, COMPANIES), percent: `${pick(random, PERCENT_NUMBERS)}%`, ...pastWeekday(random) }),
    expect: ({ company, percent }) => [claimOfKind({ kind: 'stock_move', containing: percent, roles: { company, change: percent } })],
  }),

  templated({
    id: 'claims/product-launch',
    description: 'X launched MODEL on DAY: product_launch, company, product',
    templates: ['{company} launched {model} on {day}.', '{company} released {model}, its newest model, on {day}.', 'On {day}, {company} unveiled {model}.'],
    slots: (random) => ({ company: pick(random, KNOWN_COMPANIES), model: pick(random, VERSIONED_MODELS), ...pastWeekday(random) }),
    expect: ({ company, model }) => [claimOfKind({ kind: 'product_launch', containing: model, roles: { company, product: model } })],
  }),

  templated({
    id: 'claims/partnership',
    description: 'A partnered with B: partnership, party, partner',
    templates: [
      '{party} has partnered with {partner} to sell {offering}.',
      '{party} signed a partnership with {partner} on Monday.',
      '{party} is teaming up with {partner} to build {offering}.',
    ],
    slots: (random) => ({ party: pick(random, KNOWN_COMPANIES), partner: pick(random, UNKNOWN_COMPANIES), offering: pick(random, OFFERINGS) }),
    expect: ({ party, partner }) => [claimOfKind({ kind: 'partnership', containing: partner, roles: { party, partner } })],
  }),

  templated({
    id: 'claims/legal-regulatory',
    description: 'REGULATOR fined X AMOUNT: legal_regulatory, regulator, defendant, penalty',
    templates: [
      '{Regulator} fined {company} {money} for breaking competition rules.',
      '{Regulator} has fined {company} {money} over its handling of user data.',
      '{company} was fined {money} by {regulator} for misleading customers.',
    ],
    slots: (random) => {
      const regulator = pick(random, REGULATORS);
      return { regulator, Regulator: regulator.replace(/^the/, 'The'), company: pick(random, KNOWN_COMPANIES), money: amount(random).money };
    },
    expect: ({ regulator, company, money }) => [
      claimOfKind({ kind: 'legal_regulatory', containing: money, roles: { regulator: regulator.replace(/^the /, ''), defendant: company, penalty: money } }),
    ],
  }),

  capability('claims/modality', 'denied that / may / plans to / expects to: negated, hedged, planned, forecast', (random) => {
    const company = pick(random, COMPANIES);
    const [template, modality] = pick(random, [
      ['{company} denied that {claim}.', 'negated'],
      ['{company} said it would not {act}.', 'negated'],
      ['{company} may {act}, people familiar with the plans said.', 'hedged'],
      ['{company} said it could {act} as soon as this year.', 'hedged'],
      ['{company} said it plans to {act}.', 'planned'],
      ['{company} said it would {act}.', 'planned'],
      ['{company} expects to {act} next year.', 'forecast'],
    ] as const);
    const act = pick(random, ['open a factory in Mexico', 'sell its consumer business', 'cut prices for cloud storage', 'list its shares in New York', 'close its office in Berlin']);
    const claim = pick(random, ASSERTIONS.filter((a) => !/\b(not|no)\b/.test(a)));
    const text = fill(template, { company, act, claim });
    return caseOf({ text, publishedAt: '2025-03-06' }, claimModality(template.includes('{act}') ? act : claim, modality));
  }),
];
