import path from 'node:path';
import t from 'tap';
import type { Extraction } from '../../src/extraction.js';
import { articleCaseSchema, type ArticleCase } from '../../scripts/eval/gold.js';
import type { Measure } from '../../scripts/eval/measures.js';
import { scoreArticles } from '../../scripts/eval/score-articles.js';
import { loadCorpus, readRecords } from '../../scripts/eval/suites.js';
import { claim, entity, extraction, perfectOutput, spanOf, speaker } from './fixtures/extraction.js';

const FOLDER = path.join(import.meta.dirname, 'fixtures', 'articles');
const FIXTURES = ['fixture-fernwood-funding', 'fixture-quillpay-fine'];
const articles = readRecords(FOLDER, (record) => articleCaseSchema.parse(record)).filter((article) => FIXTURES.includes(article.id));
const fernwood = articles.find((article) => article.id === 'fixture-fernwood-funding')!;

const score = (cases: readonly ArticleCase[], outputs: readonly Extraction[]) => scoreArticles('articles', cases, outputs);
const byName = (measures: readonly Measure[]) => Object.fromEntries(measures.map((m) => [m.name.trim(), m]));
/** The scores of the Fernwood article with one change made to its perfect output. */
function scoreChanged(change: (output: Extraction) => void) {
  const output = perfectOutput(fernwood);
  change(output);
  return byName(score([fernwood], [output]).measures);
}

t.test('articles are checked as they are read: a slip names its file', async (t) => {
  t.same(articles.map((article) => article.id), FIXTURES);
  t.equal(fernwood.gold.dates?.length, 4);
  const broken = { ...fernwood, gold: { ...fernwood.gold, claims: [{ text: 'x', kind: 'rumour', speaker: null }] } };
  t.throws(() => readRecords(FOLDER, (record) => articleCaseSchema.parse((record as ArticleCase).id === fernwood.id ? broken : record)), {
    message: /fixture-fernwood-funding\.json: .*kind/s,
  });
});

t.test('a shared folder that is absent is said, and its suites are skipped', async (t) => {
  const corpus = loadCorpus(path.resolve(import.meta.dirname, '../..'), '/nonexistent/eval', ['articles', 'dev', 'timex']);
  t.same(corpus.suites.map((suite) => suite.name), ['articles']);
  t.same(corpus.skipped, ['dev: /nonexistent/eval is absent', 'timex: /nonexistent/eval is absent']);
});

t.test('a perfect prediction scores 1 on every measure', async (t) => {
  const result = score(articles, articles.map(perfectOutput));
  t.equal(result.measures.length, 19, 'every layer, dates and claims included, is measured');
  for (const m of result.measures) t.same([m.name, m.precision, m.recall, m.f1], [m.name, 1, 1, 1]);
  t.same(result.scores.map((s) => s.value), [1, 1, 1, 1]);
  t.same(result.details, []);
});

t.test('a missed item lowers recall, not precision', async (t) => {
  const quotes = scoreChanged((output) => output.quotes.pop())['quotes (span+speaker)']!;
  t.same([quotes.precision, quotes.recall, quotes.tp, quotes.gold, quotes.pred], [1, 0.5, 1, 2, 1]);
  const money = scoreChanged((output) => output.money.pop())['money (value+currency)']!;
  t.same([money.precision, money.recall, money.f1], [0, 0, 0], 'nothing predicted where gold has something scores 0');
});

t.test('a spurious entity lowers precision, not recall', async (t) => {
  const measures = scoreChanged((output) => output.entities.push(entity('e9', 'Yorkshire', 'place')));
  t.same([measures['entities (typed)']!.precision, measures['entities (typed)']!.recall], [6 / 7, 1]);
  t.same([measures['place']!.tp, measures['place']!.pred, measures['place']!.gold], [2, 3, 2]);
});

t.test('an entity is found through any shared form: an alias, a mention, case and a possessive aside', async (t) => {
  const measures = scoreChanged((output) => {
    output.entities[0] = entity('e1', 'Fernwood Robotics Ltd', 'organization', [{ start: 0, end: 17, text: "FERNWOOD ROBOTICS'S" }]);
  });
  t.equal(measures['entities (typed)']!.f1, 1);
});

t.test('a wrong type fails the typed match only', async (t) => {
  const measures = scoreChanged((output) => (output.entities[0]!.type = 'product'));
  t.equal(measures['entities (typed)']!.tp, 5);
  t.equal(measures['entities (any type)']!.tp, 6);
  t.same([measures['organization']!.tp, measures['product']!.pred], [1, 1]);
});

t.test('a wrong speaker fails span+speaker, not span', async (t) => {
  const measures = scoreChanged((output) => (output.quotes[0]!.speaker = speaker('Tom Avery')));
  t.equal(measures['quotes (span)']!.f1, 1);
  t.equal(measures['quotes (span+speaker)']!.tp, 1);
  const unnamed = scoreChanged((output) => (output.quotes[1]!.speaker = null));
  t.equal(unnamed['quotes (span+speaker)']!.tp, 1, 'no speaker where gold has one is wrong');
});

