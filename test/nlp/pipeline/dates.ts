import t, { type Test } from 'tap';
import type { DateMention } from '../../../src/nlp/doc/layers.js';
import { extractDates } from '../../../src/nlp/dates/dates.js';
import { createDoc } from '../../../src/nlp/doc/document.js';

/** [text as written, value, granularity, relative]; offsets are checked as the next occurrence of the text. */
type Expected = [string, string | null, DateMention['granularity'], boolean];

interface Case {
  text: string;
  /** Publication date; the default, a Wednesday, is the anchor for relative dates. `null` means not given. */
  publishedAt?: string | null;
  dates: Expected[];
}

const WEDNESDAY = '2025-01-29';

function run(c: Case) {
  const publishedAt = c.publishedAt === null ? undefined : (c.publishedAt ?? WEDNESDAY);
  const doc = createDoc({ text: c.text, publishedAt });
  return { doc, dates: extractDates(doc) };
}

function check(t: Test, c: Case) {
  const { doc, dates } = run(c);
  t.same(
    dates.map((d) => [d.text, d.value, d.granularity, d.relative]),
    c.dates,
    c.text,
  );
  for (const date of dates) t.same(Object.keys(date).sort(), ['end', 'granularity', 'id', 'relative', 'sentence', 'start', 'text', 'value']);
  let from = 0;
  for (const [i, date] of dates.entries()) {
    t.equal(c.text.slice(date.start, date.end), date.text, 'text is the slice');
    const expectedText = c.dates[i]?.[0];
    if (expectedText === undefined) continue;
    const start = c.text.indexOf(expectedText, from);
    t.same([date.start, date.end], [start, start + expectedText.length], `offsets of ${expectedText}`);
    t.equal(doc.sentences[date.sentence]!.start <= date.start && date.end <= doc.sentences[date.sentence]!.end, true, 'in its sentence');
    t.equal(date.id, `d${i + 1}`);
    from = date.end;
  }
}

function table(name: string, cases: Case[]) {
  t.test(name, async (t) => {
    for (const c of cases) t.test(c.text.slice(0, 70), async (t) => check(t, c));
  });
}

table('explicit days', [
  { text: 'The deal closed on January 29, 2025, after months of talks.', dates: [['January 29, 2025', '2025-01-29', 'day', false]] },
  { text: 'It was filed on 29 January 2025 in Delaware.', dates: [['29 January 2025', '2025-01-29', 'day', false]] },
  { text: 'The recall began on Sept. 3, 2024.', dates: [['Sept. 3, 2024', '2024-09-03', 'day', false]] },
  { text: 'Orders opened on the 4th of July 2023.', dates: [['4th of July 2023', '2023-07-04', 'day', false]] },
  { text: 'Apple confirmed the event for Tuesday, March 4, 2025.', dates: [['Tuesday, March 4, 2025', '2025-03-04', 'day', false]] },
  { text: 'It shipped on Feb 30, 2024, according to the filing.', dates: [['2024', '2024', 'year', false]] },
  { text: 'The filing is dated 2025-01-15 and was amended on 2024-02-29.', dates: [['2025-01-15', '2025-01-15', 'day', false], ['2024-02-29', '2024-02-29', 'day', false]] },
  { text: 'A form dated 2023-02-29 is invalid.', dates: [['2023', '2023', 'year', false]] },
]);

table('days without a year', [
  { text: 'The company reported results on Jan. 27.', dates: [['Jan. 27', '2025-01-27', 'day', true]] },
  { text: 'Shares fell on 27 Jan after the report.', dates: [['27 Jan', '2025-01-27', 'day', true]] },
  { text: 'The chipmaker will report on 11 March.', dates: [['11 March', '2025-03-11', 'day', true]] },
  { text: 'The outage began on Dec. 30 and lasted two days.', dates: [['Dec. 30', '2024-12-30', 'day', true]] },
  // a month abbreviated with a full stop before a day is written month first: the number before it is a level's
  { text: 'Its risk was raised to Level 4 Dec. 24, the highest yet.', dates: [['Dec. 24', '2024-12-24', 'day', true]] },
  { text: 'The firm will hold a vote on Jan. 3.', dates: [['Jan. 3', '2026-01-03', 'day', true]] },
  { text: 'The trial opens on March 3.', dates: [['March 3', '2025-03-03', 'day', true]] },
  { text: 'It will take effect on May 1, the regulator said on Thursday.', dates: [['May 1', '2025-05-01', 'day', true], ['Thursday', '2025-01-23', 'day', true]] },
  { text: 'On Friday, the board will meet; on Monday, it met.', dates: [['Friday', '2025-01-31', 'day', true], ['Monday', '2025-01-27', 'day', true]] },
  { text: 'The company reported results on Jan. 27.', publishedAt: null, dates: [['Jan. 27', null, 'day', true]] },
  // a deadline word before a hedge still makes the deadline: "gave it until mid-November" may lie ahead
  { text: 'The regulator gave the firm until mid-March to respond.', dates: [['mid-March', '2025-03', 'month', true]] },
  { text: 'The minister gave no reason for the Feb. 3 deadline.', dates: [['Feb. 3', '2025-02-03', 'day', true]] },
  { text: 'Prices have fallen since mid-December.', publishedAt: '2025-11-02', dates: [['mid-December', '2024-12', 'month', true]] },
  // "to" after a span of time ends the span, it sets no deadline: the past tense places it
  { text: 'Profit in the year to March rose 5%.', publishedAt: '2025-10-27', dates: [['March', '2025-03', 'month', true]] },
  { text: 'Sales fell 6% in the nine weeks to 8 December.', publishedAt: '2025-11-02', dates: [['8 December', '2024-12-08', 'day', true]] },
  // a comma inside a list of nouns ends no clause: the verb before the list still gives the tense
  { text: 'Smith stepped down as chairman, president and chief executive in March.', publishedAt: '2025-10-27', dates: [['March', '2025-03', 'month', true]] },
  // nor does an aside restating a figure (", or 7 cents a share,")
  { text: 'Acme said it earned $5.2 million, or 7 cents a share, in the fiscal first quarter.', publishedAt: '2025-10-27', dates: [['fiscal first quarter', '2025-Q1', 'quarter', true]] },
  // a present "be" before "to" and a verb is a plan
  { text: 'The stock is to resume trading in Paris on Friday.', dates: [['Friday', '2025-01-31', 'day', true]] },
  { text: 'The stock resumed trading in Paris on Friday.', dates: [['Friday', '2025-01-24', 'day', true]] },
  // a weekday written with the day picks the year the tense would not ("met" puts Feb. 3 in 2024, a Saturday)
  { text: 'The board said it met on Monday, Feb. 3.', dates: [['Monday, Feb. 3', '2025-02-03', 'day', true]] },
  { text: 'The editorial ran on Saturday, Jan. 25.', dates: [['Saturday, Jan. 25', '2025-01-25', 'day', true]] },
]);

