import { parentPort } from 'node:worker_threads';
import { exampleRequest } from '../schemas/examples.js';
import type { DocumentInput } from './pipeline/document.js';
import { extract, type Extraction } from './pipeline/index.js';
import { WORKER_WARM_MESSAGE } from './worker-messages.js';

// Warm-up: the first parse pays for compromise's lazy caches and the JIT, so no request meets a cold worker.
extract(exampleRequest);
parentPort?.postMessage(WORKER_WARM_MESSAGE);

/** Runs the pipeline on a worker thread: one task, one article. */
export default function runExtraction(input: DocumentInput): Extraction {
  return extract(input);
}