t.test('a speaker may be any form of the gold entity', async (t) => {
  const measures = scoreChanged((output) => (output.quotes[0]!.speaker = speaker('Ms Natarajan')));
  t.equal(measures['quotes (span+speaker)']!.f1, 1);
});

t.test('a figure with the right span and the wrong amount or currency counts for the span only', async (t) => {
  const measures = scoreChanged((output) => (output.money[0]!.currency = 'USD'));
  t.same([measures['money (span)']!.tp, measures['money (value+currency)']!.tp, measures['money (qualifier)']!.tp], [1, 0, 1]);
  const rounded = scoreChanged((output) => (output.money[0]!.amount = 40_100_000));
  t.equal(rounded['money (value+currency)']!.tp, 1, 'within half a percent');
});

t.test('reported speech must cover half the gold content with the right speaker; a claim on a quotation is neutral', async (t) => {
  const short = scoreChanged((output) => {
    const c = output.claims.find((x) => x.text.startsWith('the money'))!;
    Object.assign(c, spanOf(fernwood.text, 'the money would help'));
  });
  t.same([short['attributions (span+speaker)']!.tp, short['attributions (span+speaker)']!.pred], [3, 4]);
  const quoted = byName(score([fernwood], [perfectOutput(fernwood)]).measures)['attributions (span+speaker)']!;
  t.equal(quoted.pred, 4, 'the claim resting on a quotation is not counted');
});

t.test('dates and claims are scored only where the gold gives them', async (t) => {
  const { dates: _dates, claims: _claims, ...gold } = fernwood.gold;
  const names = score([{ ...fernwood, gold }], [perfectOutput(fernwood)]).measures.map((m) => m.name);
  t.notOk(names.some((name) => name.startsWith('dates') || name.startsWith('claims')));
  const wrongValue = scoreChanged((output) => (output.dates[0]!.value = '2025'));
  t.same([wrongValue['dates (span)']!.tp, wrongValue['dates (value)']!.tp], [4, 3]);
  const wrongKind = scoreChanged((output) => {
    output.claims[0] = claim('c1', output.claims[0]!, 'investment', null);
  });
  t.same([wrongKind['claims (span)']!.tp, wrongKind['claims (span+kind)']!.tp, wrongKind['claims (span+kind+speaker)']!.tp], [6, 5, 5]);
  const output = perfectOutput(fernwood);
  output.claims[0]!.kind = 'investment';
  const kindAccuracy = score([fernwood], [output]).scores.find((s) => s.name.startsWith('claim kind accuracy'))!;
  t.equal(kindAccuracy.value, 5 / 6);
});

t.test('a text on which extract threw predicts nothing and is counted', async (t) => {
  const result = scoreArticles('articles', [fernwood], [{ error: 'boom' }]);
  t.equal(result.failures, 1);
  t.equal(byName(result.measures)['entities (typed)']!.recall, 0);
});

t.test('linking: where the gold gives ids, the precision of the public ids given and the recall on ids the knowledge base holds', async (t) => {
  const text = 'Microsoft opened an office in Paris. Kestrel Mobile did not.';
  const article = articleCaseSchema.parse({
    id: 'linking',
    text,
    gold: {
      entities: [
        { name: 'Microsoft', type: 'organization', aliases: [], ids: { ticker: 'NASDAQ:MSFT' } },
        { name: 'Paris', type: 'place', aliases: [], ids: { geonames: '2988507' } },
        { name: 'Kestrel Mobile', type: 'organization', aliases: [], ids: {} },
      ],
      money: [],
      percentages: [],
      quotes: [],
      attributions: [],
    },
  });
  const output = extraction({
    entities: [
      entity('e1', 'Microsoft', 'organization', [spanOf(text, 'Microsoft')], [], { kb: 'microsoft', ticker: 'NASDAQ:MSFT' }),
      entity('e2', 'Paris', 'place', [spanOf(text, 'Paris')], [], {}),
      entity('e3', 'Kestrel Mobile', 'organization', [spanOf(text, 'Kestrel Mobile')], [], { kb: 'kestrel', ticker: 'NASDAQ:KG' }),
    ],
  });
  const result = byName(score([article], [output]).measures);
  t.match(result['linking (public ids)'], { tp: 1, pred: 2, gold: 2 });
  t.match(result['linking: place'], { tp: 0, pred: 0, gold: 1 });
  t.match(result['linking: organization'], { tp: 1, pred: 2, gold: 1 });
  t.notOk(result['linking: person'], 'no row for a type with nothing given and nothing to find');
  t.notOk(byName(score([fernwood], [perfectOutput(fernwood)]).measures)['linking (public ids)'], 'no linking measure without gold ids');
});
