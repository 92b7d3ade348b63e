import t from 'tap';
import type { Money, Qualifier } from '../../../src/nlp/doc/layers.js';
import { createDoc } from '../../../src/nlp/doc/document.js';
import { extractMoney } from '../../../src/nlp/figures/money.js';
import { figureTables } from './figure-table.js';

/** [text as written, amount, currency, qualifier] and, for ranges and vague amounts, [min, max]. */
type Row = [string, number, string | null, Qualifier] | [string, number, string | null, Qualifier, number, number];

const row = (m: Money): Row =>
  m.min !== undefined && m.max !== undefined ? [m.text, m.amount!, m.currency, m.qualifier, m.min, m.max] : [m.text, m.amount!, m.currency, m.qualifier];
const table = figureTables(extractMoney, row, 'm');

table('currency signs and codes, before or after the number', [
  { text: 'Acme will spend $60 billion on data centres.', expected: [['$60 billion', 60e9, 'USD', 'exact']] },
  { text: 'The fund holds £20m in cash and €3 million in bonds.', expected: [['£20m', 20e6, 'GBP', 'exact'], ['€3 million', 3e6, 'EUR', 'exact']] },
  { text: 'Orbital paid US$4.7 billion for the unit.', expected: [['US$4.7 billion', 4.7e9, 'USD', 'exact']] },
  {
    text: 'Sales reached HK$10.05 billion, A$1.2bn, C$500 million, S$2bn and NZ$80m.',
    expected: [
      ['HK$10.05 billion', 10.05e9, 'HKD', 'exact'],
      ['A$1.2bn', 1.2e9, 'AUD', 'exact'],
      ['C$500 million', 500e6, 'CAD', 'exact'],
      ['S$2bn', 2e9, 'SGD', 'exact'],
      ['NZ$80m', 80e6, 'NZD', 'exact'],
    ],
  },
  { text: 'Licences cost ¥100 billion in Japan and ₹500 crore in India.', expected: [['¥100 billion', 100e9, 'JPY', 'exact'], ['₹500 crore', 5e9, 'INR', 'exact']] },
  { text: 'The contract is worth EUR 20 million, or USD22m.', expected: [['EUR 20 million', 20e6, 'EUR', 'exact'], ['USD22m', 22e6, 'USD', 'exact']] },
  { text: 'A kit costs 100 USD, 20€ or 3.14US$ online.', expected: [['100 USD', 100, 'USD', 'exact'], ['20€', 20, 'EUR', 'exact'], ['3.14US$', 3.14, 'USD', 'exact']] },
  { text: 'Brazil’s regulator fined it R$3bn and CHF 1.2bn.', expected: [['R$3bn', 3e9, 'BRL', 'exact'], ['CHF 1.2bn', 1.2e9, 'CHF', 'exact']] },
  { text: 'The handset is priced at Rs 20,000 and RM 900.', expected: [['Rs 20,000', 20000, 'INR', 'exact'], ['RM 900', 900, 'MYR', 'exact']] },
  { text: 'Profit rose. It was Rs. 2,000 crore, against Rs.500 crore.', expected: [['Rs. 2,000 crore', 2e10, 'INR', 'exact'], ['Rs.500 crore', 5e9, 'INR', 'exact']] },
]);

table('currency names, with the country words that pick one', [
  { text: 'Shares will be priced at 176 Hong Kong dollars.', expected: [['176 Hong Kong dollars', 176, 'HKD', 'exact']] },
  { text: 'The deal values the firm at 323 million euros.', expected: [['323 million euros', 323e6, 'EUR', 'exact']] },
  { text: 'Profit was 361 million pounds, or 50 billion yen.', expected: [['361 million pounds', 361e6, 'GBP', 'exact'], ['50 billion yen', 50e9, 'JPY', 'exact']] },
  { text: 'It raised 100 billion yuan and 20 billion renminbi.', expected: [['100 billion yuan', 100e9, 'CNY', 'exact'], ['20 billion renminbi', 20e9, 'CNY', 'exact']] },
  { text: 'It paid 35 million rupees and 500 million Swiss francs.', expected: [['35 million rupees', 35e6, 'INR', 'exact'], ['500 million Swiss francs', 500e6, 'CHF', 'exact']] },
  { text: 'The bank lent 125 million Australian dollars to the miner.', expected: [['125 million Australian dollars', 125e6, 'AUD', 'exact']] },
  { text: 'Kakao raised 1.5 trillion won from investors.', expected: [['1.5 trillion won', 1.5e12, 'KRW', 'exact']] },
  { text: 'The fine was 10 million pounds sterling.', expected: [['10 million pounds sterling', 10e6, 'GBP', 'exact']] },
  { text: 'Tickets went for 42 bucks apiece.', expected: [['42 bucks', 42, 'USD', 'exact']] },
  { text: 'The lender paid 10 million dinars.', expected: [['10 million dinars', 10e6, null, 'exact']] },
]);

