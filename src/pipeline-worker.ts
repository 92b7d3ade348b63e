import { parentPort } from 'node:worker_threads';
import { exampleRequest } from '../schemas/examples.js';
import { DeadlineExceeded, extract, type DocumentInput, type Extraction } from './extraction.js';
import { lowerThreadPriority } from './thread-priority.js';
import { WORKER_WARM_MESSAGE } from './worker-messages.js';

// Extraction yields the cores to the event loop when both want one (thread-priority.ts).
lowerThreadPriority();
// Warm-up: the first parse pays for compromise's lazy caches and the JIT, so no request meets a cold worker.
extract(exampleRequest);
parentPort?.postMessage(WORKER_WARM_MESSAGE);

/**
 * Test-only fault injection, enabled by NEWS_CLAIMS_FAULT_INJECTION=1 when the pool starts: an article whose text is
 * exactly one of these markers makes its worker crash, hang or exhaust its heap, so tests can show the pool survives each.
 */
const FAULTS = process.env.NEWS_CLAIMS_FAULT_INJECTION === '1';
export const CRASH_MARKER = '\u0000news-claims:crash-worker';
export const HANG_MARKER = '\u0000news-claims:hang-worker';
export const HOARD_MARKER = '\u0000news-claims:exhaust-worker-heap';

/** One article for a worker, and when its answer stops being wanted (epoch milliseconds). */
export interface WorkerTask {
  input: DocumentInput;
  expiresAt?: number;
}

/** The extraction, or the stage at which the deadline stopped it (the worker is then free for the next article). */
export type WorkerOutcome = { extraction: Extraction } | { expired: string };

/** Runs the pipeline on a worker thread: one task, one article. */
export default function runExtraction({ input, expiresAt }: WorkerTask): WorkerOutcome {
  if (FAULTS && input.text === CRASH_MARKER) process.exit(70);
  if (FAULTS && input.text === HANG_MARKER) for (;;);
  if (FAULTS && input.text === HOARD_MARKER) for (const hoard: string[][] = []; ; ) hoard.push(Array.from({ length: 1e5 }, String));
  try {
    return { extraction: extract(input, expiresAt === undefined ? undefined : { expiresAt, now: Date.now }) };
  } catch (error) {
    if (error instanceof DeadlineExceeded) return { expired: error.stage };
    throw error;
  }
}