table('the tense places a date named without its year', [
  // a past form compromise reads as a noun or a present is past after its subject; after "will" it is not
  { text: 'Apple cut prices in December.', publishedAt: '2025-06-10', dates: [['December', '2024-12', 'month', true]] },
  { text: 'They cut jobs in December.', publishedAt: '2025-06-10', dates: [['December', '2024-12', 'month', true]] },
  { text: 'Apple will cut prices in December.', publishedAt: '2025-06-10', dates: [['December', '2025-12', 'month', true]] },
  { text: 'It said it cut the dividend in March.', publishedAt: '2025-11-02', dates: [['March', '2025-03', 'month', true]] },
  // an object after the form makes it a verb whatever compromise made of the word before ("firm" as an adjective)
  { text: 'The firm cut 500 jobs in June.', dates: [['June', '2024-06', 'month', true]] },
  { text: 'Intel and AMD, which both cut prices in June, gained share.', dates: [['June', '2024-06', 'month', true]] },
  { text: 'A cut in June would help.', dates: [['June', '2025-06', 'month', true]] },
  // the verb of the date's own clause decides, not a past tense further back; a present puts it nearest publication
  { text: 'The rights, which expire Nov. 21, can be exercised for $100 each.', publishedAt: '2025-11-02', dates: [['Nov. 21', '2025-11-21', 'day', true]] },
  { text: 'The reduced dividend is payable Jan. 2, the company said.', publishedAt: '2025-11-02', dates: [['Jan. 2', '2026-01-02', 'day', true]] },
  { text: 'The service goes live on 1 December, with the rest following by March.', publishedAt: '2024-11-18', dates: [['1 December', '2024-12-01', 'day', true], ['March', '2025-03', 'month', true]] },
  // an auxiliary gives the verb after it its tense
  { text: 'The boy must be returned to his father by Jan. 14.', publishedAt: '2025-01-05', dates: [['Jan. 14', '2025-01-14', 'day', true]] },
  { text: 'The company said it was raising prices in January.', publishedAt: '2025-11-12', dates: [['January', '2025-01', 'month', true]] },
  { text: 'The price rises by $2, starting in January, the company said.', publishedAt: '2025-11-12', dates: [['January', '2026-01', 'month', true]] },
  { text: 'Sales have doubled since March.', publishedAt: '2025-02-11', dates: [['March', '2024-03', 'month', true]] },
  // "due to" a noun is a cause, not a schedule; "due to" a verb is
  { text: 'The loss was due to weak demand in March.', publishedAt: '2025-02-11', dates: [['March', '2024-03', 'month', true]] },
  { text: 'The unit is due to report in March.', publishedAt: '2025-02-11', dates: [['March', '2025-03', 'month', true]] },
  // an infinitive on the way from a past verb leaves the date to the nearest year; so does a deadline set in the past
  { text: 'The parent asked it to respond by Oct. 31.', publishedAt: '1989-10-26', dates: [['Oct. 31', '1989-10-31', 'day', true]] },
  { text: 'The offer was extended to Nov. 16.', publishedAt: '1989-10-30', dates: [['Nov. 16', '1989-11-16', 'day', true]] },
  { text: 'It will redeem 9.5 million preferred shares on Oct. 31.', publishedAt: '1989-10-27', dates: [['Oct. 31', '1989-10-31', 'day', true]] },
  { text: 'The group could come to the U.S. as early as Tuesday.', publishedAt: '2000-04-03', dates: [['Tuesday', '2000-04-04', 'day', true]] },
  { text: 'Relatives were planning to drive around the airport on Monday.', publishedAt: '2000-01-07', dates: [['Monday', '2000-01-10', 'day', true]] },
  { text: 'Two helicopters crashed last February.', publishedAt: '1998-03-01', dates: [['last February', '1997-02', 'month', true]] },
  // a quarter's results come after it: reported in March, "fourth-quarter results" are last year's
  { text: 'Bastion Grid is scheduled to report fourth-quarter results on March 27.', publishedAt: '2025-03-19', dates: [['fourth-quarter', '2024-Q4', 'quarter', true], ['March 27', '2025-03-27', 'day', true]] },
  { text: 'It expects a loss for the fourth quarter.', publishedAt: '2025-01-22', dates: [['fourth quarter', '2024-Q4', 'quarter', true]] },
  { text: 'It expects to be profitable by the fourth quarter.', publishedAt: '2025-01-22', dates: [['fourth quarter', '2025-Q4', 'quarter', true]] },
  { text: 'The firm expects growth in the third quarter.', publishedAt: '2025-01-22', dates: [['third quarter', '2025-Q3', 'quarter', true]] },
]);