table('magnitudes, separators and decimals', [
  {
    text: 'Bids of $5m, $10K, $1.5bn, $2 mln, $3 bln and €4tn were made.',
    expected: [
      ['$5m', 5e6, 'USD', 'exact'],
      ['$10K', 10e3, 'USD', 'exact'],
      ['$1.5bn', 1.5e9, 'USD', 'exact'],
      ['$2 mln', 2e6, 'USD', 'exact'],
      ['$3 bln', 3e9, 'USD', 'exact'],
      ['€4tn', 4e12, 'EUR', 'exact'],
    ],
  },
  { text: 'The settlement was $1,250,000, or $0.99 a user.', expected: [['$1,250,000', 1250000, 'USD', 'exact'], ['$0.99 a user', 0.99, 'USD', 'exact']] },
  { text: 'Those earning less than $30, 000 a year were surveyed.', expected: [['less than $30, 000 a year', 30000, 'USD', 'upper_bound']] },
]);

table('numbers in words', [
  { text: 'It paid two billion dollars for the startup.', expected: [['two billion dollars', 2e9, 'USD', 'exact']] },
  { text: 'She won a million pounds in damages.', expected: [['a million pounds', 1e6, 'GBP', 'exact']] },
  { text: 'The rebuild cost half a billion dollars.', expected: [['half a billion dollars', 5e8, 'USD', 'exact']] },
  { text: 'The fee is one hundred and twenty dollars.', expected: [['one hundred and twenty dollars', 120, 'USD', 'exact']] },
  { text: 'A ticket costs twenty-five euros.', expected: [['twenty-five euros', 25, 'EUR', 'exact']] },
  { text: 'The app charges a buck an hour.', expected: [['a buck an hour', 1, 'USD', 'exact']] },
  { text: 'It raised two and a half million dollars.', expected: [['two and a half million dollars', 2.5e6, 'USD', 'exact']] },
  { text: 'The firm is a billion-dollar business.', expected: [['a billion-dollar', 1e9, 'USD', 'exact']] },
]);

table('minor units and cents', [
  { text: 'The stock closed at 50 cents.', expected: [['50 cents', 0.5, 'USD', 'exact']] },
  { text: 'Stamps rose 20p, to 95 pence.', expected: [['20p', 0.2, 'GBP', 'exact'], ['95 pence', 0.95, 'GBP', 'exact']] },
  { text: 'A text costs 10¢, a call 5 euro cents and a stamp 90 Canadian cents.', expected: [['10¢', 0.1, 'USD', 'exact'], ['5 euro cents', 0.05, 'EUR', 'exact'], ['90 Canadian cents', 0.9, 'CAD', 'exact']] },
  { text: 'It only cost 3 dollars and 50 cents.', expected: [['3 dollars and 50 cents', 3.5, 'USD', 'exact']] },
  { text: 'The bill came to $20 and 43c.', expected: [['$20 and 43c', 20.43, 'USD', 'exact']] },
  { text: 'The board declared a 12-cent dividend.', expected: [['12-cent', 0.12, 'USD', 'exact']] },
  { text: 'Shares rose 50-60 cents, or between 20 and 30 pence.', expected: [['50-60 cents', 0.5, 'USD', 'range', 0.5, 0.6], ['between 20 and 30 pence', 0.2, 'GBP', 'range', 0.2, 0.3]] },
]);

table('ranges', [
  { text: 'Analysts expect $1m-$2m in fees.', expected: [['$1m-$2m', 1e6, 'USD', 'range', 1e6, 2e6]] },
  { text: 'The round could bring $1-2 million.', expected: [['$1-2 million', 1e6, 'USD', 'range', 1e6, 2e6]] },
  { text: 'It will cost between $5bn and $10bn.', expected: [['between $5bn and $10bn', 5e9, 'USD', 'range', 5e9, 10e9]] },
  { text: 'Estimates run $5bn to $10bn.', expected: [['$5bn to $10bn', 5e9, 'USD', 'range', 5e9, 10e9]] },
  { text: 'Games will sell at prices ranging from £19 to £29.', expected: [['from £19 to £29', 19, 'GBP', 'range', 19, 29]] },
  { text: 'Tickets are priced between 10 and 20 dollars.', expected: [['between 10 and 20 dollars', 10, 'USD', 'range', 10, 20]] },
  { text: 'Each site costs $5 to $10 million.', expected: [['$5 to $10 million', 5e6, 'USD', 'range', 5e6, 10e6]] },
  { text: 'Upgrades cost £500-£1,000 a seat.', expected: [['£500-£1,000 a seat', 500, 'GBP', 'range', 500, 1000]] },
  { text: 'The price rose from $5 to $10 this year.', expected: [['$5', 5, 'USD', 'exact'], ['$10', 10, 'USD', 'exact']] },
  { text: 'It cut its forecast from $5bn to $4bn.', expected: [['$5bn', 5e9, 'USD', 'exact'], ['$4bn', 4e9, 'USD', 'exact']] },
  { text: 'It aims to raise $5m to $10m this year.', expected: [['$5m to $10m', 5e6, 'USD', 'range', 5e6, 10e6]] },
  { text: 'The rise cost 5 to 10 dollars a head.', expected: [['5 to 10 dollars a head', 5, 'USD', 'range', 5, 10]] },
  { text: 'It may invest between $5bn and 2026, or between $5m and 10m.', expected: [['$5bn', 5e9, 'USD', 'exact'], ['between $5m and 10m', 5e6, 'USD', 'range', 5e6, 10e6]] },
  { text: 'The 2019-2020 plan cost $5bn.', expected: [['$5bn', 5e9, 'USD', 'exact']] },
]);

