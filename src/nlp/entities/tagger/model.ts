import { AFTER_SENTENCE, BEFORE_SENTENCE, splitFeature, type FeatureEncoder } from './features.js';
import { allowedTransition, OUTSIDE, TAG_COUNT } from './labels.js';

/** The index standing for the edges of a sentence in the transition table, after the tags. */
export const EDGE = TAG_COUNT;
export const TRANSITION_SIDE = TAG_COUNT + 1;

/**
 * A linear sequence model over BILOU tags: one row of weights (one per tag) for each feature at each offset it is
 * read at, and a score for each pair of consecutive tags, the sentence edges included. A feature's rows are
 * consecutive, so reading a token's features is a walk over a few ranges of one array.
 */
export interface Model {
  /** Feature string → feature id. */
  readonly features: ReadonlyMap<string, number>;
  /** The same ids by kind and then value (`l=apple` under `l` and `apple`); the features of no value are in `features` only. */
  readonly featuresByKind: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** The rows of feature `id` are `firstRow[id]` up to `firstRow[id + 1]`. */
  readonly firstRow: Int32Array;
  /** The offset each row reads its feature at: a row of offset -1 scores the token after the one with the feature. */
  readonly rowOffset: Int8Array;
  /**
   * The weights of row `row` that are not zero (four in five are), as cells `firstCell[row]` up to
   * `firstCell[row + 1]`: each adds `cellWeight` to the score of tag `cellTag`.
   */
  readonly firstCell: Int32Array;
  readonly cellTag: Uint8Array;
  readonly cellWeight: Float32Array;
  /** `previous * TRANSITION_SIDE + next`, EDGE for the start and end of a sentence. */
  readonly transitions: Float32Array;
}

/** `featuresByKind` of a model whose features are `features`. */
export function byKind(features: ReadonlyMap<string, number>): Map<string, Map<string, number>> {
  const kinds = new Map<string, Map<string, number>>();
  for (const [feature, id] of features) {
    const { kind, value } = splitFeature(feature);
    if (value === undefined) continue;
    let values = kinds.get(kind);
    if (!values) kinds.set(kind, (values = new Map()));
    values.set(value, id);
  }
  return kinds;
}

const UNKNOWN = () => undefined;

/** The model's feature ids, read kind by kind: the same ids as looking up each feature's string in `features`. */
export function featureIds(model: Pick<Model, 'features' | 'featuresByKind'>): FeatureEncoder<number> {
  return {
    kind(kind) {
      const ids = model.featuresByKind.get(kind);
      return ids ? (value) => ids.get(value) : UNKNOWN;
    },
    flag: (kind) => model.features.get(kind),
  };
}

/** The ids of the features the model knows among `features`. */
export function idsOf(model: Pick<Model, 'features'>, features: readonly string[]): number[] {
  const ids: number[] = [];
  for (const feature of features) {
    const id = model.features.get(feature);
    if (id !== undefined) ids.push(id);
  }
  return ids;
}

/**
 * Calls `visit(position, row)` for every row of weights that scores a position of a sentence whose tokens have the
 * feature ids `ids`: each token's features at offset 0 score the token itself, at offset k the token k before it;
 * the sentence-edge features stand just outside either end.
 */
export function forEachRow(
  model: Pick<Model, 'features' | 'firstRow' | 'rowOffset'>,
  ids: readonly (readonly number[])[],
  visit: (position: number, row: number) => void,
): void {
  const { firstRow, rowOffset } = model;
  const length = ids.length;
  const read = (at: number, features: readonly number[]) => {
    for (const id of features) {
      for (let row = firstRow[id]!; row < firstRow[id + 1]!; row++) {
        const position = at - rowOffset[row]!;
        if (position >= 0 && position < length) visit(position, row);
      }
    }
  };
  read(-1, idsOf(model, BEFORE_SENTENCE));
  for (let at = 0; at < length; at++) read(at, ids[at]!);
  read(length, idsOf(model, AFTER_SENTENCE));
}

/**
 * Each position's score for each tag, `position * TAG_COUNT + tag`: forEachRow with the sum written in place, as
 * this is the tagger's inner loop (a call per row costs a third of its time).
 */
export function emissionScores(model: Model, ids: readonly (readonly number[])[]): Float64Array {
  const { firstRow, rowOffset, firstCell, cellTag, cellWeight } = model;
  const length = ids.length;
  const scores = new Float64Array(length * TAG_COUNT);
  const before = idsOf(model, BEFORE_SENTENCE);
  const after = idsOf(model, AFTER_SENTENCE);
  for (let at = -1; at <= length; at++) {
    const features = at < 0 ? before : at === length ? after : ids[at]!;
    for (let k = 0; k < features.length; k++) {
      const id = features[k]!;
      for (let row = firstRow[id]!, end = firstRow[id + 1]!; row < end; row++) {
        const position = at - rowOffset[row]!;
        if (position < 0 || position >= length) continue;
        const base = position * TAG_COUNT;
        for (let cell = firstCell[row]!, last = firstCell[row + 1]!; cell < last; cell++) scores[base + cellTag[cell]!]! += cellWeight[cell]!;
      }
    }
  }
  return scores;
}

