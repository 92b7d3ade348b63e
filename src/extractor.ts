import { exampleRequest } from '../schemas/examples.js';
import type { Config } from './config.js';
import type { DocumentInput } from './extraction.js';
import { extract, type Extraction } from './extraction.js';
import { workerPoolExtractor } from './pool.js';

export interface PoolStats {
  workers: number;
  queued: number;
  /** Fraction of the pool's capacity spent running tasks, 0..1. */
  utilization: number;
  /** Workers terminated (abandoned past a deadline, crashed, out of heap) and replaced since start. */
  replacedWorkers: number;
}

export interface ExtractOptions {
  /** Aborting drops a queued job and abandons a running one: its worker is terminated and replaced. */
  deadline?: AbortSignal;
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
  extract(input: DocumentInput, options?: ExtractOptions): Promise<Extraction>;
  stats(): PoolStats;
  close(): Promise<void>;
}

/** The pipeline on the calling thread (WORKERS=0): for debugging and for tests of the HTTP layer. */
export function inProcessExtractor(): Extractor {
  return {
    async warm() {
      extract(exampleRequest);
    },
    async extract(input, options = {}) {
      options.deadline?.throwIfAborted();
      options.cancel?.throwIfAborted();
      return extract(input);
    },
    stats: () => ({ workers: 0, queued: 0, utilization: 0, replacedWorkers: 0 }),
    async close() {},
  };
}

export function extractorFor(config: Pick<Config, 'WORKERS' | 'MAX_QUEUE' | 'WORKER_HEAP_MB'>): Extractor {
  if (config.WORKERS === 0) return inProcessExtractor();
  return workerPoolExtractor({ workers: config.WORKERS, maxQueue: config.MAX_QUEUE, heapMb: config.WORKER_HEAP_MB });
}
