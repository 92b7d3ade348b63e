import { isAsciiLetterOrDigit, isSpace } from './chars.js';
import type { Doc, Token } from './document.js';
import { firstAtOrAfter, startOf } from './spans.js';

/** Word-level helpers shared by the claims and entities modules. */

export function tokenAt(doc: Doc, offset: number): Token | undefined {
  const token = doc.tokens[firstAtOrAfter(doc.tokens, offset, startOf)];
  return token && token.start === offset ? token : undefined;
}

/** A verb, auxiliaries and modals included; not a particle ("jump in") nor a pronoun compromise also tags as a verb. */
export const isVerb = (token: Token) => token.tags.has('Verb') && !token.tags.has('Pronoun') && !token.tags.has('Particle');

/** How many of the text's runs between white space hold a letter or digit, as splitting on `\s+` would count them. */
export function wordCount(text: string): number {
  let count = 0;
  let counted = false; // the run being read holds a letter or digit, and is counted
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text, i)) counted = false;
    else if (!counted && isLetterOrDigitAt(text, i)) {
      count++;
      counted = true;
    }
  }
  return count;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the code point that starts at `i` is a letter or digit (a lone low surrogate is neither). */
function isLetterOrDigitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 0x80 ? isAsciiLetterOrDigit(code) : LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** The runs of a text between white space, as `text.split(/\s+/u).filter(Boolean)` gives them, without a pattern's split. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpace(text, i)) continue;
    if (i > start) words.push(text.slice(start, i));
    start = i + 1;
  }
  return words;
}

/** How far around a cue its frame is looked at, in characters: every look is bounded, so long sentences stay linear. */
export const REACH = 300;
/** The last REACH characters of [from, to), and the first. */
export const tail = (text: string, from: number, to: number) => text.slice(Math.max(from, to - REACH), to);
export const head = (text: string, from: number, to: number) => text.slice(from, Math.min(to, from + REACH));
