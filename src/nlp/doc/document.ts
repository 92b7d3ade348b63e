import type { Boilerplate } from '../../../schemas/extract.js';
import { parse, type View } from './compromise.js';
import { lastStartingAtOrBefore, type Span } from './spans.js';

/** One compromise term, located in the original text. */
export interface Token {
  readonly index: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Punctuation and whitespace compromise split off before and after the word. */
  readonly pre: string;
  readonly post: string;
  readonly normal: string;
  readonly tags: ReadonlySet<string>;
  readonly sentence: number;
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  /** Tokens [tokenStart, tokenEnd) of the document's token array. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly boilerplate: boolean;
}

export interface Paragraph {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

export interface ParsedDocument {
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

const WORD_CHAR = /[\p{L}\p{N}]/u;

export function parseDocument(input: DocumentInput): ParsedDocument {
  const { text } = input;
  const view = parse(text);
  const paragraphs = splitParagraphs(text);
  const boilerplate = detectBoilerplate(text, paragraphs);
  const { tokens, sentences } = locateTokensAndSentences(text, view, paragraphs, boilerplate);
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
export function sentenceAt(doc: ParsedDocument, offset: number): number {
  return Math.max(0, lastStartingAtOrBefore(doc.sentences, offset));
}

export function isBoilerplate(doc: ParsedDocument, span: Span): boolean {
  return doc.boilerplate.some((b) => span.start < b.end && b.start < span.end);
}

/** The sentences that are article content, i.e. not boilerplate. */
export function contentSentences(doc: ParsedDocument): Sentence[] {
  return doc.sentences.filter((s) => !s.boilerplate);
}

export function tokensOf(doc: ParsedDocument, sentence: Sentence): readonly Token[] {
  return doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
}

// ---------------------------------------------------------------------------------------------------------------
// Paragraphs: blocks separated by blank lines, trimmed.

function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const separator = /\n[ \t\r\f\v\u00a0]*\n\s*/g;
  let from = 0;
  const push = (start: number, end: number) => {
    const span = trim(text, start, end);
    if (span.end > span.start) paragraphs.push({ index: paragraphs.length, ...span });
  };
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return paragraphs;
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

// ---------------------------------------------------------------------------------------------------------------
// Tokens and sentences, from compromise's single parse. compromise reports term offsets into the text it was
// given; each is checked against the text, so no span can ever point at the wrong characters.

interface Term {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

function locateTokensAndSentences(text: string, view: View, paragraphs: Paragraph[], boilerplate: Boilerplate[]) {
  view.compute('offset');
  const lines = lineBreaks(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  let current: Token[] = [];
  const flush = () => {
    if (current.length) sentences.push(makeSentence(text, sentences.length, current, tokens, paragraphs, boilerplate));
    current = [];
  };
  for (const termList of view.document as Term[][]) {
    let compromiseBoundary = true;
    for (const term of termList) {
      const located = locateTerm(text, term, cursor);
      if (!located) continue;
      cursor = located.end;
      const previous = current[current.length - 1];
      if (previous && endsSentence(text, previous, { start: located.start, end: located.end, text: term.text, tags: term.tags }, compromiseBoundary, paragraphs, lines)) {
        flush();
      }
      compromiseBoundary = false;
      current.push({
        index: -1,
        text: term.text,
        start: located.start,
        end: located.end,
        pre: term.pre,
        post: term.post,
        normal: term.normal,
        tags: term.tags,
        sentence: -1,
      });
    }
  }
  flush();
  return { tokens, sentences };
}

function locateTerm(text: string, term: Term, cursor: number): Span | null {
  if (!term.text) return null;
  const claimed = term.offset?.start;
  if (claimed !== undefined && claimed >= cursor && text.startsWith(term.text, claimed)) {
    return { start: claimed, end: claimed + term.text.length };
  }
  const found = text.indexOf(term.text, cursor);
  return found < 0 ? null : { start: found, end: found + term.text.length };
}

/** Offsets of single line breaks that also end a sentence: the line before ends a sentence or is a short heading. */
function lineBreaks(text: string): Set<number> {
  const breaks = new Set<number>();
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const line = text.slice(lineStart, i).trim();
    if (line && (/[.!?:"”’)\]]$/.test(line) || (looksLikeHeading(line) && startsCapitalised(text, i + 1)))) breaks.add(i);
    lineStart = i + 1;
  }
  return breaks;
}

/** A short capitalised line that does not stop on a connecting word, unlike a hard-wrapped line of running text. */
function looksLikeHeading(line: string): boolean {
  return (
    /^[\p{Lu}\p{N}"“‘'(]/u.test(line) &&
    !/(?:[,;\-–—]|\b(?:a|an|the|and|or|but|of|in|on|at|to|for|with|by|from|as|that|which|who|its|their|his|her))$/.test(line) &&
    line.split(/\s+/).length <= 12
  );
}

const CAPITALISED_LINE = /[ \t\r\f\v\u00a0]*[\p{Lu}\p{N}"“‘'(]/uy;

function startsCapitalised(text: string, offset: number): boolean {
  CAPITALISED_LINE.lastIndex = offset;
  return CAPITALISED_LINE.test(text);
}

interface NextTerm extends Span {
  text: string;
  tags: ReadonlySet<string>;
}

/**
 * Whether a sentence ends between `previous` and `next`. Across a newline the line rules decide; then compromise's
 * own sentence boundaries, except after "vs." and "No. 3"; then two boundaries compromise misses: a quotation closed
 * by terminal punctuation ('"We won." The firm...') and an abbreviation ending a sentence ("the U.S. The firm").
 */
function endsSentence(
  text: string,
  previous: Token,
  next: NextTerm,
  compromiseBoundary: boolean,
  paragraphs: Paragraph[],
  lines: Set<number>,
): boolean {
  if (text.slice(previous.end, next.start).includes('\n')) return breaksAtNewline(text, previous, next.start, paragraphs, lines);
  if (compromiseBoundary) return !continuesAfterAbbreviation(previous, next);
  if (!/^\p{Lu}/u.test(next.text)) return false;
  if (/^[.!?]+["”’']/.test(previous.post)) return true;
  const abbreviation = previous.text.endsWith('.') || (previous.post.startsWith('.') && previous.tags.has('Abbreviation'));
  return abbreviation && (next.tags.has('Determiner') || next.tags.has('Pronoun'));
}

function continuesAfterAbbreviation(previous: Token, next: NextTerm): boolean {
  if (!previous.post.startsWith('.')) return false;
  return /^vs?$/i.test(previous.text) || (previous.text === 'No' && /^\d/.test(next.text));
}

/** compromise ends a sentence at every newline; only paragraph breaks and the line breaks in `lines` do. */
function breaksAtNewline(text: string, previous: Token, nextStart: number, paragraphs: Paragraph[], lines: Set<number>): boolean {
  const between = text.slice(previous.end, nextStart);
  if (paragraphOf(paragraphs, previous.start) !== paragraphOf(paragraphs, nextStart)) return true;
  const newline = previous.end + between.indexOf('\n');
  return lines.has(newline);
}

function paragraphOf(paragraphs: Paragraph[], offset: number): number {
  return Math.max(0, lastStartingAtOrBefore(paragraphs, offset));
}

const OPENING_PUNCTUATION = /[\p{Ps}\p{Pi}"'¡¿]+$/u;
const CLOSING_PUNCTUATION = /^[\p{Pe}\p{Pf}\p{Po}"']+/u;

function makeSentence(
  text: string,
  index: number,
  members: Token[],
  tokens: Token[],
  paragraphs: Paragraph[],
  boilerplate: Boilerplate[],
): Sentence {
  const first = members[0]!;
  const last = members[members.length - 1]!;
  const start = first.start - (OPENING_PUNCTUATION.exec(text.slice(Math.max(0, first.start - 8), first.start))?.[0].length ?? 0);
  const end = last.end + (CLOSING_PUNCTUATION.exec(text.slice(last.end, last.end + 8))?.[0].length ?? 0);
  const tokenStart = tokens.length;
  for (const member of members) tokens.push({ ...member, index: tokens.length, sentence: index });
  const middle = (start + end) >> 1;
  return {
    index,
    start,
    end,
    paragraph: paragraphOf(paragraphs, first.start),
    tokenStart,
    tokenEnd: tokens.length,
    boilerplate: boilerplate.some((b) => b.start <= middle && middle < b.end),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Boilerplate: promotions, teasers, share prompts, copyright lines and bylines, judged line by line.

type Reason = Boilerplate['reason'];

const SHORT_LINE = 300;
const NEWSLETTER = /\bnewsletters?\b/i;
const SIGN_UP = /\b(sign(?:ing)? up|subscribe|inbox|delivered|get it)\b/i;
/** A promotion speaks to the reader; a news sentence about newsletters does not. */
const READER_ADDRESS = /\b(?:you|your|our|here|now|today)\b|^(?:sign up|subscribe|get)\b/i;
const RELATED_HEADING =
  /^(?:you (?:might|may) also like|related(?: (?:stories|articles|coverage|content|reading|news|topics|links))?|read more(?: on this story)?|more (?:from|on|in|about) [^.!?]{1,40}|recommended(?: for you| stories| reading)?|most (?:read|popular|viewed)|also read|see also|trending(?: now| stories)?|what to read next|further reading|more stories|top stories)\s*:?$/i;
const INLINE_TEASER = /^(?:read more|read next|related|see also|also read|watch|listen)\s*[:|]\s*\S/i;
const SHARE = /^(?:share (?:this|on|via|the story)|share$|follow (?:us|@)|click here to|tweet this|email this|print this|subscribe (?:to|now|today|for)|join us on)/i;
const COPYRIGHT = /^(?:©|copyright\b|\(c\)\s*\d{4})|\ball rights reserved\b/i;
const BYLINE = /^(?:[Bb]y|[Ww]ritten by|[Ww]ords by)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*(?:,|and|&|\||[-–—])\s*[^.!?]{0,80})?$/u;
const REPORTING_CREDIT = /^\(?(?:reporting|additional reporting|editing|writing|compiled) by\b/i;
const IMAGE_CREDIT = /^(?:main |top |header |lead |featured )?(?:image|photo|picture|photograph|illustration)(?: credit)?s?\s*:/i;

function lineReason(line: string): Reason | null {
  if (line.length > SHORT_LINE) return null;
  if (NEWSLETTER.test(line) && SIGN_UP.test(line) && READER_ADDRESS.test(line)) return 'newsletter';
  if (/^sign up\b/i.test(line)) return 'newsletter';
  if (RELATED_HEADING.test(line) || INLINE_TEASER.test(line)) return 'related';
  if (SHARE.test(line)) return 'share';
  if (COPYRIGHT.test(line)) return 'copyright';
  if (BYLINE.test(line) || REPORTING_CREDIT.test(line)) return 'byline';
  if (IMAGE_CREDIT.test(line)) return 'credit';
  return null;
}

/** A teaser under a "related" heading: a headline (no closing full stop) or a summary cut off with an ellipsis. */
function looksLikeTeaser(line: string): boolean {
  if (/(?:\.\.\.|…)$/.test(line)) return true;
  return line.length <= 200 && !/[.!?]["”’)]?$/.test(line);
}

function detectBoilerplate(text: string, paragraphs: Paragraph[]): Boilerplate[] {
  const lines: Span[] = [];
  for (const paragraph of paragraphs) {
    let from = paragraph.start;
    const body = text.slice(paragraph.start, paragraph.end);
    for (const part of body.split('\n')) {
      const span = trim(text, from, from + part.length);
      if (span.end > span.start) lines.push(span);
      from += part.length + 1;
    }
  }
  const found: Boilerplate[] = [];
  let inTeasers = false;
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    const reason = lineReason(content);
    if (reason) {
      found.push({ ...line, reason });
      inTeasers = reason === 'related' && RELATED_HEADING.test(content);
    } else if (inTeasers && looksLikeTeaser(content)) {
      found.push({ ...line, reason: 'related' });
    } else inTeasers = false;
  }
  return mergeAdjacent(text, found);
}

/** Joins consecutive boilerplate lines with the same reason into one span. */
function mergeAdjacent(text: string, spans: Boilerplate[]): Boilerplate[] {
  const merged: Boilerplate[] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (previous && previous.reason === span.reason && text.slice(previous.end, span.start).trim() === '') previous.end = span.end;
    else merged.push({ ...span });
  }
  return merged;
}
