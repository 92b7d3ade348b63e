import { AFTER_SENTENCE, BEFORE_SENTENCE, FEATURE_OFFSETS, splitFeature } from './features.js';
import { TAG_COUNT } from './labels.js';
import { bestTags, byKind, EDGE, forEachRow, idsOf, sparseCells, TRANSITION_SIDE, type Model } from './model.js';
import { seededRandom } from '../../seeded-random.js';

/** A sentence to learn from: its tokens' features (documentFeatures) and their gold tags. */
export interface TrainingSentence {
  readonly features: readonly (readonly string[])[];
  readonly tags: readonly number[];
}

export interface TrainingOptions {
  /** Passes over the sentences. */
  readonly epochs: number;
  /** Features seen on fewer tokens than this are left out of the model. */
  readonly minCount: number;
  /** Seeds the order the sentences are visited in, so that training is reproducible. */
  readonly seed: number;
  /**
   * How many models to train, each visiting the sentences in its own order (seeds `seed`, `seed + 1`...), whose
   * weights are averaged into one model of the same size: a name at the edge between two types then moves less with
   * the order of the sentences. 1 by default.
   */
  readonly runs?: number;
}

/**
 * Trains the model as an averaged structured perceptron (Collins 2002): decode each sentence with the current weights
 * and, where the best tags differ from the gold ones, move weight from the features of the wrong tags to those of the
 * right ones; the model is the average of the weights over every step, which generalises far better than the last.
 */
export function trainModel(sentences: readonly TrainingSentence[], options: TrainingOptions): Model {
  const vocabulary = buildVocabulary(sentences, options.minCount);
  const rowsOf = sentences.map((sentence) => rowsByPosition(vocabulary, sentence));
  const runs = options.runs ?? 1;
  const weights = new Float64Array(vocabulary.rowCount * TAG_COUNT);
  const transitions = new Float64Array(TRANSITION_SIDE * TRANSITION_SIDE);
  for (let run = 0; run < runs; run++) {
    const trained = trainOnce(sentences, rowsOf, vocabulary.rowCount, options.epochs, options.seed + run);
    for (let i = 0; i < weights.length; i++) weights[i]! += trained.weights[i]! / runs;
    for (let i = 0; i < transitions.length; i++) transitions[i]! += trained.transitions[i]! / runs;
  }
  return {
    features: vocabulary.features,
    featuresByKind: byKind(vocabulary.features),
    firstRow: vocabulary.firstRow,
    rowOffset: vocabulary.rowOffset,
    ...sparseCells(weights, (w) => w),
    transitions: Float32Array.from(transitions),
  };
}

/** One averaged perceptron's weights and transition scores, the sentences visited in the order `seed` gives. */
function trainOnce(
  sentences: readonly TrainingSentence[],
  rowsOf: readonly PositionRows[],
  rowCount: number,
  epochs: number,
  seed: number,
): { weights: Float64Array; transitions: Float64Array } {
  const weights = new Float64Array(rowCount * TAG_COUNT);
  const weightSums = new Float64Array(rowCount * TAG_COUNT);
  const transitions = new Float64Array(TRANSITION_SIDE * TRANSITION_SIDE);
  const transitionSums = new Float64Array(TRANSITION_SIDE * TRANSITION_SIDE);
  // Lazy averaging: each change is also added to the sums times the step it was made at, so the average is
  // weights - sums / steps at the end, without touching every weight at every step.
  let step = 1;
  const random = seededRandom(seed);
  const order = sentences.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const s of order) {
      const gold = sentences[s]!.tags;
      const rows = rowsOf[s]!;
      const predicted = bestTags(scoresOf(rows, weights), gold.length, transitions);
      for (let i = 0; i < gold.length; i++) {
        if (predicted[i] === gold[i]) continue;
        for (let k = rows.starts[i]!; k < rows.starts[i + 1]!; k++) {
          const row = rows.rows[k]!;
          weights[row * TAG_COUNT + gold[i]!]! += 1;
          weightSums[row * TAG_COUNT + gold[i]!]! += step;
          weights[row * TAG_COUNT + predicted[i]!]! -= 1;
          weightSums[row * TAG_COUNT + predicted[i]!]! -= step;
        }
      }
      for (let i = 0; i <= gold.length; i++) {
        const goldPair = pairIndex(gold, i);
        const predictedPair = pairIndex(predicted, i);
        if (goldPair === predictedPair) continue;
        transitions[goldPair]! += 1;
        transitionSums[goldPair]! += step;
        transitions[predictedPair]! -= 1;
        transitionSums[predictedPair]! -= step;
      }
      step++;
    }
  }
  return {
    weights: Float64Array.from(weights, (w, i) => w - weightSums[i]! / step),
    transitions: Float64Array.from(transitions, (w, i) => w - transitionSums[i]! / step),
  };
}

