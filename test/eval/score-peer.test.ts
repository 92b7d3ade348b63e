import t from 'tap';
import type { Money } from '../../schemas/extract.js';
import type { PeerMoney, Timex } from '../../scripts/eval/gold.js';
import type { Measure } from '../../scripts/eval/measures.js';
import { moneyAgrees, scoreMoneyCases } from '../../scripts/eval/score-figures.js';
import { scoreConll, scoreCrossner } from '../../scripts/eval/score-mentions.js';
import { scorePolnear } from '../../scripts/eval/score-polnear.js';
import { scoreTimex, timexValue } from '../../scripts/eval/score-timex.js';
import { claim, entity, extraction, spanOf, speaker } from './fixtures/extraction.js';

/** name -> [tp, pred, gold] */
const counts = (measures: readonly Measure[]) => Object.fromEntries(measures.map((m) => [m.name, [m.tp, m.pred, m.gold]]));
const typed = (text: string, needle: string, type: string, from = 0) => ({ ...spanOf(text, needle, from), type });

t.test('CoNLL: exact span and type, a trailing " ." aside; MISC gold and products not scored', async (t) => {
  const text = 'Ann Lee joined IBM in Paris and Rome .\nGerman firms rose .';
  const document = {
    id: 'd1',
    text,
    entities: [typed(text, 'Ann Lee', 'PER'), typed(text, 'IBM', 'ORG'), typed(text, 'Paris', 'LOC'), typed(text, 'Rome', 'LOC'), typed(text, 'German', 'MISC')],
  };
  const output = extraction({
    entities: [
      entity('e1', 'Ann Lee', 'person', [spanOf(text, 'Ann Lee')]),
      entity('e2', 'IBM', 'organization', [spanOf(text, 'IBM')]),
      entity('e3', 'Paris', 'place', [spanOf(text, 'Paris'), spanOf(text, 'Rome .')]),
      entity('e4', 'German', 'person', [spanOf(text, 'German')]),
      entity('e5', 'Rome', 'product', [spanOf(text, 'Rome')]),
    ],
  });
  t.same(counts(scoreConll('conll-dev', [document], [output]).measures), {
    'PER (exact span)': [1, 2, 1],
    'ORG (exact span)': [1, 1, 1],
    'LOC (exact span)': [2, 2, 2],
    'ALL (exact span)': [4, 5, 4],
  });
});

t.test('CrossNER: predictions on a gold span of another label are ignored, repeats count once', async (t) => {
  const text = 'Yann LeCun built LeNet at Bell Labs using backpropagation .';
  const document = {
    id: 'd1',
    text,
    entities: [typed(text, 'Yann LeCun', 'person'), typed(text, 'LeNet', 'product'), typed(text, 'Bell Labs', 'organization'), typed(text, 'backpropagation', 'other')],
  };
  const output = extraction({
    entities: [
      entity('e1', 'Yann LeCun', 'person', [spanOf(text, 'Yann LeCun')]),
      entity('e2', 'LeNet', 'organization', [spanOf(text, 'LeNet')]),
      entity('e3', 'Bell Labs', 'organization', [spanOf(text, 'Bell Labs')]),
      entity('e4', 'Bell Labs', 'organization', [spanOf(text, 'Bell Labs')]),
      entity('e5', 'backpropagation', 'product', [spanOf(text, 'backpropagation')]),
    ],
  });
  const result = scoreCrossner('crossner-ai', [document], [output]);
  t.same(counts(result.measures), {
    'person (exact span)': [1, 1, 1],
    'organization (exact span)': [1, 2, 1],
    'place (exact span)': [0, 0, 0],
    'product (exact span)': [0, 0, 1],
    'ALL (exact span)': [2, 3, 3],
    'any type (exact span)': [3, 3, 3],
  });
  t.match(result.notes[0], /^1 predicted mentions ignored .*; 1 repeated mentions counted once$/);
});

t.test('money read with the upstream conventions: minor units, a bare dollar, intervals', async (t) => {
  const predicted = (fields: Partial<Money>): Money => ({ id: 'm1', text: 'x', start: 0, end: 1, amount: null, currency: 'USD', qualifier: 'exact', sentence: 0, ...fields });
  const gold = (fields: Partial<PeerMoney>): PeerMoney => ({ text: 'x', start: 0, end: 1, amount: null, currency: null, ...fields });
  t.ok(moneyAgrees(gold({ amount: 50, unit: 'Cent' }), predicted({ amount: 0.5 })), '50 cents is 0.5 dollars');
  t.ok(moneyAgrees(gold({ amount: 3, unit: 'Dollar' }), predicted({ amount: 3 })), 'a bare dollar may be USD');
  t.ok(moneyAgrees(gold({ amount: 3, unit: 'Dollar' }), predicted({ amount: 3, currency: null })), 'or have no currency');
  t.notOk(moneyAgrees(gold({ amount: 3, unit: 'Dollar' }), predicted({ amount: 3, currency: 'AUD' })));
  t.notOk(moneyAgrees(gold({ amount: 3, currency: 'EUR', unit: 'Euro' }), predicted({ amount: 3 })), 'a stated currency must agree');
  t.ok(moneyAgrees(gold({ min: 10, max: 20, interval: 'between' }), predicted({ amount: 10, min: 10, max: 20, qualifier: 'range' })));
  t.ok(moneyAgrees(gold({ max: 7, min: null, interval: 'under' }), predicted({ amount: 7, qualifier: 'upper_bound' })), 'an upper bound is its amount');
  t.notOk(moneyAgrees(gold({ min: 10, max: 20, interval: 'between' }), predicted({ amount: 10 })));
});

