// Logistic regression by AdaGrad over sparse binary features, for the attribution models' training scripts (the
// reporting-cue detector, the source linker). Deterministic: examples shuffled each epoch by a fixed linear
// congruential generator, features numbered in the order they are first seen, weights rounded when written.

/** Examples as feature ids: example k has ids[offsets[k]..offsets[k + 1]) and label labels[k] (1 or 0). */
export interface LogisticExamples {
  readonly ids: Int32Array;
  readonly offsets: Int32Array;
  readonly labels: Uint8Array;
}

export interface TrainingOptions {
  readonly epochs: number;
  readonly learningRate: number;
  /** Features seen fewer times than this are left out. */
  readonly minCount: number;
  readonly seed: number;
}

/** The id of a feature, numbered in the order features are first seen. */
export function featureId(vocabulary: Map<string, number>, feature: string): number {
  let id = vocabulary.get(feature);
  if (id === undefined) vocabulary.set(feature, (id = vocabulary.size));
  return id;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function trainLogistic(examples: LogisticExamples, dimensions: number, options: TrainingOptions): Float64Array {
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

/** The model file's "feature<TAB>weight" lines: weights rounded to 4 decimals, those that round to 0 left out. */
export function weightLines(vocabulary: ReadonlyMap<string, number>, weights: Float64Array): string[] {
  return [...vocabulary].flatMap(([feature, id]) => {
    const weight = Number(weights[id]!.toFixed(4));
    return weight === 0 ? [] : [`${feature}\t${weight}`];
  });
}
