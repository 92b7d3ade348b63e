// The learned source linker's training (src/nlp/attribution/learned-sources.ts): examples from articles whose
// attributions name their cue and source, and a logistic regression over them. Deterministic: a fixed shuffle seed,
// features in the order they are first seen, weights rounded. The CLI is scripts/train/attribution-sources.ts; the
// unit test trains on a small fixture of its own.
import type { Analysis } from '../../src/nlp/pipeline.js';
import { reportingCues } from '../../src/nlp/attribution/reporting-cues.js';
import { sourceCandidates, sourceFeatures, SOURCE_FEATURES_VERSION } from '../../src/nlp/attribution/source-features.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}
export interface SourceAttribution {
  readonly source: Span | null;
  readonly cue: Span | null;
}
/** An article run through the pipeline, and its gold attributions. */
export interface AnalysedArticle {
  readonly doc: Analysis;
  readonly attributions: readonly SourceAttribution[];
}

export interface Examples {
  readonly ids: Int32Array;
  readonly offsets: Int32Array;
  readonly labels: Uint8Array;
  /** Cues with a gold source, and how many of them had a candidate on that source. */
  readonly cues: number;
  readonly reachable: number;
}

export interface TrainingOptions {
  readonly epochs: number;
  readonly learningRate: number;
  /** Features seen fewer times than this are left out. */
  readonly minCount: number;
  readonly seed: number;
}

export const DEFAULT_OPTIONS: TrainingOptions = { epochs: 6, learningRate: 0.1, minCount: 3, seed: 12345 };

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * One example per candidate of every cue the pipeline finds that a gold attribution's cue overlaps and whose gold source
 * stands before the cue: positive when the candidate overlaps that source. The features' ids go into `vocabulary`.
 */
export function sourceExamples(articles: readonly AnalysedArticle[], vocabulary: Map<string, number>): Examples {
  const ids: number[] = [];
  const offsets = [0];
  const labels: number[] = [];
  let cues = 0;
  let reachable = 0;
  for (const { doc, attributions } of articles) {
    const golds = attributions.filter((a): a is { source: Span; cue: Span } => a.source !== null && a.cue !== null && a.source.end <= a.cue.start);
    if (!golds.length) continue;
    for (const sentence of doc.sentences) {
      if (sentence.boilerplate) continue;
      for (const cue of reportingCues(doc, sentence)) {
        if (cue.kind !== 'verb') continue;
        const gold = golds.find((g) => overlaps(g.cue, cue));
        if (!gold || gold.source.start < sentence.start) continue;
        const candidates = sourceCandidates(doc, sentence, cue, sentence.start);
        cues++;
        if (candidates.some((c) => overlaps(c, gold.source))) reachable++;
        candidates.forEach((candidate, rank) => {
          for (const feature of sourceFeatures(doc, sentence, cue, candidate, rank)) {
            let id = vocabulary.get(feature);
            if (id === undefined) vocabulary.set(feature, (id = vocabulary.size));
            ids.push(id);
          }
          offsets.push(ids.length);
          labels.push(overlaps(candidate, gold.source) ? 1 : 0);
        });
      }
    }
  }
  return { ids: Int32Array.from(ids), offsets: Int32Array.from(offsets), labels: Uint8Array.from(labels), cues, reachable };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Logistic regression by AdaGrad, the examples shuffled each epoch by a fixed linear congruential generator. */
export function trainLogistic(examples: Examples, dimensions: number, options: TrainingOptions = DEFAULT_OPTIONS): Float64Array {
  const counts = new Int32Array(dimensions);
  for (const id of examples.ids) counts[id]!++;
  const weights = new Float64Array(dimensions);
  const squares = new Float64Array(dimensions);
  let seed = options.seed;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const order = Int32Array.from({ length: examples.labels.length }, (_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const from = examples.offsets[k]!;
      const to = examples.offsets[k + 1]!;
      let z = 0;
      for (let p = from; p < to; p++) if (counts[examples.ids[p]!]! >= options.minCount) z += weights[examples.ids[p]!]!;
      const gradient = sigmoid(z) - examples.labels[k]!;
      for (let p = from; p < to; p++) {
        const id = examples.ids[p]!;
        if (counts[id]! < options.minCount) continue;
        squares[id]! += gradient * gradient;
        weights[id]! -= (options.learningRate * gradient) / Math.sqrt(squares[id]! + 1e-8);
      }
    }
  }
  return weights;
}

/** Trains on the articles and returns the model file's text (learned-sources.ts reads it). */
export function trainSourceModel(articles: readonly AnalysedArticle[], trainedOn: string, options: TrainingOptions = DEFAULT_OPTIONS) {
  const vocabulary = new Map<string, number>();
  const examples = sourceExamples(articles, vocabulary);
  const weights = trainLogistic(examples, vocabulary.size, options);
  const kept = [...vocabulary].flatMap(([feature, id]) => {
    const weight = Number(weights[id]!.toFixed(4));
    return weight === 0 ? [] : [`${feature}\t${weight}`];
  });
  const positives = examples.labels.reduce((a, b) => a + b, 0);
  const model = {
    description: 'Source linker: logistic regression over the features of src/nlp/attribution/source-features.ts. Rebuild: npm run train:sources.',
    trainedOn: `${trainedOn}: ${examples.cues} cues with a source before them (${examples.reachable} with a candidate on it), ${examples.labels.length} candidates, ${positives} on the source`,
    featuresVersion: SOURCE_FEATURES_VERSION,
    epochs: options.epochs,
    weights: kept.join('\n'),
  };
  return { json: `${JSON.stringify(model, null, 2)}\n`, examples, features: kept.length, vocabulary: vocabulary.size };
}
