/**
 * The pipeline as the rest of the service sees it: an article in, the API's extraction out. Everything outside the
 * NLP code (routes, pool, CLI, bench, scripts, the evaluation) imports the pipeline from here and nowhere else.
 */
export { extract, withMeta, type Extraction } from './pipeline/index.js';
export type { DocumentInput } from './pipeline/document.js';
export { DeadlineExceeded, type Deadline } from './nlp/doc/deadline-check.js';
