import type { Doc, Paragraph as TextParagraph } from '../doc/document.js';
import type { QuotedSpan } from '../doc/layers.js';
import { endOf, firstAtOrAfter, startOf, type Span } from '../doc/spans.js';
import { findCues, type Cue } from './cues.js';

// The paragraphs quotations stand in, as the quote sieves read them: their quotations, where their sentences start
// and the reporting cues outside quotations.

/** One paragraph's quotations, sentence boundaries and reporting cues (cues inside quotations left out). */
export interface QuoteParagraph extends Span {
  readonly quotes: readonly QuotedSpan[];
  readonly boundaries: readonly number[];
  readonly cues: readonly Cue[];
}

/** Paragraphs holding article content; a quotation's `paragraph` indexes this list. */
export function contentParagraphs(doc: Doc): TextParagraph[] {
  const content = new Set(doc.sentences.filter((s) => !s.boilerplate).map((s) => s.paragraph));
  return doc.paragraphs.filter((p) => content.has(p.index));
}

export function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export const ENDS_SENTENCE = /[.!?\u2026]$/u;
/** What a sentence after a closed quotation opens with. */
const SENTENCE_OPENING = /^[\p{Lu}\p{N}"\u201c\u2018'([]/u;

/**
 * A paragraph as the quote sieves read it. Its sentence boundaries are the document's own (doc/sentences, the one
 * splitter), read the way a quotation needs: none where the sentence before ends inside a quotation (the quotation
 * is one sentence with its attribution), one right after a quotation the sentence closes (the closing mark, not the
 * space after it: `?" Trump said`), one at an opening mark the next sentence starts with; and one after a quotation
 * that ends a sentence on its own.
 */
export function layOut(doc: Doc, paragraph: Span, quotes: readonly QuotedSpan[]): QuoteParagraph {
  const { text, sentences } = doc;
  const boundaries: number[] = [];
  let q = 0;
  for (let s = Math.max(1, firstAtOrAfter(sentences, paragraph.start + 1, startOf)); s < sentences.length && sentences[s]!.start < paragraph.end; s++) {
    const at = sentences[s]!.start;
    // The quote layer reads a quotation as part of one sentence: no boundary where the sentence before ends inside one.
    const terminator = sentences[s - 1]!.end - 1;
    while (q < quotes.length && quotes[q]!.close <= terminator) q++;
    const quote = quotes[q];
    if (quote && quote.open < terminator) continue;
    const closed = quotes[q - 1];
    if (closed && ONLY_CLOSING.test(text.slice(closed.close, at))) boundaries.push(closed.close);
    else if (quote && quote.open < at && QUOTE_MARK.test(text[quote.open]!) && /^\s*$/u.test(text.slice(quote.open + 1, at))) boundaries.push(quote.open);
    else boundaries.push(at);
  }
  for (const quote of quotes) if (endsOnItsOwn(text, quote, paragraph)) boundaries.push(quote.close);
  boundaries.sort((a, b) => a - b);
  return { ...paragraph, quotes, boundaries, cues: outside(findCues(text, paragraph.start, paragraph.end), quotes) };
}

const ONLY_CLOSING = /^[\p{Pe}\p{Pf}"'\s]*$/u;
const QUOTE_MARK = /[\p{Pi}\p{Pf}"'«»]/u;

/** The cues that are not inside a quotation (both lists sorted). */
function outside(cues: readonly Cue[], quotes: readonly QuotedSpan[]): Cue[] {
  let q = 0;
  return cues.filter((cue) => {
    while (q < quotes.length && quotes[q]!.close <= cue.start) q++;
    const quote = quotes[q];
    return !quote || quote.open >= cue.end;
  });
}

/** A quotation that ends a sentence and is followed by a new one ("... lead." The company ...). */
function endsOnItsOwn(text: string, quote: QuotedSpan, paragraph: Span): boolean {
  if (!ENDS_SENTENCE.test(text.slice(quote.end - 1, quote.end))) return false;
  if (!quote.closed) return true;
  const after = text.slice(quote.close, Math.min(paragraph.end, quote.close + 8)).trimStart();
  return after === '' || SENTENCE_OPENING.test(after);
}

const identity = (offset: number) => offset;

export function firstAfter(sorted: readonly number[], offset: number): number | undefined {
  return sorted[firstAtOrAfter(sorted, offset + 1, identity)];
}

export function sentenceStart(paragraph: QuoteParagraph, offset: number): number {
  const boundary = paragraph.boundaries[firstAtOrAfter(paragraph.boundaries, offset + 1, identity) - 1];
  return Math.max(paragraph.start, boundary ?? paragraph.start);
}

/** The first cue starting at or after `offset`. */
export function cueAfter(paragraph: QuoteParagraph, offset: number): Cue | undefined {
  return paragraph.cues[firstAtOrAfter(paragraph.cues, offset, startOf)];
}

/** Up to `count` cues ending by `offset`, nearest first. */
export function cuesBefore(paragraph: QuoteParagraph, offset: number, count: number): Cue[] {
  const end = firstAtOrAfter(paragraph.cues, offset + 1, endOf);
  return paragraph.cues.slice(Math.max(0, end - count), end).reverse();
}
