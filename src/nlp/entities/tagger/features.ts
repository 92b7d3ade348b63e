import { alignSpans, type LabelledSpan } from './alignment.js';
import { gazetteerMarks } from './gazetteer.js';
import { encodeTags, labelOfTag, OUTSIDE, positionOfTag } from './labels.js';
import { lexiconTags } from '../../doc/compromise.js';
import type { Doc, Sentence, Token } from '../../doc/document.js';
import { isCapitalised, wordShape } from './word-shape.js';

/**
 * The features of each token, as strings `kind=value`. A feature describes its own token; the model also reads the
 * features of the tokens around it, at the offsets its kind allows (FEATURE_OFFSETS), so one string serves all of them.
 */
export interface FeatureInput {
  readonly doc: Doc;
  /** The sentences to tag (the article's content); tokens outside them get no features. */
  readonly sentences: readonly Sentence[];
  /** Names the rule-based stage found: the tagger learns when to trust them. */
  readonly rules: readonly LabelledSpan[];
}

/** Which neighbours' features of each kind a token reads: 0 is itself, -1 the token before, and so on. */
export const FEATURE_OFFSETS: Readonly<Record<string, readonly number[]>> = {
  w: [0], // the word as written (less a possessive ending, apostrophes and quotes written straight)
  l: [-2, -1, 0, 1, 2], // the word in lower case
  sh: [-1, 0, 1], // its shape
  s: [0], // its last 2 to 4 letters
  pa: [-1, 0], // the punctuation after the word (a comma, a closing bracket or quote...), which compromise keeps off the token
  pb: [0, 1], // the punctuation before it
  t: [-1, 0], // compromise's tags, of the word and the one before
  lx: [0], // compromise's lexicon tags for the word out of context
  g: [-1, 0, 1], // the lexicon of tech names
  r: [-1, 0, 1], // the rule-based stage
  dr: [0], // what the rules made of the same word elsewhere in the document
  dc: [0], // how the document writes the same word elsewhere
  ps: [0, 1], // the word ends in a possessive: a name stops there, and the next word is what it owns
  x: [0], // the token's place in its sentence
};

/** A feature string's kind and value: `l=apple` is `l` and `apple`, a feature of no value (`ps`) its kind alone. */
export function splitFeature(feature: string): { kind: string; value: string | undefined } {
  const equals = feature.indexOf('=');
  return equals < 0 ? { kind: feature, value: undefined } : { kind: feature.slice(0, equals), value: feature.slice(equals + 1) };
}

/** Features of the positions outside a sentence, read by the tokens near its edges. */
export const BEFORE_SENTENCE = ['l=<s>'];
export const AFTER_SENTENCE = ['l=</s>'];

/** What opens a clause or a quotation, so that the word after it starts capitalised whatever it is. */
const OPENING = new Set(['“', '"', '‘', "'", ':', '—', '–', '(']);
const SHORTEST_SUFFIX = 2;
const LONGEST_SUFFIX = 4;

/**
 * What the model reads of features (their ids), undefined for a feature it does not know: those of a kind by their
 * values, `kind(kind)(value)` for `kind=value`, and a feature of no value by `flag(kind)`. Kind by kind, so that the
 * model looks a token's features up by their values (featureIds in model.ts) without building their strings, while
 * training reads the strings themselves (FEATURE_STRINGS).
 */
export interface FeatureEncoder<T> {
  kind(kind: string): (value: string) => T | undefined;
  flag(kind: string): T | undefined;
}

/** The features as strings, `kind=value` or `kind`: what training counts and the weights file names. */
export const FEATURE_STRINGS: FeatureEncoder<string> = {
  kind: (kind) => (value) => `${kind}=${value}`,
  flag: (kind) => kind,
};

