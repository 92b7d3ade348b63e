import type { ExtractResponse } from '../../schemas/extract.js';
import { checkDeadline, type Deadline } from '../nlp/doc/deadline-check.js';
import { parseDocument, type DocumentInput } from './document.js';
import { extractClaims } from './claims.js';
import { extractDates } from './dates.js';
import { extractEntities } from './entities.js';
import { extractMoney } from './money.js';
import { extractPercentages } from './percentages.js';
import { extractQuotes, quotationContext } from './quotes.js';

export type Extraction = Omit<ExtractResponse, 'meta'> & { meta: Omit<ExtractResponse['meta'], 'version' | 'tookMs'> };

/** The response: the extraction plus the facts only the caller knows (service version, time taken). */
export function withMeta(extraction: Extraction, version: string, tookMs: number): ExtractResponse {
  return { ...extraction, meta: { version, ...extraction.meta, tookMs } };
}

/**
 * Runs every stage over one parse of the text. Pure: the same input always gives the same output. With a deadline,
 * it is checked between stages and DeadlineExceeded thrown once it has passed.
 */
export function extract(input: DocumentInput, deadline?: Deadline): Extraction {
  const doc = parseDocument(input);
  checkDeadline(deadline, 'entities');
  const entities = extractEntities(doc);
  checkDeadline(deadline, 'money');
  const money = extractMoney(doc);
  const percentages = extractPercentages(doc);
  const dates = extractDates(doc);
  checkDeadline(deadline, 'quotes');
  const speakers = quotationContext(doc, entities);
  const quotes = extractQuotes(doc, entities, speakers);
  checkDeadline(deadline, 'claims');
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
