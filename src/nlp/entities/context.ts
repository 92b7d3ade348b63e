import type { Doc } from '../doc/document.js';
import type { Chunk } from './chunks.js';

/**
 * The words of a chunk's sentence around it, as the typing rules read them: punctuation set apart by spaces, as
 * tokenised text writes it ("WordNet , a lexical database", "Sony 's QRIO", "( SEAC )"), is read as written prose
 * writes it, so that one pattern reads both.
 */
export function textBefore(doc: Doc, chunk: Chunk, length: number): string {
  return asWritten(doc.text.slice(Math.max(chunk.sentence.start, chunk.start - length), chunk.start));
}

export function textAfter(doc: Doc, chunk: Chunk, length: number): string {
  return asWritten(doc.text.slice(chunk.end, Math.min(chunk.sentence.end, chunk.end + length)));
}

/** A space before closing punctuation or a possessive, or after an opening bracket, dropped ("X ' s" is "X's"). */
const SPACED_PUNCTUATION = /\s+(?=[,.;:!?)\]])|(?<=[([])\s+|\s+(['’])\s?(?=s(?![\p{L}\p{N}]))/gu;

function asWritten(text: string): string {
  return text.includes(' ') ? text.replace(SPACED_PUNCTUATION, '$1') : text;
}