type Vocabulary = Pick<Model, 'features' | 'firstRow' | 'rowOffset'> & { readonly rowCount: number };

/**
 * The features seen on at least `minCount` tokens, numbered in order of first sight, each with a row of weights
 * at every offset its kind is read at.
 */
function buildVocabulary(sentences: readonly TrainingSentence[], minCount: number): Vocabulary {
  const counts = new Map<string, number>();
  for (const feature of [...BEFORE_SENTENCE, ...AFTER_SENTENCE]) counts.set(feature, minCount);
  for (const sentence of sentences) {
    for (const token of sentence.features) for (const feature of token) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  }
  const features = new Map<string, number>();
  const offsets: number[] = [];
  const firstRow: number[] = [];
  for (const [feature, count] of counts) {
    if (count < minCount) continue;
    features.set(feature, features.size);
    firstRow.push(offsets.length);
    const kind = FEATURE_OFFSETS[splitFeature(feature).kind];
    if (!kind) throw new Error(`no offsets for the kind of feature "${feature}"`);
    offsets.push(...kind);
  }
  firstRow.push(offsets.length);
  return { features, firstRow: Int32Array.from(firstRow), rowOffset: Int8Array.from(offsets), rowCount: offsets.length };
}

/** The rows of weights that score each position of a sentence: those of position i are rows[starts[i]..starts[i + 1]). */
interface PositionRows {
  readonly starts: Int32Array;
  readonly rows: Int32Array;
}

function rowsByPosition(vocabulary: Vocabulary, sentence: TrainingSentence): PositionRows {
  const byPosition: number[][] = sentence.tags.map(() => []);
  const ids = sentence.features.map((features) => idsOf(vocabulary, features));
  forEachRow(vocabulary, ids, (position, row) => byPosition[position]!.push(row));
  const starts = new Int32Array(byPosition.length + 1);
  byPosition.forEach((rows, i) => (starts[i + 1] = starts[i]! + rows.length));
  return { starts, rows: Int32Array.from(byPosition.flat()) };
}

function scoresOf({ starts, rows }: PositionRows, weights: Float64Array): Float64Array {
  const length = starts.length - 1;
  const scores = new Float64Array(length * TAG_COUNT);
  for (let position = 0; position < length; position++) {
    const base = position * TAG_COUNT;
    for (let k = starts[position]!; k < starts[position + 1]!; k++) {
      const from = rows[k]! * TAG_COUNT;
      for (let tag = 0; tag < TAG_COUNT; tag++) scores[base + tag]! += weights[from + tag]!;
    }
  }
  return scores;
}

/** The transition into position `i` (the sentence's end when `i` is its length), as an index into the table. */
function pairIndex(tags: readonly number[], i: number): number {
  const previous = i === 0 ? EDGE : tags[i - 1]!;
  const next = i === tags.length ? EDGE : tags[i]!;
  return previous * TRANSITION_SIDE + next;
}

/** Fisher-Yates, in place. */
function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
