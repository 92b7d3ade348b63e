import type { ParsedDocument, Token } from './document.js';
import { firstAtOrAfter, startOf } from './spans.js';

/** Word-level helpers shared by the claims modules. */

export function tokenAt(doc: ParsedDocument, offset: number): Token | undefined {
  const token = doc.tokens[firstAtOrAfter(doc.tokens, offset, startOf)];
  return token && token.start === offset ? token : undefined;
}

/** A verb, auxiliaries and modals included; not a particle ("jump in") nor a pronoun compromise also tags as a verb. */
export const isVerb = (token: Token) => token.tags.has('Verb') && !token.tags.has('Pronoun') && !token.tags.has('Particle');

export const wordCount = (text: string) => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** How far around a cue its frame is looked at, in characters: every look is bounded, so long sentences stay linear. */
export const REACH = 300;
/** The last REACH characters of [from, to), and the first. */
export const tail = (text: string, from: number, to: number) => text.slice(Math.max(from, to - REACH), to);
export const head = (text: string, from: number, to: number) => text.slice(from, Math.min(to, from + REACH));