table('vague amounts', [
  { text: 'Meta will invest hundreds of billions of dollars in AI.', expected: [['hundreds of billions of dollars', 1e11, 'USD', 'vague', 1e11, 1e12]] },
  { text: 'The council lost tens of millions of pounds.', expected: [['tens of millions of pounds', 1e7, 'GBP', 'vague', 1e7, 1e8]] },
  { text: 'Regulators have levied billions of dollars in fines.', expected: [['billions of dollars', 1e9, 'USD', 'vague', 1e9, 1e12]] },
  { text: 'It has cost the industry millions of dollars.', expected: [['millions of dollars', 1e6, 'USD', 'vague', 1e6, 1e9]] },
  { text: 'The two firms signed a multibillion-dollar deal.', expected: [['multibillion-dollar', 1e9, 'USD', 'vague', 1e9, 1e12]] },
  { text: 'It won a multi-million pound contract.', expected: [['multi-million pound', 1e6, 'GBP', 'vague', 1e6, 1e9]] },
]);

table('qualifiers', [
  { text: 'Meta will spend more than $60 billion this year.', expected: [['more than $60 billion', 60e9, 'USD', 'lower_bound']] },
  { text: 'It spent over $3bn and at least €2bn.', expected: [['over $3bn', 3e9, 'USD', 'lower_bound'], ['at least €2bn', 2e9, 'EUR', 'lower_bound']] },
  { text: 'The suit seeks upwards of $1bn, in excess of £2m or $5m-plus.', expected: [['upwards of $1bn', 1e9, 'USD', 'lower_bound'], ['in excess of £2m', 2e6, 'GBP', 'lower_bound'], ['$5m-plus', 5e6, 'USD', 'lower_bound']] },
  { text: 'Buyers pay $100 or more, or $10 or so.', expected: [['$100 or more', 100, 'USD', 'lower_bound'], ['$10 or so', 10, 'USD', 'approximate']] },
  { text: 'Deals of $5bn+ and no more than €7 are rare.', expected: [['$5bn+', 5e9, 'USD', 'lower_bound'], ['no more than €7', 7, 'EUR', 'upper_bound']] },
  { text: 'It earned nearly $6 million and almost £2m.', expected: [['nearly $6 million', 6e6, 'USD', 'approximate'], ['almost £2m', 2e6, 'GBP', 'approximate']] },
  { text: 'It has about $4bn, around €1bn, roughly £3m and some $2m.', expected: [['about $4bn', 4e9, 'USD', 'approximate'], ['around €1bn', 1e9, 'EUR', 'approximate'], ['roughly £3m', 3e6, 'GBP', 'approximate'], ['some $2m', 2e6, 'USD', 'approximate']] },
  { text: 'The film took an estimated £24m and ~$30m abroad.', expected: [['an estimated £24m', 24e6, 'GBP', 'approximate'], ['~$30m', 30e6, 'USD', 'approximate']] },
  { text: 'The listing could raise up to $12.9bn, as much as $15bn.', expected: [['up to $12.9bn', 12.9e9, 'USD', 'upper_bound'], ['as much as $15bn', 15e9, 'USD', 'upper_bound']] },
  { text: 'Plans start at as little as $5 a month.', expected: [['as little as $5 a month', 5, 'USD', 'lower_bound']] },
  { text: 'The laptop will sell for less than $100, or under £90.', expected: [['less than $100', 100, 'USD', 'upper_bound'], ['under £90', 90, 'GBP', 'upper_bound']] },
  { text: 'The market had an estimated worth of $2.6bn.', expected: [['$2.6bn', 2.6e9, 'USD', 'approximate']] },
  { text: 'The contracts have a combined maximum value of $2.6bn.', expected: [['$2.6bn', 2.6e9, 'USD', 'upper_bound']] },
  { text: 'Fees are capped at ₦1,000, with a cap of $5 on refunds.', expected: [['₦1,000', 1000, 'NGN', 'upper_bound'], ['$5', 5, 'USD', 'upper_bound']] },
  { text: 'It will sell for less than $100 (£53).', expected: [['less than $100', 100, 'USD', 'upper_bound'], ['£53', 53, 'GBP', 'upper_bound']] },
  { text: 'Those on $75,000 (£39,000) or above play most.', expected: [['$75,000', 75000, 'USD', 'lower_bound'], ['£39,000', 39000, 'GBP', 'lower_bound']] },
]);

