import type { Doc, Paragraph as TextParagraph } from '../doc/document.js';
import type { QuotedSpan } from '../doc/layers.js';
import { scanWindow } from '../doc/patterns.js';
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

/** A full stop, question or exclamation mark that ends a sentence, with what follows it up to the next word. */
const TERMINATOR = /[.!?\u2026]["\u201d\u2019')\]]*\s+/gu;
const SENTENCE_OPENING = /^[\p{Lu}\p{N}"\u201c\u2018'([]/u;
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Inc|Ltd|Co|Corp|Gen|Rep|Sen|Gov|Lt|Col|Sgt|Capt|vs|etc|No|Mt|[A-Z]|(?:[A-Z]\.)+[A-Z])$/u;
export const ENDS_SENTENCE = /[.!?\u2026]$/u;

export function layOut(text: string, paragraph: Span, quotes: readonly QuotedSpan[]): QuoteParagraph {
  const boundaries: number[] = [];
  let q = 0;
  // A terminator's match past the paragraph's end opens nothing in it, and none can start inside another's.
  const scanned = scanWindow(text, paragraph.end);
  TERMINATOR.lastIndex = paragraph.start;
  for (let match = TERMINATOR.exec(scanned); match; match = TERMINATOR.exec(scanned)) {
    const at = match.index;
    while (q < quotes.length && quotes[q]!.close <= at) q++;
    const inside = q < quotes.length && quotes[q]!.open < at;
    const next = match.index + match[0].length;
    const opensSentence = next < paragraph.end && SENTENCE_OPENING.test(text[next]!);
    if (!inside && opensSentence && !ABBREVIATION.test(text.slice(Math.max(0, at - 8), at))) boundaries.push(next);
  }
  for (const quote of quotes) if (endsOnItsOwn(text, quote, paragraph)) boundaries.push(quote.close);
  boundaries.sort((a, b) => a - b);
  return { ...paragraph, quotes, boundaries, cues: outside(findCues(text, paragraph.start, paragraph.end), quotes) };
}

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
