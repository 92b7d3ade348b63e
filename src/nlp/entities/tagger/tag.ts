import type { Doc } from '../../doc/document.js';
import { contentSentences } from '../../doc/document.js';
import { firstAtOrAfter } from '../../doc/spans.js';
import { spanOfRange, type LabelledSpan } from './alignment.js';
import { sentenceFeatures } from './features.js';
import { allowedTransition, decodeTags, ENTITY_LABELS, labelOfTag, OUTSIDE, TAG_COUNT, tagOf, type EntityLabel } from './labels.js';
import { EDGE, emissionScores, featureIds, TRANSITION_SIDE, viterbi, type Model } from './model.js';

/** A name the tagger found: its characters exactly as written, its label, and how sure the model is of it. */
export interface TaggedName {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly label: EntityLabel;
  /**
   * How much better the best reading is than the best one in which some token of the name is not of its label (outside
   * any name, or in a name of another label): 0 when another reading is as good.
   */
  readonly margin: number;
}

/** The best score of a reading of a sentence that makes a span one name of each label, or no name at all (`none`). */
export type SpanScores = Readonly<Record<EntityLabel | 'none', number>>;

/** What the tagger makes of a document: its names, and its scores for any span of tokens the rules found. */
export interface TaggerReading {
  readonly names: readonly TaggedName[];
  /** The scores of the tokens the characters [start, end) overlap, undefined when they are not in one tagged sentence. */
  spanScores(start: number, end: number): SpanScores | undefined;
}

/** One sentence's scores: per position and tag, the emission, the best reading up to it (forward) and after it (backward). */
interface SentenceScores {
  readonly tokenStart: number;
  readonly length: number;
  readonly emission: Float64Array;
  readonly forward: Float64Array;
  readonly backward: Float64Array;
  readonly best: number;
}

/**
 * The tags that may follow each tag, as the ranges `firstAfter[tag]` up to `firstAfter[tag + 1]` of `tagsAfter` (flat
 * typed arrays, read in the backward pass's inner loop), and those that may end a sentence.
 */
const { firstAfter, tagsAfter } = (() => {
  const first: number[] = [];
  const after: number[] = [];
  for (let previous = 0; previous < TAG_COUNT; previous++) {
    first.push(after.length);
    for (let next = 0; next < TAG_COUNT; next++) if (allowedTransition(previous, next)) after.push(next);
  }
  first.push(after.length);
  return { firstAfter: Int32Array.from(first), tagsAfter: Int32Array.from(after) };
})();
const MAY_END: readonly boolean[] = Array.from({ length: TAG_COUNT }, (_, tag) => allowedTransition(tag, OUTSIDE));

/** The names in the document's content sentences, each sentence's best tag sequence under the model, with their margins. */
export function tagDocument(model: Model, doc: Doc, rules: readonly LabelledSpan[]): TaggerReading {
  const sentences = contentSentences(doc);
  const featuresOf = sentenceFeatures({ doc, sentences, rules }, featureIds(model));
  const scored: SentenceScores[] = [];
  const names: TaggedName[] = [];
  for (const sentence of sentences) {
    const sentenceIds = featuresOf(sentence);
    const length = sentenceIds.length;
    if (length === 0) continue;
    const emission = emissionScores(model, sentenceIds);
    const { tags, forward } = viterbi(emission, length, model.transitions);
    const scores = sentenceScores(emission, forward, length, model.transitions, sentence.tokenStart);
    scored.push(scores);
    for (const { first, last, label } of decodeTags(tags, sentence.tokenStart)) {
      const { start, end } = spanOfRange(doc.text, doc.tokens, first, last);
      names.push({ start, end, text: doc.text.slice(start, end), label, margin: nameMargin(scores, first - sentence.tokenStart, last - sentence.tokenStart, label) });
    }
  }
  return {
    names,
    spanScores(start, end) {
      // The sentence holding the span's first token, found by binary search: articles have thousands of mentions.
      const at = firstAtOrAfter(scored, start + 1, (s) => doc.tokens[s.tokenStart]!.start) - 1;
      const s = scored[Math.max(0, at)];
      if (!s) return undefined;
      const last = s.tokenStart + s.length - 1;
      let first = firstAtOrAfter(doc.tokens, start + 1, (token) => token.end);
      let final = first;
      while (final + 1 <= last && doc.tokens[final + 1]!.start < end) final++;
      if (first < s.tokenStart || first > last || doc.tokens[first]!.start >= end) return undefined;
      first -= s.tokenStart;
      return forcedScores(s, first, final - s.tokenStart, model.transitions);
    },
  };
}

/** One sentence's scores, given its forward table (viterbi's): the backward one added, Viterbi run from the end. */
function sentenceScores(emission: Float64Array, forward: Float64Array, length: number, transitions: ArrayLike<number>, tokenStart: number): SentenceScores {
  const backward = new Float64Array(length * TAG_COUNT).fill(-Infinity);
  const lastRow = (length - 1) * TAG_COUNT;
  for (let tag = 0; tag < TAG_COUNT; tag++) if (MAY_END[tag]) backward[lastRow + tag] = transitions[tag * TRANSITION_SIDE + EDGE]!;
  for (let i = length - 2; i >= 0; i--) {
    const row = i * TAG_COUNT;
    const nextRow = row + TAG_COUNT;
    for (let previous = 0; previous < TAG_COUNT; previous++) {
      let top = -Infinity;
      for (let k = firstAfter[previous]!, end = firstAfter[previous + 1]!; k < end; k++) {
        const next = tagsAfter[k]!;
        const score = transitions[previous * TRANSITION_SIDE + next]! + emission[nextRow + next]! + backward[nextRow + next]!;
        if (score > top) top = score;
      }
      backward[row + previous] = top;
    }
  }
  let best = -Infinity;
  for (let tag = 0; tag < TAG_COUNT; tag++) best = Math.max(best, forward[lastRow + tag]! + backward[lastRow + tag]!);
  return { tokenStart, length, emission, forward, backward, best };
}

/** The best reading's score less the best one's in which one of the tokens first..last (in the sentence) is not of `label`. */
function nameMargin(s: SentenceScores, first: number, last: number, label: EntityLabel): number {
  let rival = -Infinity;
  for (let i = first; i <= last; i++) {
    for (let tag = 0; tag < TAG_COUNT; tag++) {
      if (tag !== OUTSIDE && labelOfTag(tag) === label) continue;
      rival = Math.max(rival, s.forward[i * TAG_COUNT + tag]! + s.backward[i * TAG_COUNT + tag]!);
    }
  }
  return Math.max(0, s.best - rival);
}

/** The best score of a reading in which tokens first..last (in the sentence) are exactly one name of each label, or all outside. */
function forcedScores(s: SentenceScores, first: number, last: number, transitions: ArrayLike<number>): SpanScores {
  const along = (tagAt: (i: number) => number) => {
    let score = s.forward[first * TAG_COUNT + tagAt(first)]!;
    for (let i = first + 1; i <= last; i++) score += transitions[tagAt(i - 1) * TRANSITION_SIDE + tagAt(i)]! + s.emission[i * TAG_COUNT + tagAt(i)]!;
    return score + s.backward[last * TAG_COUNT + tagAt(last)]!;
  };
  const scores = { none: along(() => OUTSIDE) } as Record<EntityLabel | 'none', number>;
  for (const label of ENTITY_LABELS) {
    scores[label] = along((i) => (first === last ? tagOf(label, 'U') : i === first ? tagOf(label, 'B') : i === last ? tagOf(label, 'L') : tagOf(label, 'I')));
  }
  return scores;
}
