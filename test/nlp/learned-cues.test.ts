import t from 'tap';
import { cueProbability, learnedCues, LEARNED_CUE_THRESHOLD } from '../../src/nlp/attribution/learned-cues.js';
import { quoteSpansComponent } from '../../src/nlp/attribution/quotes.js';
import { createDoc } from '../../src/nlp/doc/document.js';

/** The words of a one-sentence text with how likely each carries a cue. */
function probabilities(text: string): Map<string, number> {
  const doc = createDoc({ text });
  const source = { tokens: doc.tokens, quoteSpans: quoteSpansComponent.run(doc as never).quoteSpans };
  const sentence = doc.sentences[0]!;
  const found = new Map<string, number>();
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) found.set(doc.tokens[i]!.text, cueProbability(source, sentence, i));
  return found;
}

t.test('the learned detector: verbs that report words in context, not names, determiners or nouns after an article', async (t) => {
  const warren = probabilities('Elizabeth Warren questioned whether the bank was too big to manage.');
  t.ok(warren.get('questioned')! >= LEARNED_CUE_THRESHOLD, `questioned: ${warren.get('questioned')}`);
  for (const word of ['Elizabeth', 'Warren', 'the', 'bank']) t.ok(warren.get(word)! < LEARNED_CUE_THRESHOLD, `${word}: ${warren.get(word)}`);
  const insists = probabilities('The senator insists the law is broken.');
  t.ok(insists.get('insists')! >= LEARNED_CUE_THRESHOLD, `insists: ${insists.get('insists')}`);
  t.ok(insists.get('broken')! < LEARNED_CUE_THRESHOLD, `broken: ${insists.get('broken')}`);
});

t.test('learned cues: one word each, exact spans, flagged as learned; none after an article or a possessive', async (t) => {
  const text = 'Warren questioned whether the bank was too big. Alibaba’s listing ceremony is due on Tuesday.';
  const doc = createDoc({ text });
  const source = { tokens: doc.tokens, quoteSpans: quoteSpansComponent.run(doc as never).quoteSpans };
  const cues = doc.sentences.flatMap((sentence) => learnedCues(source, sentence));
  t.same(cues.map((cue) => [cue.text, cue.learned, text.slice(cue.start, cue.end)]), [['questioned', true, 'questioned']]);
});