table('months and years', [
  { text: 'The service launched in March 2018 in Europe.', dates: [['March 2018', '2018-03', 'month', false]] },
  { text: 'Sales peaked in May of 2021.', dates: [['May of 2021', '2021-05', 'month', false]] },
  { text: 'The firm was founded in 2004 by two students.', dates: [['2004', '2004', 'year', false]] },
  { text: 'Meta will spend more than $60 billion in 2025 alone.', dates: [['2025', '2025', 'year', false]] },
  { text: 'Revenue rose between 2019 and 2023.', dates: [['2019', '2019', 'year', false], ['2023', '2023', 'year', false]] },
  { text: 'The 2025 bond pays 4%.', dates: [['2025', '2025', 'year', false]] },
  { text: 'Its 2024 results beat forecasts, and 2025 sales look strong.', dates: [['2024', '2024', 'year', false], ['2025', '2025', 'year', false]] },
  { text: 'Apple\u2019s 2025 lineup includes a thinner phone.', dates: [['2025', '2025', 'year', false]] },
  { text: 'The 2020-2022 chip shortage hurt carmakers.', dates: [['2020', '2020', 'year', false], ['2022', '2022', 'year', false]] },
  { text: 'The plan runs until mid-2025.', dates: [['mid-2025', '2025', 'year', false]] },
  { text: 'The rollout is due in early 2026.', dates: [['early 2026', '2026', 'year', false]] },
  { text: 'Prices rose in late March.', dates: [['late March', '2024-03', 'month', true]] },
  { text: 'Cloud revenue grew in April.', dates: [['April', '2024-04', 'month', true]] },
  { text: 'Cloud revenue grew in April.', publishedAt: '2025-06-10', dates: [['April', '2025-04', 'month', true]] },
  { text: 'The conference runs in April.', dates: [['April', '2025-04', 'month', true]] },
  { text: 'The deal closed in December.', dates: [['December', '2024-12', 'month', true]] },
  { text: 'The firm will cut prices in December.', dates: [['December', '2025-12', 'month', true]] },
  { text: 'Hiring slowed last March.', dates: [['last March', '2024-03', 'month', true]] },
  { text: 'In July last year, the firm cut prices.', dates: [['July last year', '2024-07', 'month', true]] },
  { text: 'Hiring picked up in mid-March.', publishedAt: '2025-06-10', dates: [['mid-March', '2025-03', 'month', true]] },
  // halves as TimeML writes them
  { text: 'Profit doubled in H1 2025.', dates: [['H1 2025', '2025-H1', 'half', false]] },
  { text: 'Growth slowed in the second half of 2024.', dates: [['second half of 2024', '2024-H2', 'half', false]] },
  { text: 'Margins fell in the last half of 2023 and through the first two quarters of 2024.', dates: [['last half of 2023', '2023-H2', 'half', false], ['first two quarters of 2024', '2024-H1', 'half', false]] },
  { text: 'Sales rose in the first half of the year and will grow in the second half of next year.', dates: [['first half of the year', '2025-H1', 'half', true], ['second half of next year', '2026-H2', 'half', true]] },
  { text: 'He scored in the second half of the match; the H1-B visa rules changed.', dates: [] },
  { text: 'He graduated in \'98 and joined the class of \u201905.', dates: [["'98", '1998', 'year', false], ['\u201905', '2005', 'year', false]] },
  { text: 'Sales peaked in Sept. \'98.', dates: [["Sept. '98", '1998-09', 'month', false]] },
  { text: 'It ran on CBS\'s \'60 Minutes.\'', dates: [] },
  { text: 'Summer 2024 was the busiest on record.', dates: [['Summer 2024', '2024-SU', 'season', false]] },
  { text: 'The app launches next January.', dates: [['next January', '2026-01', 'month', true]] },
  { text: 'The app launched in May.', publishedAt: null, dates: [['May', null, 'month', true]] },
  { text: 'The March accession will enable them; the March of Dimes will help.', publishedAt: '1999-02-10', dates: [['March', '1999-03', 'month', true]] },
  { text: 'In April, Hanul signed a supply deal.', publishedAt: '2025-06-17', dates: [['April', '2025-04', 'month', true]] },
  { text: 'It plans to open offices in Mumbai, Jaipur and Indore by June, Krishnamurthy said.', publishedAt: '2025-02-11', dates: [['June', '2025-06', 'month', true]] },
  { text: 'Marti fought for independence from Spain in 1898.', dates: [['1898', '1898', 'year', false]] },
  { text: 'He was charged in the 1995 shooting of a doctor.', dates: [['1995', '1995', 'year', false]] },
]);

