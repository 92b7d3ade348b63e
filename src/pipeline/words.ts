import type { ParsedDocument, Token } from './document.js';
import { firstAtOrAfter, startOf } from './spans.js';

/** Word-level helpers shared by the claims modules. */

export function tokenAt(doc: ParsedDocument, offset: number): Token | undefined {
  const token = doc.tokens[firstAtOrAfter(doc.tokens, offset, startOf)];
  return token && token.start === offset ? token : undefined;
}

/** A verb, auxiliaries and modals included; not a particle ("jump in") nor a pronoun compromise also tags as a verb. */
export const isVerb = (token: Token) => token.tags.has('Verb') && !token.tags.has('Pronoun') && !token.tags.has('Particle');

/** How many of the text's runs between white space hold a letter or digit; ASCII read by its codes, the rest by code point. */
export function wordCount(text: string): number {
  let count = 0;
  let counted = false; // the run being read holds a letter or digit, and is counted
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) counted = false;
      else if (!counted && ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a))) {
        count++;
        counted = true;
      }
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i)!);
    i += char.length - 1;
    if (SPACE.test(char)) counted = false;
    else if (!counted && LETTER_OR_DIGIT.test(char)) {
      count++;
      counted = true;
    }
  }
  return count;
}

const SPACE = /\s/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** How far around a cue its frame is looked at, in characters: every look is bounded, so long sentences stay linear. */
export const REACH = 300;
/** The last REACH characters of [from, to), and the first. */
export const tail = (text: string, from: number, to: number) => text.slice(Math.max(from, to - REACH), to);
export const head = (text: string, from: number, to: number) => text.slice(from, Math.min(to, from + REACH));
