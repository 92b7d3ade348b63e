// The learned source linker's training (src/nlp/attribution/learned-sources.ts): examples from articles whose
// attributions name their cue and source, and a logistic regression over them. Deterministic: a fixed shuffle seed,
// features in the order they are first seen, weights rounded. The CLI is scripts/train/attribution-sources.ts; the
// unit test trains on a small fixture of its own.
import type { Analysis } from '../../src/nlp/pipeline.js';
import { reportingCues } from '../../src/nlp/attribution/reporting-cues.js';
import { sourceCandidates, sourceFeatures, SOURCE_FEATURES_VERSION } from '../../src/nlp/attribution/source-features.js';
import { featureId, trainLogistic, weightLines, type LogisticExamples, type TrainingOptions } from './logistic.js';

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

export interface Examples extends LogisticExamples {
  /** Cues with a gold source, and how many of them had a candidate on that source. */
  readonly cues: number;
  readonly reachable: number;
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
          for (const feature of sourceFeatures(doc, sentence, cue, candidate, rank)) ids.push(featureId(vocabulary, feature));
          offsets.push(ids.length);
          labels.push(overlaps(candidate, gold.source) ? 1 : 0);
        });
      }
    }
  }
  return { ids: Int32Array.from(ids), offsets: Int32Array.from(offsets), labels: Uint8Array.from(labels), cues, reachable };
}

/** Trains on the articles and returns the model file's text (learned-sources.ts reads it). */
export function trainSourceModel(articles: readonly AnalysedArticle[], trainedOn: string, options: TrainingOptions = DEFAULT_OPTIONS) {
  const vocabulary = new Map<string, number>();
  const examples = sourceExamples(articles, vocabulary);
  const weights = trainLogistic(examples, vocabulary.size, options);
  const kept = weightLines(vocabulary, weights);
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