table('quarters and fiscal years', [
  { text: 'Revenue hit $10 billion in Q3 2024.', dates: [['Q3 2024', '2024-Q3', 'quarter', false]] },
  { text: 'Margins improved in Q4\u201924.', dates: [['Q4\u201924', '2024-Q4', 'quarter', false]] },
  { text: 'Profits rose in the third quarter of 2024.', dates: [['third quarter of 2024', '2024-Q3', 'quarter', false]] },
  { text: 'The company posted its 2024 fourth-quarter results.', dates: [['2024 fourth-quarter', '2024-Q4', 'quarter', false]] },
  { text: 'Sales fell in the fourth quarter.', dates: [['fourth quarter', '2024-Q4', 'quarter', true]] },
  { text: 'Meta discussed its first-quarter outlook.', dates: [['first-quarter', '2025-Q1', 'quarter', true]] },
  { text: 'The firm expects growth in the third quarter.', dates: [['third quarter', '2025-Q3', 'quarter', true]] },
  { text: 'Shipments will recover in Q2.', publishedAt: null, dates: [['Q2', null, 'quarter', true]] },
  { text: 'Audi Q3 sales rose in Q1.', dates: [['Q1', '2025-Q1', 'quarter', true]] },
  { text: 'Guidance for fiscal 2025 was raised.', dates: [['fiscal 2025', '2025', 'year', false]] },
  { text: 'The FY2025 budget and FY26 plan were approved.', dates: [['FY2025', '2025', 'year', false], ['FY26', '2026', 'year', false]] },
  { text: 'Net sales for the July-September quarter fell 7.2%.', publishedAt: '2025-11-07', dates: [['July-September quarter', '2025-Q3', 'quarter', true]] },
  // three months with a dash make their quarter without "quarter" after them; "July to September" only with it
  { text: 'GDP grew 0.3% in July-September, the government said.', publishedAt: '2025-11-07', dates: [['July-September', '2025-Q3', 'quarter', true]] },
  { text: 'Exports slowed in October\u2013December 2024.', dates: [['October\u2013December 2024', '2024-Q4', 'quarter', false]] },
  { text: 'Orders fell from July to September.', publishedAt: '2025-11-07', dates: [['July', '2025-07', 'month', true], ['September', '2025-09', 'month', true]] },
  { text: 'Profit rose 9% for the October-December quarter.', publishedAt: '2025-01-16', dates: [['October-December quarter', '2024-Q4', 'quarter', true]] },
  { text: 'The April to June period was weak.', publishedAt: '2025-01-16', dates: [['April to June period', '2024-Q2', 'quarter', true]] },
  { text: 'The April-September period was weak.', publishedAt: '2025-01-16', dates: [['April', '2024-04', 'month', true], ['September', '2024-09', 'month', true]] },
  { text: 'Margins will recover in the March quarter.', publishedAt: '2025-01-16', dates: [['March quarter', '2025-Q1', 'quarter', true]] },
  { text: 'Its December-quarter results were strong.', publishedAt: '2025-01-16', dates: [['December-quarter', '2024-Q4', 'quarter', true]] },
  { text: 'May quarter sales rose.', dates: [] },
  { text: 'Construction would begin in the first quarter of next year.', publishedAt: '2025-10-15', dates: [['first quarter of next year', '2026-Q1', 'quarter', true]] },
  { text: 'The split could be effective as early as next year\u2019s first quarter.', dates: [['next year\u2019s first quarter', '2026-Q1', 'quarter', true]] },
  { text: 'In the year-ago third quarter, it earned $5 million.', publishedAt: '2025-10-15', dates: [['year-ago third quarter', '2024-Q3', 'quarter', true]] },
  { text: 'It earned $5 million in the third quarter, up from $3 million a year earlier.', publishedAt: '2025-10-15', dates: [['third quarter', '2025-Q3', 'quarter', true], ['a year earlier', '2024-Q3', 'quarter', true]] },
  { text: 'Sales rose 4% in the third quarter from the year-earlier quarter; year-ago profit was $2 million.', publishedAt: '2025-10-15', dates: [['third quarter', '2025-Q3', 'quarter', true], ['the year-earlier quarter', '2024-Q3', 'quarter', true], ['year-ago', '2024-Q3', 'quarter', true]] },
  { text: 'Revenue was higher than a year earlier.', publishedAt: '2025-10-15', dates: [['a year earlier', '2024', 'year', true]] },
  { text: 'A year earlier, she had founded the company.', publishedAt: '2025-10-15', dates: [] },
  { text: 'The FY98 budget and the Q3 \u201997 results.', publishedAt: '1998-06-01', dates: [['FY98', '1998', 'year', false], ['Q3 \u201997', '1997-Q3', 'quarter', false]] },
  { text: 'Its fiscal year 2024 ended in June.', dates: [['fiscal year 2024', '2024', 'year', false], ['June', '2024-06', 'month', true]] },
]);

table('the end, the rest and the middle of a period', [
  { text: 'It plans to double its headcount by the end of the year, Whitlock said.', dates: [['the end of the year', '2025', 'year', true]] },
  { text: 'He will take no salary for the rest of the year.', dates: [['the rest of the year', '2025', 'year', true]] },
  // in the past tense, an edge still ahead of publication is the previous period's
  { text: 'Sales rose at the end of the year.', publishedAt: '2025-03-10', dates: [['the end of the year', '2024', 'year', true]] },
  { text: 'Prices fell at the end of the month, but shares rose at the start of the year.', publishedAt: '2025-03-10', dates: [['the end of the month', '2025-02', 'month', true], ['the start of the year', '2025', 'year', true]] },
  { text: 'The union wants no cuts until the end of 2026.', dates: [['the end of 2026', '2026', 'year', false]] },
  { text: 'States must assign the band by the end of this year.', dates: [['the end of this year', '2025', 'year', true]] },
  { text: 'Approval is expected by the end of the third quarter.', dates: [['the end of the third quarter', '2025-Q3', 'quarter', true]] },
  { text: 'The game had made $95 million by the end of June.', publishedAt: '2025-08-21', dates: [['the end of June', '2025-06', 'month', true]] },
  { text: 'It expects to pass $300 million by the end of next year.', dates: [['the end of next year', '2026', 'year', true]] },
  { text: 'Oil prices have fallen since the middle of October.', dates: [['the middle of October', '2024-10', 'month', true]] },
  { text: 'The deal should close by year-end, and by year\u2019s end at the latest.', dates: [['year-end', '2025', 'year', true], ['year\u2019s end', '2025', 'year', true]] },
  { text: 'The percentage change is since year-end.', dates: [['year-end', '2024', 'year', true]] },
  { text: 'Demand will not pick up before the end of the fiscal year.', dates: [] },
]);

table('numbers written out, as broadcast transcripts write them', [
  { text: 'He was convicted in nineteen ninety-one and freed in Nineteen ninety-six.', dates: [['nineteen ninety-one', '1991', 'year', false], ['Nineteen ninety-six', '1996', 'year', false]] },
  { text: 'January nineteen ninety-seven. Atlanta again.', dates: [['January nineteen ninety-seven', '1997-01', 'month', false]] },
  { text: 'It happened on March first, nineteen ninety-eight.', dates: [['March first, nineteen ninety-eight', '1998-03-01', 'day', false]] },
  { text: 'Kohl promised to halve unemployment by the year two thousand.', dates: [['two thousand', '2000', 'year', false]] },
  { text: 'The vote is on the twenty-first of May.', publishedAt: '1998-03-05', dates: [['twenty-first of May', '1998-05-21', 'day', true]] },
  { text: 'International Women\u2019s Day is this coming Sunday, March eighth.', publishedAt: '1998-03-05', dates: [['this coming Sunday', '1998-03-08', 'day', true]] },
  { text: 'It rained this past Sunday.', publishedAt: '1998-03-05', dates: [['this past Sunday', '1998-03-01', 'day', true]] },
  { text: 'The city has two thousand people and nineteen hundred cars.', dates: [] },
]);

