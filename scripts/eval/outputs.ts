/** The outputs as the scorers read them. */
import type { Extraction } from '../../src/extraction.js';
import { isFailure, type ExtractOutput } from './pipeline-runs.js';

/** An extraction with nothing in it: what a text on which extract threw is scored as. */
export function emptyExtraction(): Extraction {
  return {
    meta: { language: 'en', characters: 0, words: 0, sentences: 0, paragraphs: 0, boilerplate: [] },
    entities: [],
    money: [],
    percentages: [],
    dates: [],
    quotes: [],
    claims: [],
  };
}

/** Each output as an extraction, one with nothing in it where extract threw, and how many threw. */
export function extractionsOf(outputs: readonly ExtractOutput[]): { extractions: Extraction[]; failures: number } {
  return { extractions: outputs.map((output) => (isFailure(output) ? emptyExtraction() : output)), failures: outputs.filter(isFailure).length };
}

/** Items whose offsets do not slice the text to the item's own text (a quote's text is without its marks, as its span). */
export function offsetMismatches(text: string, output: Extraction): number {
  const spans = [
    ...output.entities.flatMap((entity) => entity.mentions),
    ...output.money,
    ...output.percentages,
    ...output.dates,
    ...output.quotes,
    ...output.claims,
  ];
  return spans.filter((span) => text.slice(span.start, span.end) !== span.text).length;
}
