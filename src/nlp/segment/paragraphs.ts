import type { Paragraph } from '../doc/tokens.js';
import { lastStartingAtOrBefore, type Span } from '../doc/spans.js';

/** Paragraphs: blocks of the text separated by blank lines, trimmed. */
export function splitParagraphs(text: string): Paragraph[] {
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

export function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}


/** Index of the paragraph holding `offset` (the nearest one before it between paragraphs). */
export function paragraphOf(paragraphs: readonly Paragraph[], offset: number): number {
  return Math.max(0, lastStartingAtOrBefore(paragraphs, offset));
}
