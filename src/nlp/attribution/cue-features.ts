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
  /** A verb's lemma: lemmaOf, or the same remembered for the document (rememberingLemmaOf). */
  readonly lemmaOf?: (word: string, tags: ReadonlySet<string>) => string;
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

/** Whether `offset` lies inside one of the quotations (sorted, not overlapping). */
export function quotedAt(quoteSpans: readonly QuotedSpan[], offset: number): boolean {
  const span = quoteSpans[firstAtOrAfter(quoteSpans, offset + 1, endOf)];
  return span !== undefined && span.start <= offset;
}

/** The parts of speech a cue's head word has (verbs, common nouns, adjectives): nine in ten of PolNeAR's cues. */
export const CUE_CANDIDATE_TAGS: ReadonlySet<string> = new Set(['VBD', 'VBZ', 'VB', 'VBG', 'VBN', 'AUX', 'NN', 'JJ']);

/** Whether a word may carry a cue, so that the detector reads it at all. */
export const cueCandidate = (token: Token) => CUE_CANDIDATE_TAGS.has(coarseTag(token));

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

/**
 * What the features read of each word of a sentence, computed once per sentence: its coarse tag (which decides whether
 * it is read at all), and its lower-case form and tag as values. A value is a string for the training script, and its
 * number in the model's vocabulary for the detector, which then looks weights up by number (learned-cues.ts).
 */
export interface SentenceWords<V> {
  readonly sentence: Sentence;
  readonly coarseTags: readonly string[];
  readonly words: readonly V[];
  readonly tags: readonly V[];
  /** The value of a string the features compute per word (a lemma, a punctuation class, a suffix). */
  readonly value: (text: string) => V;
  /** The values of the word and the tag beyond the sentence's edges. */
  readonly noWord: V;
  readonly noTag: V;
}

export function sentenceWords<V>(source: CueFeatureSource, sentence: Sentence, value: (text: string) => V): SentenceWords<V> {
  const coarseTags: string[] = [];
  const words: V[] = [];
  const tags: V[] = [];
  // A sentence has a few coarse tags, each looked up once.
  const tagValues = new Map<string, V>();
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const tag = coarseTag(source.tokens[i]);
    coarseTags.push(tag);
    let tagValue = tagValues.get(tag);
    if (tagValue === undefined) tagValues.set(tag, (tagValue = value(tag)));
    tags.push(tagValue);
    words.push(value(lower(source.tokens[i])));
  }
  return { sentence, coarseTags, words, tags, value, noWord: value('<s>'), noTag: value('NONE') };
}

/**
 * The feature templates and how many values each takes: none (the feature is present or not: "that"), one ("w=said")
 * or two ("l|w+1=say|that"). A feature is written "name", "name=value" or "name=first|second" in the model file.
 */
export const CUE_TEMPLATES = {
  bias: 0, w: 1, l: 1, t: 1, lt: 2, 'w-1': 1, 'w+1': 1, 'w-2': 1, 'w+2': 1, 't-1': 1, 't+1': 1, 't-1t+1': 2, 't-2t-1': 2,
  't+1t+2': 2, 'l|w+1': 2, 'l|t+1': 2, 'l|t-1': 2, 'l|w-1': 2, after: 1, before: 1, 'l|after': 2, 'l|before': 2,
  't|after': 2, 't|before': 2, s3: 1, that: 0, 'l|that': 1, quoted: 0, 'l|quoted': 1, first: 0, 'l|first': 1, capitalised: 0,
} as const;
type Template = keyof typeof CUE_TEMPLATES;
type TemplateOf<Arity extends number> = { [K in Template]: (typeof CUE_TEMPLATES)[K] extends Arity ? K : never }[Template];

/**
 * Receives a word's features in a fixed order, without building their strings: the detector looks their weights up
 * by parts (learned-cues.ts), the training script writes them out (cueFeatures).
 */
export interface CueFeatureVisitor<V> {
  flag(name: TemplateOf<0>): void;
  one(name: TemplateOf<1>, value: V): void;
  two(name: TemplateOf<2>, first: V, second: V): void;
}

