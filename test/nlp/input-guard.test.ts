import nlp from 'compromise';
import t from 'tap';
import { ADVERSARIAL, PROSE } from '../../bench/adversarial.js';
import { generateArticle } from '../../bench/articles.js';
import { extract, withMeta } from '../../src/extraction.js';
import { parse } from '../../src/nlp/doc/compromise.js';
import { GUARD_LIMITS, guardInput, pieceStarts } from '../../src/nlp/doc/input-guard.js';
import { spansOf } from '../helpers.js';

/** Small n: enough for every shape to pass the guard's limits; its cost at large n is measured by the bench. */
const N = 6000;

interface ParsedSentence {
  terms: { text: string }[];
}

t.test('every adversarial shape reaches compromise in sentences and tokens of bounded length, offsets intact', async (t) => {
  for (const shape of [PROSE, ...ADVERSARIAL]) {
    const text = shape.make(N);
    const guarded = guardInput(text);
    t.equal(guarded.length, text.length, `${shape.name}: same length`);
    const changed = Array.from({ length: text.length }, (_, i) => guarded[i]!).filter((unit, i) => unit !== text[i]);
    t.ok(changed.every((unit) => unit === ' ' || unit === '\n'), `${shape.name}: only breaks are put in`);
    const sentences = nlp(guarded).json() as ParsedSentence[];
    const longestSentence = Math.max(...sentences.map((s) => s.terms.length));
    const longestTerm = Math.max(...sentences.flatMap((s) => s.terms.map((term) => term.text.trim().length)));
    t.ok(longestSentence <= GUARD_LIMITS.lineTokens, `${shape.name}: longest sentence ${longestSentence} terms`);
    t.ok(longestTerm <= GUARD_LIMITS.tokenUnits, `${shape.name}: longest term ${longestTerm} code units`);

    const result = withMeta(extract({ text }), 'test', 0);
    for (const span of spansOf(result)) {
      if (text.slice(span.start, span.end) !== span.text) t.fail(`${shape.name}: ${span.where} is not the text at its offsets`);
    }
  }
});

t.test('a long stretch without letters, numbers or symbols reaches compromise as spaces, not as one sentence of it', async (t) => {
  for (const unit of ['. ', '... ', '!? -- ** ', '-']) {
    const stretch = unit.repeat(3000);
    t.same(nlp(guardInput(stretch)).json(), [], `${JSON.stringify(unit)} repeated: nothing to parse`);
    const within = `Acme said so. ${stretch}\nThen it left.`;
    const guarded = guardInput(within);
    const sentences = (nlp(guarded).json() as { text: string }[]).map((s) => s.text);
    t.ok(Math.max(...sentences.map((s) => s.length)) < 100, `${JSON.stringify(unit)} between sentences: they stay short`);
    t.equal(guarded.slice(0, 14) + guarded.slice(-14), within.slice(0, 14) + within.slice(-14), 'the sentences around it are untouched');
  }
  const rule = '='.repeat(80);
  t.equal(guardInput(`Acme said so.\n${rule}\nThen it left.`), `Acme said so.\n${rule}\nThen it left.`, 'a short rule of punctuation stays');
});

t.test('a run of full stops compromise does not split at gets a line break at the latest, after at most doubtfulTokens tokens', async (t) => {
  for (const unit of ['Mr. ', 'J. ', '1. ', 'Inc. ', 'U.S. ', 'J. R. R. Tolkien ', 'wait... ']) {
    const guarded = guardInput(unit.repeat(1000));
    const lines = guarded.split('\n');
    t.ok(lines.length > 1, `${JSON.stringify(unit)} repeated: broken into lines`);
    t.ok(Math.max(...lines.map((line) => line.split(' ').filter(Boolean).length)) <= GUARD_LIMITS.doubtfulTokens, `${JSON.stringify(unit)}: lines of at most ${GUARD_LIMITS.doubtfulTokens} tokens`);
    t.ok(lines.slice(0, -1).every((line) => line.endsWith('.')), `${JSON.stringify(unit)}: each break after a full stop`);
  }
  const sentences = 'Acme said revenue rose by 5% in the quarter. Its shares fell. Mr. Smith, who runs it, left. '.repeat(100);
  const lines = guardInput(sentences).split('\n');
  t.ok(lines.slice(0, -1).every((line) => line.split(' ').length > GUARD_LIMITS.lineTokens / 2), 'sentences that end in ordinary words, some abbreviations among them: only the line limit breaks them');
});

t.test('a break replaces a whole character: a surrogate pair is never split', async (t) => {
  const emoji = '\u{1F600}'.repeat(100);
  const guarded = guardInput(emoji);
  t.notMatch(guarded, /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u, 'no lone surrogate made');
  t.ok(guarded.includes(' '), 'the run is broken');
});

t.test('prose comes back unchanged', async (t) => {
  for (const seed of [1, 2, 3]) {
    const article = generateArticle(2000, seed);
    t.equal(guardInput(article), article, `generated article ${seed}`);
  }
  const oneLong = 'Acme said revenue rose. '.repeat(600);
  const guarded = guardInput(oneLong);
  const breaks = Array.from({ length: guarded.length }, (_, i) => i).filter((i) => guarded[i] === '\n');
  t.ok(breaks.length > 0, 'a paragraph of 2,400 words without a line break gets breaks');
  t.ok(breaks.every((i) => oneLong[i - 1] === '.'), 'each one after a full stop, where compromise splits anyway');
});

t.test('compromise parses a long text in pieces with the same terms, tags and offsets as the whole', async (t) => {
  const terms = (text: string, pieceUnits: number) =>
    parse(text, pieceUnits).map((sentence) => sentence.map((term) => [term.offset?.start, term.pre, term.text, term.post, term.normal, [...term.tags].sort().join()]));
  const texts: [string, string][] = [
    ...[1, 2, 3].map((seed): [string, string] => [`generated article ${seed}`, generateArticle(3000, seed)]),
    ...[PROSE, ...ADVERSARIAL].map((shape): [string, string] => [shape.name, shape.make(N)]),
    ['quotations and brackets across lines', 'Acme said "we will\ngrow." Then it left.\n(Acme\nrose.) It fell.\n*** ---\nAcme rose.\n'.repeat(40)],
  ];
  let cut = 0;
  for (const [name, text] of texts) {
    const starts = pieceStarts(guardInput(text), 300);
    if (starts.length > 1) cut++;
    t.same(terms(text, 300), terms(text, Number.POSITIVE_INFINITY), `${name}: ${starts.length} pieces of 300 units or more`);
  }
  t.ok(cut >= 20, `${cut} of the ${texts.length} texts are cut`);
  const mr = pieceStarts(guardInput('Mr. '.repeat(10_000)), GUARD_LIMITS.pieceUnits);
  const lengths = mr.map((start, i) => (mr[i + 1] ?? 40_000) - start);
  t.ok(mr.length >= 3 && lengths.every((length) => length >= GUARD_LIMITS.pieceUnits), `"Mr. " x 10,000 (40,000 units): pieces of ${lengths.join(', ')}`);
  const article = generateArticle(1000, 1);
  t.same(pieceStarts(guardInput(article), GUARD_LIMITS.pieceUnits), [0], 'an article of 1,000 words: one piece');
});
