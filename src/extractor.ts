import { extract, type Extraction } from './pipeline/index.js';
import type { DocumentInput } from './pipeline/document.js';
import { exampleRequest } from '../schemas/examples.js';

/** Runs the pipeline for the HTTP layer. The route only sees this interface, whatever runs the work. */
export interface Extractor {
  /** Resolves once the pipeline is loaded and has processed a warm-up article. */
  warm(): Promise<void>;
  extract(input: DocumentInput): Promise<Extraction>;
  close(): Promise<void>;
}

/** The pipeline on the calling thread. */
export function inProcessExtractor(): Extractor {
  return {
    async warm() {
      extract(exampleRequest);
    },
    async extract(input) {
      return extract(input);
    },
    async close() {},
  };
}
