import type { QuotedSpan } from '../doc/layers.js';
import type { Sentence, Token } from '../doc/tokens.js';
import { lemmaOf } from '../doc/compromise.js';
import { endOf, firstAtOrAfter } from '../doc/spans.js';

// What the learned cue detector (learned-cues.ts) reads of a word: the word and its lemma, its part of speech, its
// neighbours, the punctuation around it ("said:", ', said'), what follows it ("that", a quotation) and whether it
// stands inside a quotation. The training script (scripts/train/attribution-cues.ts) reads words with this same
// function, so that the model sees at run time exactly what it was trained on.

/** Which features the model file was trained with: a model of another version is refused when loaded. */
export const CUE_FEATURES_VERSION = 1;

/** What the features of a word are read from: the document's words and its quotations. */
export interface CueFeatureSource {
  readonly tokens: readonly Token[];
  readonly quoteSpans: readonly QuotedSpan[];
}

/** A coarse part of speech from compromise's tags, the first that applies. */
export function coarseTag(token: Token | undefined): string {
  if (!token) return 'NONE';
  const { tags } = token;
  if (tags.has('Pronoun')) return 'PRP';
  if (tags.has('Modal') || tags.has('Copula') || tags.has('Auxiliary')) return 'AUX';
  if (tags.has('Verb')) {
    if (tags.has('Gerund')) return 'VBG';
    if (tags.has('Participle')) return 'VBN';
    if (tags.has('PastTense')) return 'VBD';
    if (tags.has('Infinitive')) return 'VB';
    return 'VBZ';
  }
  if (tags.has('Value')) return 'CD';
  if (tags.has('ProperNoun') || tags.has('Person') || tags.has('Organization')) return 'NNP';
  if (tags.has('Noun')) return 'NN';
  if (tags.has('Adjective')) return 'JJ';
  if (tags.has('Adverb')) return 'RB';
  if (tags.has('Preposition')) return 'IN';
  if (tags.has('Determiner')) return 'DT';
  if (tags.has('Conjunction')) return 'CC';
  if (tags.has('QuestionWord')) return 'WH';
  return 'X';
}

/** The parts of speech a cue's head word has (verbs, common nouns, adjectives): nine in ten of PolNeAR's cues. */
const CANDIDATE_TAGS = new Set(['VBD', 'VBZ', 'VB', 'VBG', 'VBN', 'AUX', 'NN', 'JJ']);

/** Whether a word may carry a cue, so that the detector reads it at all. */
export const cueCandidate = (token: Token) => CANDIDATE_TAGS.has(coarseTag(token));

/** The punctuation between two words, as a class: a comma, colon, dash, quotation mark, full stop, or none. */
function punctuationClass(between: string): string {
  if (/[“"”]/u.test(between)) return /[“]|"\s*$/u.test(between) ? 'openq' : 'closeq';
  if (between.includes(':')) return 'colon';
  if (between.includes(',')) return 'comma';
  if (/[—–]|--| - /u.test(between)) return 'dash';
  if (/[.!?]/u.test(between)) return 'stop';
  if (/[()]/u.test(between)) return 'paren';
  return between.trim() === '' ? 'none' : 'other';
}

const lower = (token: Token | undefined) => (token ? token.normal || token.text.toLowerCase() : '<s>');

/** Whether `offset` lies inside one of the quotations (sorted, not overlapping). */
function quotedAt(quoteSpans: readonly QuotedSpan[], offset: number): boolean {
  const span = quoteSpans[firstAtOrAfter(quoteSpans, offset + 1, endOf)];
  return span !== undefined && span.start <= offset;
}

/** How many words ahead a "that" may make a cue's complement ("said on Tuesday that"). */
const THAT_REACH = 4;

/** The features of the word at `index` in its sentence, as strings "name=value". */
export function cueFeatures(source: CueFeatureSource, sentence: Sentence, index: number): string[] {
  const { tokens } = source;
  const at = (i: number) => (i >= sentence.tokenStart && i < sentence.tokenEnd ? tokens[i] : undefined);
  const token = tokens[index]!;
  const previous = at(index - 1);
  const next = at(index + 1);
  const word = lower(token);
  const lemma = token.tags.has('Verb') ? lemmaOf(token.text, token.tags) : word;
  const tag = coarseTag(token);
  const after = punctuationClass(token.post + (next?.pre ?? ''));
  const before = previous ? punctuationClass(previous.post + token.pre) : 'start';
  const nextTag = coarseTag(next);
  const previousTag = coarseTag(previous);
  let thatAhead = false;
  for (let i = index + 1; i <= index + THAT_REACH && at(i); i++) {
    if (lower(at(i)) === 'that') thatAhead = true;
    if (/[,;:.!?"“”]/u.test(at(i)!.post)) break;
  }
  const features = [
    'bias',
    `w=${word}`,
    `l=${lemma}`,
    `t=${tag}`,
    `lt=${lemma}|${tag}`,
    `w-1=${lower(previous)}`,
    `w+1=${lower(next)}`,
    `w-2=${lower(at(index - 2))}`,
    `w+2=${lower(at(index + 2))}`,
    `t-1=${previousTag}`,
    `t+1=${nextTag}`,
    `t-1t+1=${previousTag}|${nextTag}`,
    `t-2t-1=${coarseTag(at(index - 2))}|${previousTag}`,
    `t+1t+2=${nextTag}|${coarseTag(at(index + 2))}`,
    `l|w+1=${lemma}|${lower(next)}`,
    `l|t+1=${lemma}|${nextTag}`,
    `l|t-1=${lemma}|${previousTag}`,
    `l|w-1=${lemma}|${lower(previous)}`,
    `after=${after}`,
    `before=${before}`,
    `l|after=${lemma}|${after}`,
    `l|before=${lemma}|${before}`,
    `t|after=${tag}|${after}`,
    `t|before=${tag}|${before}`,
    `s3=${word.slice(-3)}`,
  ];
  if (thatAhead) features.push('that', `l|that=${lemma}`);
  if (quotedAt(source.quoteSpans, token.start)) features.push('quoted', `l|quoted=${lemma}`);
  if (index === sentence.tokenStart) features.push('first', `l|first=${lemma}`);
  if (/^\p{Lu}/u.test(token.text) && index !== sentence.tokenStart) features.push('capitalised');
  return features;
}
