import t from 'tap';
import { cueProbability, learnedCues, LEARNED_CUE_THRESHOLD, readSentence } from '../../../src/nlp/attribution/learned-cues.js';
import { quoteSpansComponent } from '../../../src/nlp/attribution/quotes.js';
import { createDoc } from '../../../src/nlp/doc/document.js';
import { CUE_CANDIDATE_TAGS, cueFeatures, sentenceWords } from '../../../src/nlp/attribution/cue-features.js';
import model from '../../../src/nlp/attribution/models/cue-model.json' with { type: 'json' };

/** The words of a one-sentence text with how likely each carries a cue. */
function probabilities(text: string): Map<string, number> {
  const doc = createDoc({ text });
  const source = { tokens: doc.tokens, quoteSpans: quoteSpansComponent.run(doc as never).quoteSpans };
  const read = readSentence(source, doc.sentences[0]!);
  const found = new Map<string, number>();
  for (let i = read.sentence.tokenStart; i < read.sentence.tokenEnd; i++) found.set(doc.tokens[i]!.text, cueProbability(source, read, i));
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

t.test('the detector looks weights up by parts and sums them as the model file writes them, "|" and "=" in words too', async (t) => {
  const flat = new Map(model.weights.split('\n').map((line) => [line.slice(0, line.indexOf('\t')), Number(line.slice(line.indexOf('\t') + 1))]));
  const text = [
    'Warren questioned whether the bank was too big, the senator said on Tuesday.',
    '“We will keep building,” Smith told reporters: revenue rose 5% in the quarter.',
    'The a|b parser said x=y | z and insisted the pipe|said works.',
  ].join(' ');
  const doc = createDoc({ text });
  const source = { tokens: doc.tokens, quoteSpans: quoteSpansComponent.run(doc as never).quoteSpans };
  let compared = 0;
  for (const sentence of doc.sentences) {
    const read = readSentence(source, sentence);
    const written = sentenceWords(source, sentence, (value) => value);
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      if (!CUE_CANDIDATE_TAGS.has(read.coarseTags[i - sentence.tokenStart]!)) continue;
      const z = cueFeatures(source, written, i).reduce((sum, feature) => sum + (flat.get(feature) ?? 0), 0);
      t.equal(cueProbability(source, read, i), 1 / (1 + Math.exp(-z)), doc.tokens[i]!.text);
      compared++;
    }
  }
  t.ok(compared >= 15, `${compared} candidate words compared`);
});