/** How many words ahead a "that" may make a cue's complement ("said on Tuesday that"). */
const THAT_REACH = 4;

// Functions of their own, not closures: a closure per word read would be three allocations more per word.
const inSentence = (sentence: Sentence, i: number) => i >= sentence.tokenStart && i < sentence.tokenEnd;
const wordOf = <V>(read: SentenceWords<V>, i: number) => (inSentence(read.sentence, i) ? read.words[i - read.sentence.tokenStart]! : read.noWord);
const tagOf = <V>(read: SentenceWords<V>, i: number) => (inSentence(read.sentence, i) ? read.tags[i - read.sentence.tokenStart]! : read.noTag);

/** Visits the features of the word at `index` (a document token index) in its sentence, always in the same order. */
export function visitCueFeatures<V>(source: CueFeatureSource, read: SentenceWords<V>, index: number, visit: CueFeatureVisitor<V>): void {
  const { sentence, value } = read;
  const { tokens } = source;
  const token = tokens[index]!;
  const previous = inSentence(sentence, index - 1) ? tokens[index - 1] : undefined;
  const next = inSentence(sentence, index + 1) ? tokens[index + 1] : undefined;
  const word = wordOf(read, index);
  const lemma = token.tags.has('Verb') ? value((source.lemmaOf ?? lemmaOf)(token.text, token.tags)) : word;
  const tag = tagOf(read, index);
  const after = value(punctuationClass(token.post + (next?.pre ?? '')));
  const before = value(previous ? punctuationClass(previous.post + token.pre) : 'start');
  const nextWord = wordOf(read, index + 1);
  const previousWord = wordOf(read, index - 1);
  const nextTag = tagOf(read, index + 1);
  const previousTag = tagOf(read, index - 1);
  let thatAhead = false;
  for (let i = index + 1; i <= index + THAT_REACH && inSentence(sentence, i); i++) {
    if (lower(tokens[i]) === 'that') thatAhead = true;
    if (/[,;:.!?"“”]/u.test(tokens[i]!.post)) break;
  }
  visit.flag('bias');
  visit.one('w', word);
  visit.one('l', lemma);
  visit.one('t', tag);
  visit.two('lt', lemma, tag);
  visit.one('w-1', previousWord);
  visit.one('w+1', nextWord);
  visit.one('w-2', wordOf(read, index - 2));
  visit.one('w+2', wordOf(read, index + 2));
  visit.one('t-1', previousTag);
  visit.one('t+1', nextTag);
  visit.two('t-1t+1', previousTag, nextTag);
  visit.two('t-2t-1', tagOf(read, index - 2), previousTag);
  visit.two('t+1t+2', nextTag, tagOf(read, index + 2));
  visit.two('l|w+1', lemma, nextWord);
  visit.two('l|t+1', lemma, nextTag);
  visit.two('l|t-1', lemma, previousTag);
  visit.two('l|w-1', lemma, previousWord);
  visit.one('after', after);
  visit.one('before', before);
  visit.two('l|after', lemma, after);
  visit.two('l|before', lemma, before);
  visit.two('t|after', tag, after);
  visit.two('t|before', tag, before);
  visit.one('s3', value(lower(token).slice(-3)));
  if (thatAhead) {
    visit.flag('that');
    visit.one('l|that', lemma);
  }
  if (quotedAt(source.quoteSpans, token.start)) {
    visit.flag('quoted');
    visit.one('l|quoted', lemma);
  }
  if (index === sentence.tokenStart) {
    visit.flag('first');
    visit.one('l|first', lemma);
  }
  if (/^\p{Lu}/u.test(token.text) && index !== sentence.tokenStart) visit.flag('capitalised');
}

/** The features of the word at `index` in its sentence, as the model file writes them: "name", "name=value", "name=first|second". */
export function cueFeatures(source: CueFeatureSource, read: SentenceWords<string>, index: number): string[] {
  const features: string[] = [];
  visitCueFeatures(source, read, index, {
    flag: (name) => features.push(name),
    one: (name, value) => features.push(`${name}=${value}`),
    two: (name, first, second) => features.push(`${name}=${first}|${second}`),
  });
  return features;
}
