import type { Doc, Sentence, Token } from '../doc/document.js';
import { lastStartingAtOrBefore } from '../doc/spans.js';

/** A regex match in one sentence, with what the rules need to judge it: the tokens around it and the publication day. */
export interface Site {
  readonly doc: Doc;
  readonly sentence: Sentence;
  readonly start: number;
  readonly end: number;
  /** Publication day as UTC milliseconds. */
  readonly anchor: number | undefined;
}

export function tokenIndexAt(doc: Doc, offset: number): number {
  return lastStartingAtOrBefore(doc.tokens, offset);
}

/** The token of the site's sentence that covers `offset`. */
export function tokenCovering(site: Site, offset: number): Token | undefined {
  const token = site.doc.tokens[tokenIndexAt(site.doc, offset)];
  return token && token.sentence === site.sentence.index && offset < token.end ? token : undefined;
}

export function previousToken(site: Site, token: Token): Token | undefined {
  return token.index > site.sentence.tokenStart ? site.doc.tokens[token.index - 1] : undefined;
}

export function nextToken(site: Site, token: Token): Token | undefined {
  return token.index + 1 < site.sentence.tokenEnd ? site.doc.tokens[token.index + 1] : undefined;
}

/** The token before the site in its sentence (the site may start with punctuation a token holds apart: "'98"). */
export function tokenBefore(site: Site): Token | undefined {
  let index = tokenIndexAt(site.doc, site.start);
  if (index < site.sentence.tokenStart || site.doc.tokens[index]!.end <= site.start) index++;
  return index > site.sentence.tokenStart && index < site.sentence.tokenEnd ? site.doc.tokens[index - 1] : undefined;
}
