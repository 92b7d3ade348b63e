import type { ExtractResponse } from '../schemas/extract.js';
import type { Deadline } from './nlp/doc/deadline-check.js';
import type { DocumentInput } from './nlp/doc/document.js';
import { analyze } from './nlp/pipeline.js';
import { serialize, type Extraction } from './serialize.js';

/**
 * The pipeline as the rest of the service sees it: an article in, the API's extraction out. Everything outside the
 * NLP code (routes, pool, CLI, bench, scripts, the evaluation) imports the pipeline from here and nowhere else.
 */
export type { DocumentInput } from './nlp/doc/document.js';
export type { Extraction } from './serialize.js';
export { DeadlineExceeded, type Deadline } from './nlp/doc/deadline-check.js';

/**
 * Runs the pipeline over one article and serialises its layers. Pure: the same input always gives the same output.
 * With a deadline, it is checked between components and DeadlineExceeded thrown once it has passed.
 */
export function extract(input: DocumentInput, deadline?: Deadline): Extraction {
  return serialize(analyze(input, deadline));
}

/**
 * The response: the extraction plus the facts only the caller knows (service version, time taken), with the
 * explanations of its entities, quotes and claims only when they were asked for (`?explain=true`).
 */
export function withMeta(extraction: Extraction, version: string, tookMs: number, explain = false): ExtractResponse {
  const response = { ...extraction, meta: { version, ...extraction.meta, tookMs, offsets: 'utf16' as const } };
  if (explain) return response;
  return {
    ...response,
    entities: response.entities.map(({ explain: _explain, ...entity }) => entity),
    quotes: response.quotes.map(({ explain: _explain, ...quote }) => quote),
    claims: response.claims.map(({ explain: _explain, ...claim }) => claim),
  };
}
