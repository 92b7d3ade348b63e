import { exampleRequest } from '../schemas/examples.js';
import type { HttpProblem } from './errors.js';
import type { extract as Extract } from './extraction.js';
import type { DocumentInput, Extraction } from './response.js';

export interface PoolStats {
  workers: number;
  queued: number;
  /** Estimated milliseconds of work waiting in the queue. */
  queuedMs: number;
  /** Fraction of the pool's capacity spent running tasks, 0..1. */
  utilization: number;
  /** Workers terminated (stopped answering past a deadline, crashed, out of heap) and replaced since start. */
  replacedWorkers: number;
  /** Articles refused with a 503 because they would not have finished before their deadline (or the queue was full). */
  shed: number;
  /** Articles a worker gave up at a deadline check between stages, keeping the worker. */
  expired: number;
  /** How long articles take against the bench's single-thread model (work-estimate.ts): 1 on an idle machine. */
  estimateScale: number;
}

export interface ExtractOptions {
  /**
   * Epoch milliseconds past which the answer is not wanted: an article that would not finish by then is refused
   * (503), one that runs past it is answered with DeadlineExceeded at that time and given up by its worker.
   */
  expiresAt?: number;
  /**
   * Aborting (the client is gone) drops a queued job; a running one finishes on its worker and its result is
   * discarded, since terminating a warm worker costs far more than finishing the article.
   */
  cancel?: AbortSignal;
}

/** Runs the pipeline for the HTTP layer. The routes only see this interface, whatever runs the work. */
export interface Extractor {
  /** Resolves once the pipeline is loaded and has processed a warm-up article. */
  warm(): Promise<void>;
  /**
   * Why an article of `chars` characters due by `expiresAt` would be refused now (a 503 problem), or null: lets the
   * HTTP layer refuse before it reads and parses the body.
   */
  refusal(chars: number, expiresAt: number | undefined): HttpProblem | null;
  extract(input: DocumentInput, options?: ExtractOptions): Promise<Extraction>;
  stats(): PoolStats;
  close(): Promise<void>;
}

/** The statistics of a pool that has done nothing yet. */
export function idleStats(workers: number): PoolStats {
  return { workers, queued: 0, queuedMs: 0, utilization: 0, replacedWorkers: 0, shed: 0, expired: 0, estimateScale: 1 };
}

/**
 * The pipeline on the calling thread (WORKERS=0, and the CLI for one document): for debugging and for tests of the
 * HTTP layer. It loads the pipeline when first warmed or used: nothing the HTTP layer imports statically loads it,
 * so a service or CLI that runs a worker pool never does so on its own thread.
 */
export function inProcessExtractor(): Extractor {
  let loading: Promise<typeof Extract> | undefined;
  const pipeline = () => (loading ??= import('./extraction.js').then((module) => module.extract));
  return {
    async warm() {
      (await pipeline())(exampleRequest);
    },
    refusal: () => null,
    async extract(input, { expiresAt, cancel } = {}) {
      const extract = await pipeline();
      cancel?.throwIfAborted();
      return extract(input, expiresAt === undefined ? undefined : { expiresAt, now: Date.now });
    },
    stats: () => idleStats(0),
    async close() {},
  };
}
