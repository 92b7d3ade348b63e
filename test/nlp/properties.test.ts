import fc from 'fast-check';
import t from 'tap';
import { extractResponseSchema } from '../../schemas/extract.js';
import { extract, withMeta } from '../../src/extraction.js';
import { fixtureArticles } from '../fixtures/articles.js';
import { allIds, danglingReferences, spansOf } from '../helpers.js';

/** Any UTF-16 code unit, lone surrogates and NUL included, weighted towards what the pipeline reacts to. */
const codeUnit = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) },
  { weight: 3, arbitrary: fc.constantFrom('"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb', '$', '\u00a3', '\u20ac', '\u00a5', '\u20b9', '%', '.', ',', '-', '\n', '\n\n', ' ') },
  { weight: 3, arbitrary: fc.constantFrom('Acme', ' said ', ' million', ' billion', ' per cent', 'Monday', ' 2025', '12', '3.5', 'more than ', 'Mr ', 'U.S.', '\u{1F680}', '\u0301', '\u05e9\u05dc\u05d5\u05dd') },
);
const anyText = fc.array(codeUnit, { maxLength: 200 }).map((units) => units.join(''));

/** News-like articles mutated by inserting, deleting and duplicating sentences, quote marks and figures. */
const sentencesOf = (text: string) => text.split(/(?<=[.!?\u201d"])\s+/);
const insertion = fc.constantFrom('"', '\u201c', '\u2019', ' $', ' 40%', ' more than $3bn', ' he said.', '\n\n', ' "We will," she said. ', ' between 5% and 7%');
const mutatedArticle = fc
  .tuple(fc.constantFrom(...fixtureArticles), fc.array(fc.tuple(fc.nat(), fc.nat(), insertion, fc.constantFrom('insert', 'delete', 'duplicate')), { maxLength: 8 }))
  .map(([article, edits]) => {
    let sentences = sentencesOf(article);
    for (const [at, other, piece, edit] of edits) {
      const i = at % sentences.length;
      if (edit === 'delete' && sentences.length > 1) sentences = sentences.filter((_, j) => j !== i);
      else if (edit === 'duplicate') sentences.splice(i, 0, sentences[other % sentences.length]!);
      else {
        const sentence = sentences[i]!;
        const cut = other % (sentence.length + 1);
        sentences[i] = sentence.slice(0, cut) + piece + sentence.slice(cut);
      }
    }
    return sentences.join(' ');
  });

function checkInvariants(text: string): void {
  const result = withMeta(extract({ text, publishedAt: '2025-01-29' }), '0.0.0', 0);
  extractResponseSchema.parse(result);
  for (const span of spansOf(result)) {
    if (text.slice(span.start, span.end) !== span.text) throw new Error(`${span.where}: ${JSON.stringify(span.text)} is not input.slice(${span.start}, ${span.end})`);
  }
  const ids = allIds(result);
  if (new Set(ids).size !== ids.length) throw new Error(`duplicate ids: ${ids.join(',')}`);
  const dangling = danglingReferences(result);
  if (dangling.length) throw new Error(`references that resolve to nothing: ${dangling.join(',')}`);
  const again = withMeta(extract({ text, publishedAt: '2025-01-29' }), '0.0.0', 0);
  if (JSON.stringify(again) !== JSON.stringify(result)) throw new Error('the same input gave a different output');
}

t.test('arbitrary Unicode: never throws, spans slice the input, ids unique and resolving, schema-valid, deterministic', async (t) => {
  t.doesNotThrow(() => fc.assert(fc.property(anyText, (text) => checkInvariants(text)), { numRuns: 300, seed: 20261128 }));
});

t.test('mutated news articles: the same invariants', async (t) => {
  t.doesNotThrow(() => fc.assert(fc.property(mutatedArticle, (text) => checkInvariants(text)), { numRuns: 60, seed: 20261128 }));
});