/** The encoders of each kind of feature documentFeatures writes, resolved once per document. */
function encodersOf<T>(encoder: FeatureEncoder<T>) {
  return {
    word: encoder.kind('w'),
    lower: encoder.kind('l'),
    suffix: encoder.kind('s'),
    shape: encoder.kind('sh'),
    lexiconTag: encoder.kind('lx'),
    tag: encoder.kind('t'),
    after: encoder.kind('pa'),
    before: encoder.kind('pb'),
    gazetteer: encoder.kind('g'),
    rule: encoder.kind('r'),
    documentRule: encoder.kind('dr'),
    documentCase: encoder.kind('dc'),
    place: encoder.kind('x'),
    possessive: encoder.flag('ps'),
  };
}
type Encoders<T> = ReturnType<typeof encodersOf<T>>;

/** Adds an encoded feature to a token's list, unless the model does not know it. */
function push<T>(list: T[], encoded: T | undefined): void {
  if (encoded !== undefined) list.push(encoded);
}

/**
 * The features of every token of the document, encoded; none for tokens outside `input.sentences`. The features of
 * a word wherever it stands are encoded once per document: they are most of a token's features.
 */
export function documentFeatures<T>(input: FeatureInput, encoder: FeatureEncoder<T>): T[][] {
  const features: T[][] = input.doc.tokens.map(() => []);
  const featuresOf = sentenceFeatures(input, encoder);
  for (const sentence of input.sentences) featuresOf(sentence).forEach((list, k) => (features[sentence.tokenStart + k] = list));
  return features;
}

/**
 * The features of the tokens of one sentence at a time, encoded, as documentFeatures gives them: what they read of
 * the whole document (how it writes each word, what the rules found, the encoded features of each word) is worked out
 * once, here. Called on `input.sentences` in order (the lexicon's marks are found sentence by sentence). Why not all
 * at once: the tagger reads a sentence's features once, and features held for every token until the last sentence is
 * tagged (7 MiB at 200,000 characters of "more than") outlive the young generation and are moved to the old one, which
 * a full collection then has to clear; read one sentence at a time, they die young.
 */
export function sentenceFeatures<T>(input: FeatureInput, encoder: FeatureEncoder<T>): (sentence: Sentence) => T[][] {
  const { doc, sentences } = input;
  const encode = encodersOf(encoder);
  const evidence = caseEvidence(doc, sentences);
  const ruleTags = tagsOfSpans(doc, input.rules);
  const ruleLabels = labelsByWord(doc, ruleTags);
  const ofWord = new Map<string, readonly T[]>();
  const gazetteer = new Array<string | undefined>(doc.tokens.length);
  return (sentence) => {
    const features: T[][] = [];
    gazetteerMarks(doc.text, doc.tokens, sentence.tokenStart, sentence.tokenEnd, gazetteer);
    const capitals = isInCapitals(doc, sentence);
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const token = doc.tokens[i]!;
      const word = plainWord(token.text);
      const lower = word.toLowerCase();
      const list: T[] = [];
      features.push(list);
      let own = ofWord.get(token.text);
      if (!own) ofWord.set(token.text, (own = encodeWord(word, lower, encode)));
      for (let k = 0; k < own.length; k++) list.push(own[k]!);
      for (const tag of token.tags) push(list, encode.tag(tag));
      if (word.length < token.text.length) push(list, encode.possessive);
      const after = punctuation(token.post);
      if (after) push(list, encode.after(after));
      const before = punctuation(token.pre);
      if (before) push(list, encode.before(before));
      if (gazetteer[i]) push(list, encode.gazetteer(gazetteer[i]!));
      if (ruleTags[i] !== OUTSIDE) push(list, encode.rule(`${positionOfTag(ruleTags[i]!)}-${labelOfTag(ruleTags[i]!)}`));
      for (const label of ruleLabels.get(lower) ?? []) push(list, encode.documentRule(label));
      const opens = i === sentence.tokenStart || opensClause(doc.text, token.start, sentence.start);
      if (i === sentence.tokenStart) push(list, encode.place('first'));
      else if (opens) push(list, encode.place('opens'));
      if (capitals) push(list, encode.place('capitals'));
      if (isCapitalised(token.text) && (opens || capitals)) for (const found of evidence.of(lower)) push(list, encode.documentCase(found));
      else if (isCapitalised(token.text) && evidence.lowerCase.has(lower)) push(list, encode.documentCase('also-lower'));
    }
    return features;
  };
}