table('prices per unit', [
  { text: 'The offer is $150 a share in cash.', expected: [['$150 a share', 150, 'USD', 'exact']] },
  { text: 'The service costs $9.99 a month, or £5 per user.', expected: [['$9.99 a month', 9.99, 'USD', 'exact'], ['£5 per user', 5, 'GBP', 'exact']] },
  { text: 'The $6.99-a-month plan launched today.', expected: [['$6.99-a-month', 6.99, 'USD', 'exact']] },
  { text: 'Schools spend $17 per child per year on books.', expected: [['$17 per child per year', 17, 'USD', 'exact']] },
  { text: 'Plans cost $5/month, or $10/user/month for teams.', expected: [['$5/month', 5, 'USD', 'exact'], ['$10/user/month', 10, 'USD', 'exact']] },
  { text: 'Seats sold at $40 each.', expected: [['$40 each', 40, 'USD', 'exact']] },
  { text: 'Revenue grew to $5.1bn from $4.6bn a year earlier.', expected: [['$5.1bn', 5.1e9, 'USD', 'exact'], ['$4.6bn', 4.6e9, 'USD', 'exact']] },
]);

table('negative amounts', [
  { text: 'Operating income was -$5m in the quarter.', expected: [['-$5m', -5e6, 'USD', 'exact']] },
  { text: 'It reported a loss of $5m.', expected: [['$5m', 5e6, 'USD', 'exact']] },
  {
    text: 'Zentra expects sales of $910 million, plus or minus $40 million, and a loss of 12 cents, plus or minus 3 cents.',
    expected: [['$910 million', 910e6, 'USD', 'exact'], ['$40 million', 40e6, 'USD', 'exact'], ['12 cents', 0.12, 'USD', 'exact'], ['3 cents', 0.03, 'USD', 'exact']],
  },
]);

table('not money', [
  { text: 'The network has 60 billion users.', expected: [] },
  { text: 'The dollar fell against the euro.', expected: [] },
  { text: 'In 2024 the firm sold 5 million shares.', expected: [] },
  { text: 'Revenue grew 20% to 3.5 billion.', expected: [] },
  { text: 'The laptop weighs 3 pounds and is a 3-pound machine.', expected: [] },
  { text: 'It streams 1080p and 720p video.', expected: [] },
  { text: 'Samsung won 3 awards.', expected: [] },
  { text: 'The $AAPL ticker and the $ sign.', expected: [] },
  { text: 'Prices are quoted in 2019 dollars.', expected: [] },
  { text: "It cost $400 million (1999 dollars), twice the rocket's.", expected: [['$400 million', 400e6, 'USD', 'exact']] },
  { text: 'He has a yen for travel and a real chance.', expected: [] },
]);

table('tokenised text', [
  { text: 'it sold $ 75 million of bonds .', expected: [['$ 75 million', 75e6, 'USD', 'exact']] },
  { text: 'the price ranges up to c $ 16.4 million .', expected: [['up to c $ 16.4 million', 16.4e6, 'CAD', 'upper_bound']] },
  { text: 'exports fell to hk $ 10.05 billion .', expected: [['hk $ 10.05 billion', 10.05e9, 'HKD', 'exact']] },
  { text: 'russia accepted a us $ 150 million loan .', expected: [['us $ 150 million', 150e6, 'USD', 'exact']] },
  { text: 'it paid 40 rmb and 75 million dollars .', expected: [['40 rmb', 40, 'CNY', 'exact'], ['75 million dollars', 75e6, 'USD', 'exact']] },
]);

t.test('only content sentences count, and each figure names its sentence', async (t) => {
  const text = 'The startup raised $12m.\n\nIt expects revenue of €3m. Costs fell by £1m.\n\nSign up for our newsletter for just $1 a month.';
  const money = extractMoney(createDoc({ text }));
  t.same(
    money.map((m) => [m.text, m.sentence]),
    [['$12m', 0], ['€3m', 1], ['£1m', 2]],
  );
});