table('decades', [
  { text: 'The brand was popular in the 1990s.', dates: [['1990s', '199X', 'year', false]] },
  { text: 'Phones of the \u201990s were bulky.', dates: [['\u201990s', '199X', 'year', false]] },
  { text: 'The market may double by the late 2030s.', dates: [['late 2030s', '203X', 'year', false]] },
  { text: 'Hate group numbers dropped through the nineties.', publishedAt: '1998-03-03', dates: [['nineties', '199X', 'year', true]] },
  { text: 'Prices soared in the late eighties and the twenties.', dates: [['late eighties', '198X', 'year', true], ['twenties', '202X', 'year', true]] },
  { text: 'Sales tripled last decade and will double this decade.', dates: [['last decade', '201X', 'year', true], ['this decade', '202X', 'year', true]] },
  { text: 'It was among the events of the 20th century.', dates: [['20th century', '19XX', 'year', false]] },
  { text: 'She is a 20th-century democrat near an 11th century temple.', dates: [['20th-century', '19XX', 'year', false], ['11th century', '10XX', 'year', false]] },
  { text: 'The approach of the twenty-first century worries them, as does this century.', dates: [['twenty-first century', '20XX', 'year', false], ['this century', '20XX', 'year', true]] },
  { text: 'She is in her forties.', dates: [] },
  { text: 'The fifth century BC was long, and it was the deal of the century.', dates: [] },
  { text: 'Sales tripled over the last decade.', dates: [] },
]);

table('relative days and weekdays', [
  { text: 'U.S. markets fell on Monday.', dates: [['Monday', '2025-01-27', 'day', true]] },
  { text: 'Meta said on Wednesday that it would spend more.', dates: [['Wednesday', '2025-01-29', 'day', true]] },
  // a possessive weekday before a capitalised title is the day of the issue, not the start of a name ("The Sunday Times")
  { text: "It was reported in Wednesday's Wall Street Journal.", dates: [['Wednesday', '2025-01-29', 'day', true]] },
  { text: 'The company will report results on Friday.', dates: [['Friday', '2025-01-31', 'day', true]] },
  { text: 'Shares rose last Tuesday.', dates: [['last Tuesday', '2025-01-28', 'day', true]] },
  { text: 'We\'ll launch it on Friday.', dates: [['Friday', '2025-01-31', 'day', true]] },
  { text: 'The earnings call is scheduled for Tuesday.', dates: [['Tuesday', '2025-02-04', 'day', true]] },
  { text: 'The vote is set for next Friday.', dates: [['next Friday', '2025-01-31', 'day', true]] },
  // "set" schedules only before "to" or "for"; otherwise it is the verb ("set aside", "set Friday as the deadline")
  { text: 'The vote is set for Friday.', dates: [['Friday', '2025-01-31', 'day', true]] },
  { text: 'On Friday, when the minister set aside her plans, talks resumed.', dates: [['Friday', '2025-01-24', 'day', true]] },
  { text: 'The agency ruled that the firm must pay and set Friday as the deadline.', dates: [['Friday', '2025-01-24', 'day', true]] },
  { text: 'The company has set Feb. 3 as the deadline for bids.', dates: [['Feb. 3', '2025-02-03', 'day', true]] },
  // put off until a weekday: it lies ahead, whatever the tense; a stay until one lies behind
  { text: 'Officials postponed until Friday any action on the permit.', dates: [['Friday', '2025-01-31', 'day', true]] },
  { text: 'The protesters stayed until Friday.', dates: [['Friday', '2025-01-24', 'day', true]] },
  { text: 'The hearing is this Thursday.', dates: [['this Thursday', '2025-01-30', 'day', true]] },
  { text: 'Nvidia lost $600 billion in value yesterday.', dates: [['yesterday', '2025-01-28', 'day', true]] },
  { text: 'The update ships today and the fix arrives tomorrow.', dates: [['today', '2025-01-29', 'day', true], ['tomorrow', '2025-01-30', 'day', true]] },
  { text: 'The service went down last night.', dates: [['last night', '2025-01-28', 'day', true]] },
  { text: 'Nvidia Monday lost $600 billion in value.', dates: [['Monday', '2025-01-27', 'day', true]] },
  { text: 'Monday\u2019s sell-off erased gains.', dates: [['Monday', '2025-01-27', 'day', true]] },
  { text: 'The firm said late Monday that talks had ended.', dates: [['late Monday', '2025-01-27', 'day', true]] },
  { text: 'U.S. markets fell on Monday.', publishedAt: null, dates: [['Monday', null, 'day', true]] },
  { text: 'Officials said the president met with Sununu Sunday.', dates: [['Sunday', '2025-01-26', 'day', true]] },
  { text: 'In early trading in Tokyo Monday, the Nikkei index fell.', dates: [['Monday', '2025-01-27', 'day', true]] },
  { text: 'In New York Stock Exchange composite trading Friday, the shares closed at $5.25.', dates: [['Friday', '2025-01-24', 'day', true]] },
  { text: 'Earlier Sunday, police and protesters clashed.', dates: [['Earlier Sunday', '2025-01-26', 'day', true]] },
  { text: 'Whatever happens in Miami, Friday she spoke to the press.', dates: [['Friday', '2025-01-24', 'day', true]] },
  { text: 'Shares rose last Tuesday.', publishedAt: '2025-01-29T14:30:00Z', dates: [['last Tuesday', '2025-01-28', 'day', true]] },
]);