const POSSESSIVE = /['’]s$/u;

/**
 * The word the features describe: without a possessive ending, which compromise leaves on the word ("Musk’s") while
 * tokenised text has it apart ("Musk 's"), and with curly apostrophes and quotes written straight.
 */
function plainWord(text: string): string {
  const plain = text.length > 2 && POSSESSIVE.test(text) ? text.slice(0, -2) : text;
  return plain.includes('’') || plain.includes('‘') ? plain.replace(/[‘’]/gu, "'") : plain;
}

/** The punctuation in what compromise split off a word, quotes of any style written '"'; empty when there is none. */
function punctuation(split: string): string {
  return split.length === 0 || split === ' ' ? '' : split.replace(/\s+/gu, '').replace(/[“”„«»]/gu, '"').replace(/[‘’‚]/gu, "'").slice(0, 3);
}

/** Whether the text before `at` (back to `from`, spaces skipped) ends with what opens a clause or a quotation. */
function opensClause(text: string, at: number, from: number): boolean {
  let i = at - 1;
  while (i >= from && text[i] === ' ') i--;
  return i >= from && OPENING.has(text[i]!);
}

/** The features a word has wherever it stands, encoded. */
function encodeWord<T>(word: string, lower: string, encode: Encoders<T>): T[] {
  const encoded: T[] = [];
  push(encoded, encode.word(word));
  push(encoded, encode.lower(lower));
  for (let n = SHORTEST_SUFFIX; n <= Math.min(LONGEST_SUFFIX, lower.length - 1); n++) push(encoded, encode.suffix(lower.slice(-n)));
  push(encoded, encode.shape(wordShape(word)));
  for (const tag of lexiconTags(lower)) push(encoded, encode.lexiconTag(tag));
  return encoded;
}

/**
 * How the document writes each word where its case says something: capitalised inside a sentence (a name, or part
 * of one) or in lower case (a common word). A capitalised word opening a sentence or in a headline in capitals has
 * no case of its own, so it reads the other places (after Ratinov & Roth 2009).
 */
function caseEvidence(doc: Doc, sentences: readonly Sentence[]) {
  const capitalised = new Set<string>();
  const lowerCase = new Set<string>();
  for (const sentence of sentences) {
    if (isInCapitals(doc, sentence)) continue;
    for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd; i++) {
      const word = plainWord(doc.tokens[i]!.text);
      const lower = word.toLowerCase();
      if (isCapitalised(word)) capitalised.add(lower);
      else if (lower !== word.toUpperCase()) lowerCase.add(lower);
    }
  }
  return {
    lowerCase,
    /** The values of the `dc` features of a word whose own case says nothing. */
    of(lower: string): string[] {
      const found: string[] = [];
      if (capitalised.has(lower)) found.push('capitalised-elsewhere');
      if (lowerCase.has(lower)) found.push('lower-elsewhere');
      return found.length ? found : ['unseen'];
    },
  };
}

/** A headline in capitals: most of its letters are upper case, so capitals say nothing. */
function isInCapitals(doc: Doc, sentence: Sentence): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const text = doc.tokens[i]!.text;
    if (text === text.toUpperCase()) {
      if (text !== text.toLowerCase()) upper++;
    } else lower++;
  }
  return upper >= 2 && upper > 2 * lower;
}

function tagsOfSpans(doc: Doc, spans: readonly LabelledSpan[]): number[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  return encodeTags(doc.tokens.length, alignSpans(doc.text, doc.tokens, sorted).ranges);
}

/** For each word (plain, lower case), the labels a tagging gave it somewhere in the document, in label order. */
function labelsByWord(doc: Doc, tags: readonly number[]): Map<string, string[]> {
  const labels = new Map<string, Set<string>>();
  doc.tokens.forEach((token: Token, i) => {
    if (tags[i] === OUTSIDE) return;
    const lower = plainWord(token.text).toLowerCase();
    const set = labels.get(lower) ?? new Set<string>();
    set.add(labelOfTag(tags[i]!));
    labels.set(lower, set);
  });
  return new Map([...labels].map(([word, set]) => [word, [...set].sort()]));
}
