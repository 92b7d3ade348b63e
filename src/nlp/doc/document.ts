import { parse } from './compromise.js';
import type { Boilerplate, LayerName, Layers } from './layers.js';
import type { Span } from './spans.js';
import type { Paragraph, Sentence, Token } from './tokens.js';
import { detectBoilerplate } from '../segment/boilerplate.js';
import { splitParagraphs } from '../segment/paragraphs.js';
import { locateTokensAndSentences } from '../segment/sentences.js';
import { lastStartingAtOrBefore } from './spans.js';

export type { Paragraph, Sentence, Token } from './tokens.js';

/**
 * One article: its text, the one compromise parse as located tokens, its sentences, paragraphs and boilerplate, and
 * the layers the pipeline's components add to it, each once (see layers.ts and components.ts).
 */
export interface Doc extends Partial<Layers> {
  readonly text: string;
  readonly title: string | undefined;
  /** Publication date as `YYYY-MM-DD`, the anchor for relative dates. */
  readonly publishedOn: string | undefined;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  readonly boilerplate: readonly Boilerplate[];
  readonly words: number;
}

export interface DocumentInput {
  text: string;
  title?: string | undefined;
  publishedAt?: string | undefined;
}

/** A document whose listed layers are there: what a component that requires them reads. */
export type DocWith<L extends LayerName> = Doc & Pick<Layers, L>;

const WORD_CHAR = /[\p{L}\p{N}]/u;

export function createDoc(input: DocumentInput): Doc {
  const { text } = input;
  const parsed = parse(text);
  const paragraphs = splitParagraphs(text);
  const boilerplate = detectBoilerplate(text, paragraphs);
  const { tokens, sentences } = locateTokensAndSentences(text, parsed, paragraphs, boilerplate);
  return {
    text,
    title: input.title,
    publishedOn: input.publishedAt?.slice(0, 10),
    tokens,
    sentences,
    paragraphs,
    boilerplate,
    words: tokens.filter((token) => WORD_CHAR.test(token.text)).length,
  };
}

/** Index of the sentence containing `offset` (the nearest one before it when it falls between sentences). */
export function sentenceAt(doc: Doc, offset: number): number {
  return Math.max(0, lastStartingAtOrBefore(doc.sentences, offset));
}

export function isBoilerplate(doc: Doc, span: Span): boolean {
  return doc.boilerplate.some((b) => span.start < b.end && b.start < span.end);
}

/** The sentences that are article content, i.e. not boilerplate. */
export function contentSentences(doc: Doc): Sentence[] {
  return doc.sentences.filter((s) => !s.boilerplate);
}

export function tokensOf(doc: Doc, sentence: Sentence): readonly Token[] {
  return doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
}