table('the period under discussion', [
  // "a year ago" set against a figure of the article's quarter is that quarter a year back
  {
    text: 'Apple reported fourth-quarter revenue of $9 billion, up from $8 billion a year ago. Margins were higher than a year ago.',
    dates: [['fourth-quarter', '2024-Q4', 'quarter', true], ['a year ago', '2023-Q4', 'quarter', true], ['a year ago', '2023-Q4', 'quarter', true]],
  },
  {
    text: 'Intel reported third-quarter results, with a chart going back to the first quarter of 2019. Revenue rose to $9 billion from $8 billion a year ago.',
    dates: [['third-quarter', '2024-Q3', 'quarter', true], ['first quarter of 2019', '2019-Q1', 'quarter', false], ['a year ago', '2023-Q3', 'quarter', true]],
  },
  {
    text: 'Acme posted third-quarter net of $2 million. It had net income of $132,000, or three cents a share, a year ago, and 40 staff a year ago.',
    dates: [['third-quarter', '2024-Q3', 'quarter', true], ['a year ago', '2023-Q3', 'quarter', true], ['a year ago', '2024', 'year', true]],
  },
  { text: 'The startup raised $5 million, up from $2 million a year ago.', dates: [['a year ago', '2024', 'year', true]] },
  {
    text: 'Nvidia posted fourth-quarter profit. For the quarter a year ago it earned less, and sales in the same period last year and last year\u2019s quarter were lower.',
    dates: [['fourth-quarter', '2024-Q4', 'quarter', true], ['a year ago', '2023-Q4', 'quarter', true], ['last year', '2023-Q4', 'quarter', true], ['last year', '2023-Q4', 'quarter', true]],
  },
  {
    text: 'Unisys had a third-quarter loss. Revenue inched up 3.7% in the quarter to $2.35 billion. The latest period had profit. It expects a loss in the fourth quarter; taxes for that quarter will be low.',
    publishedAt: '1989-10-30',
    dates: [
      ['third-quarter', '1989-Q3', 'quarter', true],
      ['the quarter', '1989-Q3', 'quarter', true],
      ['The latest period', '1989-Q3', 'quarter', true],
      ['fourth quarter', '1989-Q4', 'quarter', true],
      ['that quarter', '1989-Q4', 'quarter', true],
    ],
  },
  { text: 'Third-quarter net rose. It earned $376,000 in the 1988 quarter, and for the quarter a year ago less.', publishedAt: '1989-10-30', dates: [['Third-quarter', '1989-Q3', 'quarter', true], ['1988 quarter', '1988-Q3', 'quarter', false], ['a year ago', '1988-Q3', 'quarter', true]] },
  { text: 'Two segments posted lower earnings for the quarter.', publishedAt: '1989-10-26', dates: [['the quarter', '1989-Q3', 'quarter', true]] },
  { text: 'For the quarter ended Sept. 30, Delta posted a gain. The quarter was terrible.', publishedAt: '1989-10-26', dates: [['Sept. 30', '1989-09-30', 'day', true]] },
  {
    text: 'For the year, volume was flat, after a high for the year in June and a slump earlier in the year.',
    publishedAt: '1989-10-30',
    dates: [['the year', '1989', 'year', true], ['the year', '1989', 'year', true], ['June', '1989-06', 'month', true], ['earlier in the year', '1989', 'year', true]],
  },
  { text: 'Sales for the full year and the first nine months of the year rose.', publishedAt: '1989-10-30', dates: [['the full year', '1989', 'year', true], ['the year', '1989', 'year', true]] },
  { text: 'For the year ended Sept. 30, it earned $1. He was named car of the year, as the year before.', publishedAt: '1989-10-30', dates: [['Sept. 30', '1989-09-30', 'day', true]] },
  { text: 'He fled in June 1998 and returned later that year.', publishedAt: '2000-01-28', dates: [['June 1998', '1998-06', 'month', false], ['later that year', '1998', 'year', false]] },
  { text: 'Watch imports that year rose.', dates: [] },
  { text: 'Officials said over the weekend that talks failed.', dates: [['the weekend', '2025-W04-WE', 'week', true]] },
  { text: 'The two sides will meet over the weekend.', dates: [['the weekend', '2025-W05-WE', 'week', true]] },
  { text: 'For the week, the index dropped 3.8%, the week\u2019s biggest fall.', dates: [['the week', '2025-W05', 'week', true], ['the week', '2025-W05', 'week', true]] },
  { text: 'The week before, it rose.', dates: [] },
  { text: 'A hearing is set for the week of March 6.', dates: [['the week of March 6', '2025-W10', 'week', true]] },
  { text: 'The summit is on April 24 and 25.', dates: [['April 24', '2025-04-24', 'day', true], ['25', '2025-04-25', 'day', true]] },
  { text: 'Sales rose on March 3 and 5 percent on March 4.', dates: [['March 3', '2024-03-03', 'day', true], ['March 4', '2024-03-04', 'day', true]] },
]);

table('holidays', [
  { text: 'The boy was found Thanksgiving Day clinging to an inner tube.', publishedAt: '2000-01-07', dates: [['Thanksgiving Day', '1999-11-25', 'day', true]] },
  { text: 'He was found in the Atlantic last Thanksgiving.', publishedAt: '2000-02-10', dates: [['last Thanksgiving', '1999-11-25', 'day', true]] },
  {
    text: 'It will be a theme of the campaign from now to Election Day.',
    publishedAt: '1998-10-26',
    dates: [
      ['now', 'PRESENT_REF', 'reference', true],
      ['Election Day', '1998-11-03', 'day', true],
    ],
  },
  { text: 'Sales rose at Christmas.', dates: [['Christmas', '2024-12-25', 'day', true]] },
  { text: 'The shop closes on Easter Monday and Easter Sunday.', dates: [['Easter Monday', '2025-04-21', 'day', true], ['Easter Sunday', '2025-04-20', 'day', true]] },
  { text: 'We will meet on New Year\u2019s Eve and again on Memorial Day.', dates: [['New Year\u2019s Eve', '2025-12-31', 'day', true], ['Memorial Day', '2025-05-26', 'day', true]] },
  { text: 'Christmas sales were weak, and protesters prayed as Easter week began.', dates: [] },
]);

table('relative weeks, months, years', [
  { text: 'Zuckerberg announced the plan last week.', dates: [['last week', '2025-W04', 'week', true]] },
  { text: 'The beta opens this week and ends next week.', dates: [['this week', '2025-W05', 'week', true], ['next week', '2025-W06', 'week', true]] },
  { text: 'Usage jumped last month.', dates: [['last month', '2024-12', 'month', true]] },
  { text: 'The firm raised prices earlier this month.', dates: [['earlier this month', '2025-01', 'month', true]] },
  { text: 'It plans to list next month.', dates: [['next month', '2025-02', 'month', true]] },
  { text: 'Revenue doubled last year and will grow this year.', dates: [['last year', '2024', 'year', true], ['this year', '2025', 'year', true]] },
  { text: 'The chip arrives early next year.', dates: [['early next year', '2026', 'year', true]] },
  { text: 'Sales slowed last quarter.', dates: [['last quarter', '2024-Q4', 'quarter', true]] },
  { text: 'The outage hit last weekend.', dates: [['last weekend', '2025-W04-WE', 'week', true]] },
  { text: 'Zuckerberg announced the plan last week.', publishedAt: null, dates: [['last week', null, 'week', true]] },
  { text: 'The first week of 2021 was ISO week 53 of 2020.', publishedAt: '2021-01-02', dates: [['2021', '2021', 'year', false], ['2020', '2020', 'year', false]] },
  { text: 'It shipped last week.', publishedAt: '2021-01-06', dates: [['last week', '2020-W53', 'week', true]] },
]);

