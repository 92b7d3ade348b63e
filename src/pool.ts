import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { HttpProblem } from './errors.js';
import type { Extractor, PoolStats } from './extractor.js';
import type { DocumentInput, Extraction } from './extraction.js';
import { WORKER_WARM_MESSAGE } from './worker-messages.js';

export interface PoolOptions {
  workers: number;
  maxQueue: number;
  /** Old-generation heap of each worker, in MiB. */
  heapMb: number;
}

// The worker is a sibling module: `.ts` when running from source (tests, tsx), `.js` when compiled.
const WORKER_FILE = fileURLToPath(new URL(`./pipeline-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url));

/** Each worker's young generation, in MiB (why this size: see resourceLimits below). */
export const YOUNG_GENERATION_MB = 128;

interface Job {
  input: DocumentInput;
  deadline: AbortSignal | undefined;
  resolve: (extraction: Extraction) => void;
  reject: (reason: unknown) => void;
  /** Detaches the job's abort listeners once it is settled. */
  release: () => void;
}

/**
 * The pipeline on a pool of worker threads, so no extraction ever blocks the event loop. Jobs wait in this
 * module's own queue and go to piscina only when a worker is free: a queued job can then be dropped when its
 * client goes, while a running one is left to finish (piscina would terminate its worker, and a new worker
 * takes seconds of CPU to load and warm the pipeline; a client that disconnects in a loop would keep every
 * worker restarting). Only the deadline abandons a running job.
 */
export function workerPoolExtractor({ workers, maxQueue, heapMb }: PoolOptions): Extractor {
  const pool = new Piscina({
    filename: WORKER_FILE,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Number.POSITIVE_INFINITY,
    // Never more than `workers` jobs reach piscina; they wait here only while a replaced worker starts.
    maxQueue: workers,
    // Each worker's heap is bounded, so one runaway article costs its own request, not the machine's memory.
    // The largest accepted article needs well under the default (measured: under 128 MiB). Setting any limit
    // shrinks a worker's young generation, and a parse's short-lived objects then cost scavenges. Fewer scavenges
    // also mean fewer recompiles: after 300 warm-up articles, TurboFan still recompiled 0.75-1.6 functions per
    // article with a 64 MiB young generation and 0.1 with 128 or 192 (measured with --trace-opt). Those compiles
    // run on V8's helper threads, which compete with the workers for the cores: two workers served ~9% more
    // articles/s with 128 than with 64 (paired runs; 192 gave no more).
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  let warmWorkers = 0;
  let createdWorkers = 0;
  pool.on('workerCreate', () => createdWorkers++);
  const allWarm = new Promise<void>((resolve) => {
    pool.on('message', (message) => {
      if (message === WORKER_WARM_MESSAGE && ++warmWorkers >= workers) resolve();
    });
  });
  const queue: Job[] = [];
  let running = 0;

  const dispatch = () => {
    while (running < workers && queue.length > 0) {
      const job = queue.shift()!;
      running++;
      pool
        .run(job.input, job.deadline ? { signal: job.deadline } : {})
        .then(job.resolve, job.reject)
        .finally(() => {
          job.release();
          running--;
          dispatch();
        });
    }
  };

  return {
    async warm() {
      await allWarm;
    },
    extract(input, { deadline, cancel } = {}) {
      return new Promise<Extraction>((resolve, reject) => {
        for (const signal of [deadline, cancel]) if (signal?.aborted) return reject(signal.reason);
        if (queue.length >= maxQueue && running >= workers) return reject(busy(maxQueue));
        const onAbort = (signal: AbortSignal) => () => {
          const queuedAt = queue.indexOf(job);
          if (queuedAt >= 0) queue.splice(queuedAt, 1);
          // A running job's promise is settled now too: its caller is gone or out of time. A deadline also
          // reaches piscina through the job's signal, which abandons the worker.
          reject(signal.reason);
          job.release();
        };
        const listeners = [deadline, cancel].flatMap((signal) => (signal ? [{ signal, listener: onAbort(signal) }] : []));
        const job: Job = {
          input,
          deadline,
          resolve,
          reject,
          release: () => listeners.forEach(({ signal, listener }) => signal.removeEventListener('abort', listener)),
        };
        for (const { signal, listener } of listeners) signal.addEventListener('abort', listener, { once: true });
        queue.push(job);
        dispatch();
      });
    },
    stats(): PoolStats {
      return { workers, queued: queue.length, utilization: pool.utilization, replacedWorkers: Math.max(0, createdWorkers - workers) };
    },
    async close() {
      await pool.close({ force: false });
    },
  };
}

function busy(maxQueue: number): HttpProblem {
  return new HttpProblem({
    kind: 'service-unavailable',
    status: 503,
    detail: `All workers are busy and ${maxQueue} articles are already queued; retry after the number of seconds in Retry-After.`,
    retryAfterSeconds: 1,
  });
}
