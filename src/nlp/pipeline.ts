import type { ExtractResponse } from '../../schemas/extract.js';
import { parseDocument, type DocumentInput } from './doc/document.js';
import { extractClaims } from './claims/claims.js';
import { extractDates } from './dates/dates.js';
import { extractEntities } from './entities/entities.js';
import { extractMoney } from './figures/money.js';
import { extractPercentages } from './figures/percentages.js';
import { extractQuotes, quotationContext } from './attribution/quotes.js';

export type Extraction = Omit<ExtractResponse, 'meta'> & { meta: Omit<ExtractResponse['meta'], 'version' | 'tookMs'> };

/** The response: the extraction plus the facts only the caller knows (service version, time taken). */
export function withMeta(extraction: Extraction, version: string, tookMs: number): ExtractResponse {
  return { ...extraction, meta: { version, ...extraction.meta, tookMs } };
}

/** Runs every stage over one parse of the text. Pure: the same input always gives the same output. */
export function extract(input: DocumentInput): Extraction {
  const doc = parseDocument(input);
  const entities = extractEntities(doc);
  const money = extractMoney(doc);
  const percentages = extractPercentages(doc);
  const dates = extractDates(doc);
  const speakers = quotationContext(doc, entities);
  const quotes = extractQuotes(doc, entities, speakers);
  return {
    meta: {
      language: 'en',
      characters: doc.text.length,
      words: doc.words,
      sentences: doc.sentences.length,
      paragraphs: doc.paragraphs.length,
      boilerplate: [...doc.boilerplate],
    },
    entities,
    money,
    percentages,
    dates,
    quotes,
    claims: extractClaims(doc, { entities, money, percentages, dates, quotes }, speakers),
  };
}