table('counted units: ago and in', [
  { text: 'The startup was founded two years ago.', dates: [['two years ago', '2023', 'year', true]] },
  { text: 'A week ago the stock hit a record.', dates: [['A week ago', '2025-W04', 'week', true]] },
  { text: 'The company was founded a decade ago.', dates: [['a decade ago', '2015', 'year', true]] },
  { text: 'Sales: 600 week ago, 71,000 year ago, 1 weeks ago.', dates: [] },
  { text: 'Call +1 213 380 2014 for details.', dates: [] },
  { text: 'The tariffs took effect on January 1 , 1996 , officials said.', dates: [['January 1 , 1996', '1996-01-01', 'day', false]] },
  { text: 'Then, a week or so ago, he left.', dates: [['a week or so ago', '2025-W04', 'week', true]] },
  { text: 'The bug was found 10 days ago.', dates: [['10 days ago', '2025-01-19', 'day', true]] },
  { text: 'Six months ago, nobody had heard of it.', dates: [['Six months ago', '2024-07', 'month', true]] },
  { text: 'The company will go public in three months.', dates: [['in three months', '2025-04', 'month', true]] },
  { text: 'The product could ship in a year\u2019s time.', dates: [['in a year\u2019s time', '2026', 'year', true]] },
  { text: 'The startup sold a million units in three months.', dates: [] },
  { text: 'Taxes would be minimal in a quarter that produced such a loss.', dates: [] },
  { text: 'It is the second price increase in 18 months.', dates: [] },
  { text: 'The law prohibits sending more than 100,000 e-mails in 30 days.', dates: [] },
  { text: 'The startup was founded two years ago.', publishedAt: null, dates: [['two years ago', null, 'year', true]] },
]);

// seasons as TimeML writes them (year and code); winter is labelled by the year of its January
table('seasons', [
  { text: 'He was shot last fall in his home.', publishedAt: '1999-06-07', dates: [['last fall', '1998-FA', 'season', true]] },
  { text: 'He is charged with gunning down Dr. Ada Stone last fall in her home.', publishedAt: '1999-06-07', dates: [['last fall', '1998-FA', 'season', true]] },
  { text: 'This fall in prices hurt growers.', dates: [] },
  { text: 'The chipmaker cut prices last fall.', dates: [['last fall', '2024-FA', 'season', true]] },
  { text: 'The handset goes on sale this coming winter.', dates: [['this coming winter', '2026-WI', 'season', true]] },
  { text: 'The handset will ship this summer.', dates: [['this summer', '2025-SU', 'season', true]] },
  { text: 'Demand slumped this past spring.', dates: [['this past spring', '2024-SP', 'season', true]] },
  { text: 'The startup hired 40 engineers over the summer.', dates: [['summer', '2024-SU', 'season', true]] },
  { text: 'The rollout will begin in the early spring.', dates: [['early spring', '2025-SP', 'season', true]] },
  { text: 'Prices peaked in the winter of 2021.', dates: [['winter of 2021', '2021-WI', 'season', false]] },
  { text: 'The plan lapsed in the autumn of nineteen ninety-six.', dates: [['autumn of nineteen ninety-six', '1996-FA', 'season', false]] },
  { text: 'The launch slipped to next spring.', publishedAt: null, dates: [['next spring', null, 'season', true]] },
  { text: 'Shares could fall 2000 points, and the fall of the index would hurt.', dates: [] },
  { text: 'This fall in prices was the last summer of cheap memory.', dates: [] },
]);

// words that point at the present, past or future with no calendar value: TimeML's references, with or without a publication day
table('references', [
  { text: 'The bank now holds 7% of the shares and currently employs 900 people.', dates: [['now', 'PRESENT_REF', 'reference', true], ['currently', 'PRESENT_REF', 'reference', true]] },
  { text: 'Now the regulator is reviewing the sale.', publishedAt: null, dates: [['Now', 'PRESENT_REF', 'reference', true]] },
  // a capital after an abbreviation that ended the sentence still opens one
  { text: 'The rival is Hewlett-Packard Co. Recently, analysts have turned.', dates: [['Recently', 'PAST_REF', 'reference', true]] },
  { text: 'The chain recently closed two stores; lately it has cut prices.', dates: [['recently', 'PAST_REF', 'reference', true], ['lately', 'PAST_REF', 'reference', true]] },
  { text: 'In recent years the port has grown, but these days it is quiet.', dates: [['recent years', 'PAST_REF', 'reference', true], ['these days', 'PRESENT_REF', 'reference', true]] },
  { text: 'In the past, the mill shipped timber; it may reopen in the near future.', dates: [['the past', 'PAST_REF', 'reference', true], ['the near future', 'FUTURE_REF', 'reference', true]] },
  { text: 'Costs will keep rising well into the future.', dates: [['the future', 'FUTURE_REF', 'reference', true]] },
  { text: 'Investors worry about the future; rates should ease in coming months and in future quarters.', dates: [['the future', 'FUTURE_REF', 'reference', true], ['coming months', 'FUTURE_REF', 'reference', true], ['future quarters', 'FUTURE_REF', 'reference', true]] },
  { text: 'In the short term, margins will shrink.', dates: [['the short term', 'FUTURE_REF', 'reference', true]] },
  { text: 'The bank may soon raise rates, and the firm will soon move.', dates: [['soon', 'FUTURE_REF', 'reference', true], ['soon', 'FUTURE_REF', 'reference', true]] },
  // "soon" after another event, or in the past tense, is no reference to publication
  { text: 'He was soon released, and they left as soon as the talks ended, soon after dawn.', dates: [] },
  { text: 'Support rose from 30% several years ago and a few months ago fell again.', dates: [['several years ago', 'PAST_REF', 'reference', true], ['a few months ago', 'PAST_REF', 'reference', true]] },
  // a vague count ago is TimeML's PAST_REF; a vague count later, from some other event, is no date
  { text: 'A few weeks ago and several years later, it worked.', dates: [['A few weeks ago', 'PAST_REF', 'reference', true]] },
  { text: 'Its current chief quit over current market conditions at the then current price.', dates: [['current', 'PRESENT_REF', 'reference', true], ['current', 'PRESENT_REF', 'reference', true], ['then current', 'PAST_REF', 'reference', true]] },
  // "current" as a noun, in a name, or as a term of accounts
  { text: 'The current of the river is strong; the current account deficit grew; he watched Current TV.', dates: [] },
  // a span of time or a thing, not a reference: "the past two years", "the past decade", "the future of"
  { text: 'In the past two years it lost money; in the past decade it grew.', dates: [] },
  { text: 'Analysts worry about the future of the airline.', dates: [] },
  { text: 'The near term outlook is weak.', dates: [] },
  // a name, a title, a word run on by a hyphen, and "Now," turning the argument
  { text: 'She starred in Apocalypse Now and joined the now-defunct studio.', dates: [] },
  { text: 'Now, the critics say, the plan has failed.', dates: [] },
]);

