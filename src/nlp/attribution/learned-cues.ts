import type { Sentence } from '../doc/document.js';
import type { Span } from '../doc/spans.js';
import model from './models/cue-model.json' with { type: 'json' };
import { logisticWeights } from './models/logistic-model.js';
import { weightOf, weightTable, type WeightTable } from './models/weight-table.js';
import { REPORTING_VERBS, type Cue } from './cues.js';
import { CUE_CANDIDATE_TAGS, CUE_FEATURES_VERSION, CUE_TEMPLATES, quotedAt, sentenceWords, visitCueFeatures, type CueFeatureSource, type CueFeatureVisitor, type SentenceWords } from './cue-features.js';

// The learned reporting-cue detector: a logistic regression trained on PolNeAR's train split
// (scripts/train/attribution-cues.ts, `npm run train:attribution`) that reads a word in its sentence and says how
// likely it carries an attribution's cue. It backs the hand lexicon (cues.json): the verbs and nouns that attribute
// beyond it ("blasted", "insists", "is demanding", "questioned whether"), in the contexts where they do.

/**
 * The weights, by template and then by the numbers of their values in a vocabulary of every value the model knows, so
 * that a word's features are looked up by number, never built as strings (cue-features.ts); a pair of values by one
 * number, its pairKey; each template's in a table of typed arrays (weight-table.ts). A pair's value "a|b|c" (a word
 * written with "|") is entered under each way of splitting it: the file's key is the same string for each, as it was
 * when the features were strings.
 */
interface Weights {
  readonly vocabulary: Map<string, number>;
  readonly flags: Map<string, number>;
  readonly ones: Map<string, WeightTable>;
  readonly twos: Map<string, WeightTable>;
}

/** More than the vocabulary's values (reading the model checks): a pair's key then stays below 2^30, as a weight table's must. */
const PAIR_BASE = 2 ** 15;
const pairKey = (first: number, second: number) => first * PAIR_BASE + second;

function readWeights(lines: readonly [string, number][]): Weights {
  const vocabulary = new Map<string, number>();
  const flags = new Map<string, number>();
  const ones = new Map<string, Map<number, number>>();
  const twos = new Map<string, Map<number, number>>();
  const numberOf = (value: string) => {
    let id = vocabulary.get(value);
    if (id === undefined) vocabulary.set(value, (id = vocabulary.size));
    return id;
  };
  for (const [feature, weight] of lines) {
    const equals = feature.indexOf('=');
    const name = equals < 0 ? feature : feature.slice(0, equals);
    const arity = (CUE_TEMPLATES as Record<string, number>)[name];
    if (arity === undefined || (arity === 0) !== equals < 0) throw new Error(`cue-model.json: a feature of no template: ${feature}`);
    const value = feature.slice(equals + 1);
    if (arity === 0) flags.set(name, weight);
    else if (arity === 1) mapOf(ones, name).set(numberOf(value), weight);
    else {
      let splits = 0;
      for (let bar = value.indexOf('|'); bar >= 0; bar = value.indexOf('|', bar + 1), splits++) {
        mapOf(twos, name).set(pairKey(numberOf(value.slice(0, bar)), numberOf(value.slice(bar + 1))), weight);
      }
      if (splits === 0) throw new Error(`cue-model.json: a pair feature with one value: ${feature}`);
    }
  }
  if (vocabulary.size > PAIR_BASE) throw new Error(`cue-model.json: more than ${PAIR_BASE} values, too many to key their pairs by number`);
  const tables = (maps: Map<string, Map<number, number>>) => new Map([...maps].map(([name, map]) => [name, weightTable(map)]));
  return { vocabulary, flags, ones: tables(ones), twos: tables(twos) };
}

function mapOf<K, V>(maps: Map<K, Map<number, V>>, key: K): Map<number, V> {
  let map = maps.get(key);
  if (!map) maps.set(key, (map = new Map()));
  return map;
}

const WEIGHTS = readWeights(logisticWeights(model, 'cue-model.json', CUE_FEATURES_VERSION));

/** A value's number in the model's vocabulary; -1 for one the model never saw, whose features weigh nothing. */
const valueNumber = (text: string) => WEIGHTS.vocabulary.get(text) ?? -1;

/** Sums the weights of the features a word is visited with, in the order they come (the training script's order). */
class Score implements CueFeatureVisitor<number> {
  z = 0;
  flag(name: string): void {
    this.z += WEIGHTS.flags.get(name) ?? 0;
  }
  one(name: string, value: number): void {
    const table = WEIGHTS.ones.get(name);
    if (table && value >= 0) this.z += weightOf(table, value);
  }
  two(name: string, first: number, second: number): void {
    // A value the model never saw (-1) has no pair, and no key of its own.
    if (first < 0 || second < 0) return;
    const table = WEIGHTS.twos.get(name);
    if (table) this.z += weightOf(table, pairKey(first, second));
  }
}

/** A sentence's words as the detector reads them: by their numbers in the model's vocabulary. */
export const readSentence = (source: CueFeatureSource, sentence: Sentence) => sentenceWords(source, sentence, valueNumber);

/**
 * How likely a word must be to carry a cue for the detector to add one. Chosen on PolNeAR's dev split for the
 * attributions found end to end (score-peer.mjs polnear), not for the words alone.
 */
export const LEARNED_CUE_THRESHOLD = 0.5;

/** How likely the word at `index` of its sentence carries a cue, 0 for a word no cue is carried by (a determiner, a name). */
export function cueProbability(source: CueFeatureSource, read: SentenceWords<number>, index: number): number {
  if (!CUE_CANDIDATE_TAGS.has(read.coarseTags[index - read.sentence.tokenStart]!)) return 0;
  const score = new Score();
  visitCueFeatures(source, read, index, score);
  return 1 / (1 + Math.exp(-score.z));
}

const INVERTING = new Set(REPORTING_VERBS.inverting);
const ARTICLE = /^(?:the|a|an|its|his|her|their|our|my|your)$/iu;
/** A name's possessive ("Alibaba's"); "he's" is a pronoun's contraction. */
const POSSESSIVE = /['’]s?$/u;

/**
 * The cues the detector finds in a sentence outside quotations (a quoted word reports nobody's words: the reporting
 * cues drop it), one word each, in text order; those of the lexicon's verbs may invert ("said Smith"). A word that
 * overlaps one of `found` (cues found otherwise) is not read either: it would be left out anyway.
 */
export function learnedCues(source: CueFeatureSource, sentence: Sentence, found: readonly Span[] = []): Cue[] {
  const cues: Cue[] = [];
  const read = readSentence(source, sentence);
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (!CUE_CANDIDATE_TAGS.has(read.coarseTags[i - sentence.tokenStart]!)) continue;
    const token = source.tokens[i]!;
    if (quotedAt(source.quoteSpans, token.start) || found.some((other) => token.start < other.end && other.start < token.end)) continue;
    // After an article or a possessive the word is a noun ("the listing", "Alibaba's listing ceremony"), as for the lexicon's cues.
    const previous = i > sentence.tokenStart ? source.tokens[i - 1] : undefined;
    if (previous && (ARTICLE.test(previous.text) || (POSSESSIVE.test(previous.text) && !previous.tags.has('Pronoun')))) continue;
    if (cueProbability(source, read, i) < LEARNED_CUE_THRESHOLD) continue;
    const { start, end, text } = token;
    cues.push({ start, end, text, kind: 'verb', inverts: INVERTING.has(text.toLowerCase()), learned: true });
  }
  return cues;
}
