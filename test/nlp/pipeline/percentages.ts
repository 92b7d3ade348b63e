import type { Percentage, Qualifier } from '../../../src/nlp/doc/layers.js';
import { extractPercentages } from '../../../src/nlp/figures/percentages.js';
import { figureTables } from './figure-table.js';

/** [text as written, value, qualifier] and, for ranges, [min, max]. */
type Row = [string, number, Qualifier] | [string, number, Qualifier, number, number];

const row = (p: Percentage): Row => (p.min !== undefined && p.max !== undefined ? [p.text, p.value!, p.qualifier, p.min, p.max] : [p.text, p.value!, p.qualifier]);
const table = figureTables(extractPercentages, row, 'p');

table('percent signs and words', [
  { text: 'Revenue grew 20% in the quarter.', expected: [['20%', 20, 'exact']] },
  { text: 'Shares rose 2.8 per cent and 3 percent.', expected: [['2.8 per cent', 2.8, 'exact'], ['3 percent', 3, 'exact']] },
  { text: 'Margins rose 10pc while costs fell 5 pct.', expected: [['10pc', 10, 'exact'], ['5 pct', 5, 'exact']] },
  { text: 'It owns 100 per cent of the unit and a 5-per-cent stake in another.', expected: [['100 per cent', 100, 'exact'], ['5-per-cent', 5, 'exact']] },
  { text: 'Only 15 % of phones are recycled.', expected: [['15 %', 15, 'exact']] },
]);

table('percentage points', [
  { text: 'The margin widened by 3 percentage points.', expected: [['3 percentage points', 3, 'exact']] },
  { text: 'The margin shrank by 6.5 percentage points to 9.1%.', expected: [['6.5 percentage points', 6.5, 'exact'], ['9.1%', 9.1, 'exact']] },
  { text: 'The bank cut rates by 0.25 percentage point.', expected: [['0.25 percentage point', 0.25, 'exact']] },
  { text: 'Rates rose half a percentage point.', expected: [['half a percentage point', 0.5, 'exact']] },
  { text: 'The central bank cut rates by 150 basis points to 2.5%.', expected: [['150 basis points', 1.5, 'exact'], ['2.5%', 2.5, 'exact']] },
  { text: 'Spreads widened 25bp, then another 40 bps, after a 75-basis-point hike.', expected: [['25bp', 0.25, 'exact'], ['40 bps', 0.4, 'exact'], ['75-basis-point', 0.75, 'exact']] },
  { text: 'Analysts expect a cut of 25-50 basis points.', expected: [['25-50 basis points', 0.25, 'range', 0.25, 0.5]] },
  { text: 'BP shares rose 2%.', expected: [['2%', 2, 'exact']] },
]);

table('a percentage and a figure of another kind never make one range', [
  { text: 'Sony cut its forecast by 4% to 1.28 trillion yen.', expected: [['4%', 4, 'exact']] },
  { text: 'Sales fell 3% to 450 million euros.', expected: [['3%', 3, 'exact']] },
  { text: 'The index rose from 4% to 6 percent.', expected: [['4%', 4, 'exact'], ['6 percent', 6, 'exact']] },
]);

table('numbers in words', [
  { text: 'Sixteen percent of parents agreed.', expected: [['Sixteen percent', 16, 'exact']] },
  { text: 'Turnout was twenty percent, not one hundred percent.', expected: [['twenty percent', 20, 'exact'], ['one hundred percent', 100, 'exact']] },
  { text: 'Per cent of twenty-two.', expected: [['Per cent of twenty-two', 22, 'exact']] },
]);

table('negative values and decimals', [
  { text: 'Output changed by -0.5% last month.', expected: [['-0.5%', -0.5, 'exact']] },
  { text: 'Growth came in at minus five percent.', expected: [['minus five percent', -5, 'exact']] },
  { text: 'The margin will be 41%, plus or minus two percentage points.', expected: [['41%', 41, 'exact'], ['two percentage points', 2, 'exact']] },
  { text: 'The yield hit 16.057% on Monday.', expected: [['16.057%', 16.057, 'exact']] },
]);

table('ranges', [
  { text: 'Prices will rise 10-15% next year.', expected: [['10-15%', 10, 'range', 10, 15]] },
  { text: 'It expects growth of between 5% and 10%.', expected: [['between 5% and 10%', 5, 'range', 5, 10]] },
  { text: 'It expects growth of between 5 and 10 per cent.', expected: [['between 5 and 10 per cent', 5, 'range', 5, 10]] },
  { text: 'Analysts see margins of 20 to 30 percent.', expected: [['20 to 30 percent', 20, 'range', 20, 30]] },
  { text: 'The firm will cut staff by 5% to 10%.', expected: [['5% to 10%', 5, 'range', 5, 10]] },
  { text: 'The firm will cut 5% to 10% of staff.', expected: [['5% to 10%', 5, 'range', 5, 10]] },
  { text: 'Its stake rose from 4% to 5%.', expected: [['4%', 4, 'exact'], ['5%', 5, 'exact']] },
  { text: 'Fees will climb about 3-4%.', expected: [['about 3-4%', 3, 'range', 3, 4]] },
  { text: 'Its margin rose 4% to 5% and growth was between 10-15 per cent.', expected: [['4%', 4, 'exact'], ['5%', 5, 'exact'], ['between 10-15 per cent', 10, 'range', 10, 15]] },
]);

table('qualifiers', [
  { text: 'The stock dropped almost 20% on Monday.', expected: [['almost 20%', 20, 'approximate']] },
  { text: 'More than 50% of users and over 11% of sales.', expected: [['More than 50%', 50, 'lower_bound'], ['over 11%', 11, 'lower_bound']] },
  { text: 'Underwriters may buy up to an additional 15 per cent of shares.', expected: [['up to an additional 15 per cent', 15, 'upper_bound']] },
  { text: 'Spam is at least 60% of e-mail and about 35% of texts.', expected: [['at least 60%', 60, 'lower_bound'], ['about 35%', 35, 'approximate']] },
  { text: 'Up to 30% of staff may leave.', expected: [['Up to 30%', 30, 'upper_bound']] },
  { text: 'Shares closed at $185.25, up 0.35%.', expected: [['0.35%', 0.35, 'exact']] },
]);

table('not percentages', [
  { text: 'The team scored 5 points in the 95th percentile.', expected: [] },
  { text: 'A third of users and a percentage of revenue.', expected: [] },
  { text: 'About 10 per cent of 210 staff left.', expected: [['About 10 per cent', 10, 'approximate']] },
]);
