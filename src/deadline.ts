import { HttpProblem } from './errors.js';
import type { Extractor } from './extractor.js';
import { DeadlineExceeded, type DocumentInput, type Extraction } from './response.js';

/**
 * Runs one extraction that must finish within `deadlineMs`: one that would not is refused with a 503 (the pool's),
 * one that runs past it gets a 504 problem at the deadline. `cancel` (client gone) drops it while it is queued.
 */
export async function extractWithin(extractor: Extractor, input: DocumentInput, deadlineMs: number, cancel: AbortSignal): Promise<Extraction> {
  const expiresAt = Date.now() + Math.max(1, Math.floor(deadlineMs));
  try {
    return await extractor.extract(input, { expiresAt, cancel });
  } catch (error) {
    if (cancel.aborted) {
      // Nobody is left to read the answer: not an error of ours, so not logged as one.
      throw new HttpProblem({ kind: 'client-closed', status: 499, detail: 'The client closed the connection before the extraction finished.' });
    }
    if (error instanceof DeadlineExceeded) {
      throw new HttpProblem({
        kind: 'deadline-exceeded',
        status: 504,
        detail: `The extraction did not finish within the ${Math.round(deadlineMs)} ms left of the request deadline; retry later or send a shorter text.`,
        retryAfterSeconds: 1,
      });
    }
    throw error;
  }
}
