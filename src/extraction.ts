import type { Deadline } from './nlp/doc/deadline-check.js';
import type { DocumentInput } from './nlp/doc/document.js';
import { analyze } from './nlp/pipeline.js';
import { serialize, type Extraction } from './serialize.js';

/**
 * The pipeline as the rest of the service sees it: an article in, the API's extraction out. Everything outside the
 * NLP code (pool workers, CLI, bench, scripts, the evaluation) runs the pipeline from here and nowhere else; the HTTP
 * layer takes what it needs without loading it from response.ts, re-exported here for the scripts and tests.
 */
export { DeadlineExceeded, withMeta, type Deadline, type DocumentInput, type Extraction } from './response.js';

/**
 * Runs the pipeline over one article and serialises its layers. Pure: the same input always gives the same output.
 * With a deadline, it is checked between components and DeadlineExceeded thrown once it has passed.
 */
export function extract(input: DocumentInput, deadline?: Deadline): Extraction {
  return serialize(analyze(input, deadline));
}