table('not dates', [
  { text: 'Theresa May said prices may be rising.', dates: [] },
  { text: 'May I add that costs may fall?', dates: [] },
  { text: 'Workers will march on the capital.', dates: [] },
  { text: 'The Sunday Times reported the deal.', dates: [] },
  { text: 'Black Friday sales and Cyber Monday deals beat forecasts.', dates: [] },
  { text: 'The shop opens every Wednesday.', dates: [] },
  { text: 'Fans will happily watch a goal on a Saturday afternoon.', dates: [] },
  { text: 'His Sunday Telegraph column ran for years.', dates: [] },
  { text: 'He signed for Sheffield Wednesday on loan.', dates: [] },
  { text: 'Meetings start at 10:30 a.m. and end at 3pm.', dates: [] },
  { text: 'The project took 18 months and three years of testing.', dates: [] },
  { text: 'The firm hired 2000 employees and 1,999 contractors.', dates: [] },
  { text: 'It sold 2,000 units for $2025 each.', dates: [] },
  { text: 'The index gained 2000 points, or 2025%.', dates: [] },
  { text: 'Windows 2000 was a success.', dates: [] },
  { text: 'The battery holds 2000 mAh.', dates: [] },
  { text: 'April Ross and June Park joined the board.', dates: [] },
  { text: 'The chain has 1500 stores and 1899 staff.', dates: [] },
  { text: 'The 2000-strong workforce voted to strike.', dates: [] },
  { text: 'Revenue reached 1.2025 billion.', dates: [] },
  { text: 'The screens show films at 2048 x 1080 pixels.', dates: [] },
  { text: 'She told USA Today the plan was dead.', dates: [] },
  { text: 'Phones shape today\'s world and today\'s young generation.', dates: [] },
  { text: 'The launch is at 2030 GMT.', dates: [] },
  { text: 'The form gives 1/29/2025 as the date.', dates: [] },
]);

t.test('the seed article\u2019s dates resolve against its publication day', async (t) => {
  const text =
    'Markets panicked on Monday over the new models.\n\n' +
    'The chief executive pledged to invest heavily, he said during the earnings call on Wednesday.\n\n' +
    'He already announced last week that the company would spend more than $60 billion in 2025 alone.';
  const { dates } = run({ text, dates: [] });
  t.same(
    dates.map((d) => [d.text, d.value, d.granularity, d.relative]),
    [
      ['Monday', '2025-01-27', 'day', true],
      ['Wednesday', '2025-01-29', 'day', true],
      ['last week', '2025-W04', 'week', true],
      ['2025', '2025', 'year', false],
    ],
  );
});

t.test('dates in boilerplate are not reported', async (t) => {
  const text = 'The deal closed on Monday.\n\nWe have a newsletter! Sign up here to get it in your inbox every Tuesday from 2025.';
  const { dates } = run({ text, dates: [] });
  t.same(dates.map((d) => d.text), ['Monday']);
});

t.test('odd input gives fewer results, never an exception or a bad span', async (t) => {
  const texts = [
    '\u0000 Monday \ud800 2025 \u202e March 3 \ud83d\ude00 last week',
    'Q3'.repeat(5000),
    'Monday '.repeat(5000),
    '2025 '.repeat(10000),
    'in in in two two years years ago ago',
  ];
  for (const text of texts) {
    const { dates } = run({ text, dates: [] });
    for (const date of dates) t.equal(text.slice(date.start, date.end), date.text);
  }
});

t.test('a hostile 200,000-character input gives exact spans', async (t) => {
  // Every rule's fragments at once, with runs of spaces and tabs; how the stage's time grows with such inputs (about
  // linearly: twice the text, twice the time) is measured as the bench measures it, not asserted here.
  const unit =
    "In  the quarter, on March 3 and 4 ,the July-September quarter of next year, nineteen ninety-six, in '98, the end of " +
    'the year; Monday, Jan. 2, 1999 -- over the weekend the 1990s, the 20th century, last Thanksgiving, a week or so ago. ' +
    `March${' '.repeat(40)}x in${'\t'.repeat(40)}the quarter. `;
  const text = unit.repeat(Math.ceil(200_000 / unit.length)).slice(0, 200_000);
  const { dates } = run({ text, dates: [] });
  t.ok(dates.length > 5000);
  t.ok(dates.every((date) => text.slice(date.start, date.end) === date.text));
});

t.test('long inputs stay linear', async (t) => {
  const text = 'On Monday, Acme said it would spend $5 billion in 2025 and hire staff next year. '.repeat(500);
  const started = performance.now();
  const { dates } = run({ text, dates: [] });
  t.equal(dates.length, 1500);
  t.ok(performance.now() - started < 20_000);
});
