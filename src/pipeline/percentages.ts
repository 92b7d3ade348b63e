import type { Percentage } from '../../schemas/extract.js';
import { contentSentences, type ParsedDocument } from './document.js';
import { withIds } from './ids.js';

const PERCENT = /(\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)/gi;

/** Percentages written with "%", "percent" or "per cent". */
export function extractPercentages(doc: ParsedDocument): Percentage[] {
  const found: Omit<Percentage, 'id'>[] = [];
  for (const sentence of contentSentences(doc)) {
    const body = doc.text.slice(sentence.start, sentence.end);
    for (const match of body.matchAll(PERCENT)) {
      const start = sentence.start + match.index;
      found.push({ text: match[0], start, end: start + match[0].length, value: Number(match[1]), qualifier: 'exact', sentence: sentence.index });
    }
  }
  return withIds('p', found);
}
