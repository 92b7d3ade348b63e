import type { ExtractResponse } from '../schemas/extract.js';
import type { Extraction } from './serialize.js';

/**
 * What the HTTP layer needs of an extraction without loading the pipeline (compromise, the tagger, the cue models
 * and the knowledge base: about 40 MiB of heap and a second and a half of CPU): its types, the deadline error and the
 * response built from it. With a worker pool only the workers load the pipeline, never the event loop's thread
 * (test/architecture.test.ts checks that no static import from the HTTP layer reaches it).
 */
export type { DocumentInput } from './nlp/doc/document.js';
export type { Extraction } from './serialize.js';
export { DeadlineExceeded, type Deadline } from './nlp/doc/deadline-check.js';

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