/**
 * For each tag, the tags that may come before it in a well-formed sequence (the sentence's start counts as outside),
 * as the ranges `firstBefore[tag]` up to `firstBefore[tag + 1]` of `tagsBefore`; the end of the sentence is the last.
 */
const { firstBefore, tagsBefore, mayStart } = (() => {
  const first: number[] = [];
  const before: number[] = [];
  for (let next = 0; next <= TAG_COUNT; next++) {
    first.push(before.length);
    for (let previous = 0; previous < TAG_COUNT; previous++) if (allowedTransition(previous, next === EDGE ? OUTSIDE : next)) before.push(previous);
  }
  first.push(before.length);
  const start = Array.from({ length: TAG_COUNT }, (_, tag) => allowedTransition(OUTSIDE, tag));
  return { firstBefore: Int32Array.from(first), tagsBefore: Int32Array.from(before), mayStart: start };
})();

/** The best well-formed tag sequence (Viterbi), given each position's scores and the transition scores. */
export function bestTags(scores: ArrayLike<number>, length: number, transitions: ArrayLike<number>): number[] {
  return viterbi(scores, length, transitions).tags;
}

/**
 * The best well-formed tag sequence, and the forward table it is read from: per position and tag
 * (`position * TAG_COUNT + tag`), the best score of a reading of the positions up to it that ends in the tag.
 */
export function viterbi(scores: ArrayLike<number>, length: number, transitions: ArrayLike<number>): { tags: number[]; forward: Float64Array } {
  const best = new Float64Array(length * TAG_COUNT);
  if (length === 0) return { tags: [], forward: best };
  const back = new Int32Array(length * TAG_COUNT);
  for (let tag = 0; tag < TAG_COUNT; tag++) best[tag] = mayStart[tag] ? transitions[EDGE * TRANSITION_SIDE + tag]! + scores[tag]! : -Infinity;
  for (let i = 1; i < length; i++) {
    const row = i * TAG_COUNT;
    const previousRow = row - TAG_COUNT;
    for (let tag = 0; tag < TAG_COUNT; tag++) {
      const from = bestBefore(best, previousRow, tag, transitions);
      best[row + tag] = (from < 0 ? -Infinity : best[previousRow + from]! + transitions[from * TRANSITION_SIDE + tag]!) + scores[row + tag]!;
      back[row + tag] = Math.max(from, OUTSIDE);
    }
  }
  const tags = new Array<number>(length);
  tags[length - 1] = Math.max(bestBefore(best, (length - 1) * TAG_COUNT, EDGE, transitions), OUTSIDE);
  for (let i = length - 1; i > 0; i--) tags[i - 1] = back[i * TAG_COUNT + tags[i]!]!;
  return { tags, forward: best };
}

/**
 * The tag before `tag` that ends the best reading of the positions up to the forward row at `previousRow`, the first
 * of the best at a tie; -1 when no reading can go on to `tag`. A function of its own (not a closure) so that V8
 * inlines it into viterbi's loop.
 */
function bestBefore(best: Float64Array, previousRow: number, tag: number, transitions: ArrayLike<number>): number {
  let top = -Infinity;
  let from = -1;
  for (let k = firstBefore[tag]!, end = firstBefore[tag + 1]!; k < end; k++) {
    const previous = tagsBefore[k]!;
    const score = best[previousRow + previous]! + transitions[previous * TRANSITION_SIDE + tag]!;
    if (score > top) {
      top = score;
      from = previous;
    }
  }
  return from;
}

/** The sparse cells of dense rows of weights (`row * TAG_COUNT + tag`), the weights that `keep` leaves out dropped. */
export function sparseCells(weights: ArrayLike<number>, keep: (weight: number) => number): Pick<Model, 'firstCell' | 'cellTag' | 'cellWeight'> {
  const rowCount = weights.length / TAG_COUNT;
  const firstCell = new Int32Array(rowCount + 1);
  const tags: number[] = [];
  const values: number[] = [];
  for (let row = 0; row < rowCount; row++) {
    firstCell[row] = tags.length;
    for (let tag = 0; tag < TAG_COUNT; tag++) {
      const weight = keep(weights[row * TAG_COUNT + tag]!);
      if (weight !== 0) {
        tags.push(tag);
        values.push(weight);
      }
    }
  }
  firstCell[rowCount] = tags.length;
  return { firstCell, cellTag: Uint8Array.from(tags), cellWeight: Float32Array.from(values) };
}
