import { exampleRequest } from '../schemas/examples.js';
import type { DocumentInput } from './pipeline/document.js';
import { extract, type Extraction } from './pipeline/index.js';

// Warm-up: the first parse pays for compromise's lazy caches and the JIT. Piscina marks a worker ready only
// after this module has loaded, so no request ever meets a cold worker.
extract(exampleRequest);

/** Runs the pipeline on a worker thread: one task, one article. */
export default function runExtraction(input: DocumentInput): Extraction {
  return extract(input);
}