t.test('money suites: a bare currency word is no gold, a figure where there is none is spurious', async (t) => {
  const cases = [
    { id: 'c1', input: 'a $ 5 million deal', expected: [{ text: '$ 5 million', start: 2, end: 13, amount: 5e6, currency: null, unit: 'Dollar' }] },
    { id: 'c2', input: 'a multibillion - dollar deal', expected: [{ text: 'dollar', start: 17, end: 23, amount: null, currency: null, unit: 'Dollar' }] },
  ];
  const outputs = [
    extraction({ money: [{ id: 'm1', text: '$ 5 million', start: 2, end: 13, amount: 5e6, currency: 'USD', qualifier: 'exact', sentence: 0 }] }),
    extraction({ money: [{ id: 'm1', text: 'dollar', start: 17, end: 23, amount: 1, currency: 'USD', qualifier: 'exact', sentence: 0 }] }),
  ];
  const result = scoreMoneyCases('currency', cases, outputs);
  t.same(counts(result.measures), { 'money (value)': [1, 2, 1], 'money (span)': [1, 2, 1] });
  t.match(result.details, [/^c2 extra: /]);
});

t.test('TimeML values compare after padding weeks and reading decades and centuries', async (t) => {
  t.equal(timexValue('1998-w2'), '1998-W02');
  t.equal(timexValue('199X'), timexValue('199'));
  t.equal(timexValue('19XX'), '19');
  t.equal(timexValue('PRESENT_REF'), 'PRESENT_REF');
  t.equal(timexValue(null), null);
});

t.test('timex: DATEs only, strict and relaxed spans, value accuracy times the relaxed figures', async (t) => {
  const text = 'Sales rose in January 1998 , over three years , in the late 1990s and now .';
  const timex = (needle: string, type: Timex['type'], value: string): Timex => ({ ...spanOf(text, needle), type, value });
  const document = {
    id: 'd1',
    publishedAt: '1999-05-01',
    text,
    timexes: [timex('January 1998', 'DATE', '1998-01'), timex('three years', 'DURATION', 'P3Y'), timex('the late 1990s', 'DATE', '199'), timex('now', 'DATE', 'PRESENT_REF')],
  };
  const date = (needle: string, value: string) => ({ id: 'd', ...spanOf(text, needle), value, granularity: 'year' as const, relative: false, sentence: 0 });
  const output = extraction({ dates: [date('January 1998', '1998-01'), date('January 1998', '1998-01'), date('three years', '1996'), date('1990s', '1990')] });
  const result = scoreTimex('timex', [document], [output]);
  const [strict, relaxed, value] = result.measures;
  t.same([strict!.tp, strict!.pred, strict!.gold], [1, 2, 3], 'the repeat counts once, the date on a DURATION is ignored');
  t.same([relaxed!.tp, relaxed!.precision, relaxed!.recall], [2, 1, 2 / 3]);
  t.same([value!.tp, value!.precision, value!.recall], [1, 0.5, 1 / 3], '"1990" is not the decade');
  t.match(result.notes[0], /1 ignored as overlapping only a non-DATE gold, 1 repeated spans counted once/);
});

t.test('PolNeAR: content by overlap and exact, a second half of a matched quote neutral, sources checked', async (t) => {
  const text = 'Senator Jane Doe said the bill would pass. "It is a good bill," she added, "and it will pass." Critics disagree.';
  const attributions = [
    { source: spanOf(text, 'Senator Jane Doe'), cue: spanOf(text, 'said'), content: [spanOf(text, 'the bill would pass')] },
    { source: spanOf(text, 'she'), cue: spanOf(text, 'added'), content: [spanOf(text, '"It is a good bill,"'), spanOf(text, '"and it will pass."')] },
    { source: null, cue: null, content: [spanOf(text, 'Critics disagree')] },
  ];
  const janeDoe = { entityId: 'e1', name: 'Jane Doe' };
  const quote = (needle: string, id: string) => ({ id, ...spanOf(text, needle), speaker: janeDoe, cue: 'added', sentence: 1 });
  const output = extraction({
    entities: [entity('e1', 'Jane Doe', 'person', [spanOf(text, 'Jane Doe')])],
    quotes: [quote('It is a good bill,', 'q1'), quote('and it will pass.', 'q2')],
    claims: [{ ...claim('c1', spanOf(text, 'the bill would pass'), 'statement', null), speaker: janeDoe }],
  });
  const result = scorePolnear('polnear', [{ id: 'd1', text, attributions }], [output]);
  t.same(counts(result.measures.filter((m) => m.name !== 'content (overlap, chars)')), {
    'content (exact)': [2, 2, 3],
    'content (overlap)': [2, 2, 3],
    'source (named, accuracy)': [1, 1, 1],
    'content (overlap) + source': [2, 2, 3],
  });
  const wrongSpeaker = extraction({ ...output, claims: [{ ...output.claims[0]!, speaker: speaker('Critics') }] });
  const named = scorePolnear('polnear', [{ id: 'd1', text, attributions }], [wrongSpeaker]).measures.find((m) => m.name === 'source (named, accuracy)')!;
  t.equal(named.tp, 0, 'a speaker that is neither a mention in the source nor its last capitalised word is wrong');
});
