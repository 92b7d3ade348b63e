// Trains the learned reporting-cue detector (src/nlp/attribution/learned-cues.ts) on PolNeAR's train split and
// writes its weights to src/nlp/attribution/models/cue-model.json. Deterministic: the same data and the same
// compromise give the same file, byte for byte (a fixed shuffle seed, insertion-ordered features, rounded weights).
//
//   npm run train:attribution [-- --data ../shared/eval/peer/polnear-train.jsonl]
//
// The corpus (copyrighted news, research use) is read, never copied: only the weights are written. PolNeAR's dev
// split is not read here; it is for measuring (score-peer.mjs polnear) and for choosing the threshold in the model card.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { quoteSpansComponent } from '../../src/nlp/attribution/quotes.js';
import { cueCandidate, cueFeatures, CUE_FEATURES_VERSION, sentenceWords } from '../../src/nlp/attribution/cue-features.js';
import { createDoc, type Doc, type Token } from '../../src/nlp/doc/document.js';
import { featureId, trainLogistic, weightLines, type LogisticExamples } from './logistic.js';

interface Span {
  start: number;
  end: number;
}
interface Attribution {
  cue: Span | null;
}
interface Article {
  id: string;
  text: string;
  attributions: Attribution[];
}

const { values: options } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/eval/peer/polnear-train.jsonl' },
    out: { type: 'string', default: 'src/nlp/attribution/models/cue-model.json' },
  },
});
const DATA = options.data;
const OUT = options.out;
const EPOCHS = 4;
const LEARNING_RATE = 0.1;
/**
 * Features seen fewer times than this in training are left out: they would only fit their few examples, and the
 * file is a quarter of the size it is with every feature seen twice, for the same cues found on the dev split.
 */
const MIN_COUNT = 5;
const SEED = 12345;

const isAuxiliary = (token: Token) => ['Modal', 'Copula', 'Auxiliary'].some((tag) => token.tags.has(tag));

/**
 * The word that carries a gold cue: its first verb that is no auxiliary ("said" of "has said", "expected" of "is
 * expected"), else its first verb, else its first word ("according" of "according to"). Colons and dashes carry no word.
 */
function headOf(doc: Doc, cue: Span): number | undefined {
  const words = doc.tokens.filter((t) => t.start < cue.end && cue.start < t.end);
  const head = words.find((t) => t.tags.has('Verb') && !isAuxiliary(t) && !t.tags.has('Pronoun')) ?? words.find((t) => t.tags.has('Verb')) ?? words[0];
  return head?.index;
}

function examplesOf(articles: readonly Article[], vocabulary: Map<string, number>): LogisticExamples {
  const ids: number[] = [];
  const offsets = [0];
  const labels: number[] = [];
  for (const article of articles) {
    const doc = createDoc({ text: article.text });
    const { quoteSpans } = quoteSpansComponent.run(doc as never);
    const source = { tokens: doc.tokens, quoteSpans };
    const heads = new Set(article.attributions.flatMap((a) => (a.cue ? [headOf(doc, a.cue)] : [])));
    for (const sentence of doc.sentences) {
      if (sentence.boilerplate) continue;
      const read = sentenceWords(source, sentence, (value) => value);
      for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
        if (!cueCandidate(doc.tokens[i]!)) continue;
        for (const feature of cueFeatures(source, read, i)) ids.push(featureId(vocabulary, feature));
        offsets.push(ids.length);
        labels.push(heads.has(i) ? 1 : 0);
      }
    }
  }
  return { ids: Int32Array.from(ids), offsets: Int32Array.from(offsets), labels: Uint8Array.from(labels) };
}

const started = Date.now();
const articles: Article[] = fs.readFileSync(DATA, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Article);
const vocabulary = new Map<string, number>();
const examples = examplesOf(articles, vocabulary);
const weights = trainLogistic(examples, vocabulary.size, { epochs: EPOCHS, learningRate: LEARNING_RATE, minCount: MIN_COUNT, seed: SEED });
const kept = weightLines(vocabulary, weights);
const model = {
  description: 'Reporting-cue detector: logistic regression over the features of src/nlp/attribution/cue-features.ts. Rebuild: npm run train:attribution.',
  trainedOn: `PolNeAR train split (networkdynamics/PolNeAR, commit c3eee83): ${articles.length} articles, ${examples.labels.length} candidate words, ${examples.labels.reduce((a, b) => a + b, 0)} cue heads`,
  featuresVersion: CUE_FEATURES_VERSION,
  epochs: EPOCHS,
  weights: kept.join('\n'),
};
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, `${JSON.stringify(model, null, 2)}\n`);
console.log(`${OUT}: ${kept.length} of ${vocabulary.size} features, ${((Date.now() - started) / 1000).toFixed(0)} s`);
