// Runs in a process of its own: compromise here is stock until the test installs the faster bulk matcher.
import { readdirSync, readFileSync } from 'node:fs';
import nlp from 'compromise/two';
import t from 'tap';
import { ADVERSARIAL } from '../../bench/adversarial.js';
import { generateArticle } from '../../bench/articles.js';
import { bulkMatch, withIndex, type SweepMethods } from '../../src/nlp/doc/compromise-sweep.js';

const articlesDir = new URL('../eval/articles/', import.meta.url);
const texts = [
  ...readdirSync(articlesDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => (JSON.parse(readFileSync(new URL(name, articlesDir), 'utf8')) as { text: string }).text),
  generateArticle(1000, 7),
  ...ADVERSARIAL.map((shape) => shape.make(800)),
  'May said in May that she may go. "Apple, Inc. rose 5%," said Tim Cook, who runs Apple. Buy, sell, hold: pick one.',
];

interface World {
  model: { two: { matches: unknown } };
}
interface AllMethods extends SweepMethods {
  one: SweepMethods['one'] & { bulkMatch: typeof bulkMatch };
  two: { quickSplit(docs: unknown[][]): unknown[][] };
}

const methods = nlp.methods() as AllMethods;
const world = nlp.world() as unknown as World;
const stockBulkMatch = methods.one.bulkMatch;
const stockBuildNet = methods.one.buildNet;

/** Every term's tags, in order: what the post-tagger's matches decide. */
const tagsOf = (text: string): string[][] => nlp(text).docs.map((terms) => terms.map((term) => [...(term as { tags: Set<string> }).tags].sort().join(' ')));
/** A few of compromise's own match queries, which run the bulk matcher with matchOne and without tagging. */
const queriesOf = (text: string) => {
  const doc = nlp(text);
  return [doc.match('#ProperNoun+').out('array'), doc.match('#Value #Unit?').out('array'), doc.has('#Verb #Adverb'), doc.matchOne('#Noun').text()];
};

t.test('the candidate patterns and their matches are compromise\'s own, piece by piece, in the same order', async (t) => {
  // buildNet compiles the patterns it is given in place: each net gets its own copy of the post-tagger's.
  const stockNet = stockBuildNet(structuredClone(world.model.two.matches), world);
  const orderedNet = withIndex(stockBuildNet)(structuredClone(world.model.two.matches), world);
  t.ok(orderedNet.index && orderedNet.index.lists.length > 100, 'the post-tagger net carries its index');
  for (const text of texts) {
    const document = methods.two.quickSplit(nlp(text).docs);
    const expected = stockBulkMatch(document, stockNet, methods);
    t.ok(expected.length > 0 || text.length < 5000, 'the stock matcher finds something to compare');
    t.same(bulkMatch(document, orderedNet, methods), expected, 'same matches, net with its index');
    t.same(bulkMatch(document, stockNet, methods), expected, 'same matches, net built by compromise alone');
    t.same(bulkMatch(document, orderedNet, methods, { matchOne: true }), stockBulkMatch(document, stockNet, methods, { matchOne: true }), 'same first match');
  }
});

t.test('every tag of every parse and every match query is unchanged once the faster matcher is installed', async (t) => {
  const stockTags = texts.map(tagsOf);
  const stockQueries = texts.map(queriesOf);
  nlp.plugin({ methods: { one: { bulkMatch, buildNet: withIndex(stockBuildNet) } } });
  t.equal(methods.one.bulkMatch, bulkMatch, 'installed');
  texts.forEach((text, i) => {
    t.same(tagsOf(text), stockTags[i], `tags of text ${i}`);
    t.same(queriesOf(text), stockQueries[i], `queries on text ${i}`);
  });
});
