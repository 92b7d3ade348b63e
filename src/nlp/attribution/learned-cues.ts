import { z } from 'zod';
import type { Sentence } from '../doc/document.js';
import model from './models/cue-model.json' with { type: 'json' };
import { REPORTING_VERBS, type Cue } from './cues.js';
import { cueCandidate, cueFeatures, CUE_FEATURES_VERSION, type CueFeatureSource } from './cue-features.js';

// The learned reporting-cue detector: a logistic regression trained on PolNeAR's train split
// (scripts/train/attribution-cues.ts, `npm run train:attribution`) that reads a word in its sentence and says how
// likely it carries an attribution's cue. It backs the hand lexicon (cues.json): the verbs and nouns that attribute
// beyond it ("blasted", "insists", "is demanding", "questioned whether"), in the contexts where they do.

const MODEL = z
  .strictObject({
    description: z.string(),
    trainedOn: z.string(),
    featuresVersion: z.literal(CUE_FEATURES_VERSION),
    epochs: z.number().int().positive(),
    /** "feature\tweight" lines (checked line by line as they are read: a pattern over the whole would cost more than reading it). */
    weights: z.string().min(1),
  })
  .parse(model);

const WEIGHTS = new Map<string, number>(
  MODEL.weights.split('\n').map((line) => {
    const tab = line.indexOf('\t');
    const weight = Number(line.slice(tab + 1));
    if (tab < 1 || !Number.isFinite(weight)) throw new Error(`cue-model.json: not a "feature<TAB>weight" line: ${line}`);
    return [line.slice(0, tab), weight];
  }),
);

/**
 * How likely a word must be to carry a cue for the detector to add one. Chosen on PolNeAR's dev split for the
 * attributions found end to end (score-peer.mjs polnear), not for the words alone.
 */
export const LEARNED_CUE_THRESHOLD = 0.5;

/** How likely the word at `index` of its sentence carries a cue, 0 for a word no cue is carried by (a determiner, a name). */
export function cueProbability(source: CueFeatureSource, sentence: Sentence, index: number): number {
  if (!cueCandidate(source.tokens[index]!)) return 0;
  let z = 0;
  for (const feature of cueFeatures(source, sentence, index)) z += WEIGHTS.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

const INVERTING = new Set(REPORTING_VERBS.inverting);
const ARTICLE = /^(?:the|a|an|its|his|her|their|our|my|your)$/iu;
/** A name's possessive ("Alibaba's"); "he's" is a pronoun's contraction. */
const POSSESSIVE = /['’]s?$/u;

/** The cues the detector finds in a sentence, one word each, in text order; those of the lexicon's verbs may invert ("said Smith"). */
export function learnedCues(source: CueFeatureSource, sentence: Sentence): Cue[] {
  const cues: Cue[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    // After an article or a possessive the word is a noun ("the listing", "Alibaba's listing ceremony"), as for the lexicon's cues.
    const previous = i > sentence.tokenStart ? source.tokens[i - 1] : undefined;
    if (previous && (ARTICLE.test(previous.text) || (POSSESSIVE.test(previous.text) && !previous.tags.has('Pronoun')))) continue;
    if (cueProbability(source, sentence, i) < LEARNED_CUE_THRESHOLD) continue;
    const { start, end, text } = source.tokens[i]!;
    cues.push({ start, end, text, kind: 'verb', inverts: INVERTING.has(text.toLowerCase()), learned: true });
  }
  return cues;
}
