import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { HttpProblem } from './errors.js';
import type { Config } from './config.js';
import { inProcessExtractor, type Extractor, type PoolStats } from './extractor.js';
import { DeadlineExceeded, type DocumentInput, type Extraction } from './response.js';
import type { WorkerOutcome, WorkerTask } from './pipeline-worker.js';
import { WORKER_WARM_MESSAGE } from './worker-messages.js';
import { PLANNING_HEADROOM, shapeFactor, WorkEstimate } from './work-estimate.js';

export interface PoolOptions {
  workers: number;
  maxQueue: number;
  /** Old-generation heap of each worker, in MiB. */
  heapMb: number;
  /**
   * How long past an article's deadline its worker may take to reach the pipeline's next deadline check and give
   * the article up; a worker still busy with it then has stopped answering, and is terminated and replaced.
   */
  graceMs?: number;
}

// The worker is a sibling module: `.ts` when running from source (tests, tsx), `.js` when compiled.
const WORKER_FILE = fileURLToPath(new URL(`./pipeline-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url));

/** Each worker's young generation, in MiB (why this size: see resourceLimits below). */
export const YOUNG_GENERATION_MB = 128;

/** The longest Retry-After the pool asks for, in seconds. */
const MAX_RETRY_AFTER_SECONDS = 30;

interface Job {
  input: DocumentInput;
  /** The text's shape factor (work-estimate.ts), computed once. */
  shape: number;
  /** What the article is expected to cost, in ms, when it was queued. */
  estimateMs: number;
  /** Epoch ms past which nobody wants the answer. */
  expiresAt: number | undefined;
  startedAt: number;
  /** Whether it had to wait for a worker when submitted. */
  waited: boolean;
  settle: (outcome: { extraction: Extraction } | { error: unknown }) => void;
  /** Clears the job's timers and abort listeners; called once it leaves the queue or its worker. */
  timers: NodeJS.Timeout[];
}

/**
 * The pipeline on a pool of worker threads, so no extraction ever blocks the event loop.
 *
 * Admission is by work, not by count: each article's cost is estimated from its length (work-estimate.ts), and an
 * article that would not finish before its deadline behind the work already queued is refused at once with a 503
 * and Retry-After; one that waited and can no longer finish in time is refused when its turn comes, rather than
 * started. Deadlines are cooperative: the pipeline checks its deadline between stages and gives the article up,
 * so a deadline costs the caller its answer (a 504, at the deadline) but not the worker. Only a worker that has not
 * given up `graceMs` after the deadline (it has stopped answering) is terminated and replaced.
 *
 * Jobs wait in this module's own queue and go to piscina only when a worker is free: a queued job can then be dropped
 * when its client goes, while a running one is left to finish (a new worker takes seconds of CPU to load and warm
 * the pipeline; a client that disconnects in a loop would otherwise keep every worker restarting).
 */
export function workerPoolExtractor({ workers, maxQueue, heapMb, graceMs = 10_000 }: PoolOptions): Extractor {
  const pool = new Piscina<WorkerTask, WorkerOutcome>({
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
  // A task's failure reaches its caller; piscina's own 'error' events (a closing pool that times out) would otherwise
  // be thrown as uncaught.
  pool.on('error', () => {});
  let warmWorkers = 0;
  let createdWorkers = 0;
  pool.on('workerCreate', () => createdWorkers++);
  const allWarm = new Promise<void>((resolve) => {
    pool.on('message', (message) => {
      if (message === WORKER_WARM_MESSAGE && ++warmWorkers >= workers) resolve();
    });
  });
  const estimate = new WorkEstimate();
  const queue: Job[] = [];
  let queuedMs = 0;
  const running = new Set<Job>();
  let shed = 0;
  let expired = 0;

  /** When a job submitted now would start: at once with a worker free, else once the work ahead has drained. */
  const waitMs = (now: number): number => {
    if (running.size < workers && queue.length === 0) return 0;
    let ahead = queuedMs;
    for (const job of running) ahead += Math.max(0, job.estimateMs - (now - job.startedAt));
    return ahead / workers;
  };

  /** Why an article of `chars` characters (of this shape) with this deadline is refused now, or null when it is admitted. */
  const refusal = (chars: number, expiresAt: number | undefined, shape = 1): HttpProblem | null => {
    if (queue.length >= maxQueue && running.size >= workers) return busy(`${maxQueue} articles are already queued (MAX_QUEUE)`, 1);
    if (expiresAt === undefined) return null;
    const now = Date.now();
    const finish = now + (waitMs(now) + estimate.ms(chars, shape)) * PLANNING_HEADROOM;
    if (finish <= expiresAt || (running.size < workers && queue.length === 0)) return null;
    return busy('the articles queued ahead would not leave time for this one before its deadline', (finish - expiresAt) / 1000);
  };

  const start = (job: Job) => {
    running.add(job);
    job.startedAt = Date.now();
    const abandon = new AbortController();
    if (job.expiresAt !== undefined) {
      const left = Math.max(0, job.expiresAt - job.startedAt);
      // The caller is answered at its deadline; the worker gives the article up at its next check.
      job.timers.push(setTimeout(() => job.settle({ error: new DeadlineExceeded('the end of the extraction') }), left));
      job.timers.push(setTimeout(() => abandon.abort(new DeadlineExceeded('the grace period')), left + graceMs));
    }
    pool
      .run({ input: job.input, expiresAt: job.expiresAt }, { signal: abandon.signal })
      .then(
        (outcome) => {
          estimate.observe(job.input.text.length, job.shape, Date.now() - job.startedAt);
          if ('expired' in outcome) {
            expired++;
            job.settle({ error: new DeadlineExceeded(outcome.expired) });
          } else job.settle(outcome);
        },
        (error: unknown) => job.settle({ error }),
      )
      .finally(() => {
        job.timers.forEach(clearTimeout);
        running.delete(job);
        dispatch();
      });
  };

  const dispatch = () => {
    while (running.size < workers && queue.length > 0) {
      const job = queue.shift()!;
      queuedMs -= job.estimateMs;
      job.timers.forEach(clearTimeout);
      job.timers = [];
      // Never start what waited until it can no longer finish before its deadline: its worker is better spent on the
      // next article. (One that finds a worker free at once is started: the estimate may be pessimistic.) Its cost is
      // estimated anew, at the scale recent articles set now; job.estimateMs stays as queued, so queuedMs sums exactly.
      if (job.waited && job.expiresAt !== undefined && Date.now() + estimate.ms(job.input.text.length, job.shape) * PLANNING_HEADROOM > job.expiresAt) {
        shed++;
        job.settle({ error: busy('it waited for a worker until too little of its deadline was left', 1) });
        continue;
      }
      start(job);
    }
  };

  return {
    async warm() {
      await allWarm;
    },
    refusal: (chars, expiresAt) => refusal(chars, expiresAt),
    extract(input, { expiresAt, cancel } = {}) {
      return new Promise<Extraction>((resolve, reject) => {
        if (cancel?.aborted) return reject(cancel.reason);
        const shape = shapeFactor(input.text);
        const refused = refusal(input.text.length, expiresAt, shape);
        if (refused) {
          shed++;
          return reject(refused);
        }
        let settled = false;
        const onCancel = () => {
          const queuedAt = queue.indexOf(job);
          if (queuedAt >= 0) {
            queue.splice(queuedAt, 1);
            queuedMs -= job.estimateMs;
            job.timers.forEach(clearTimeout);
          }
          // A running job's caller is answered now too; the article finishes on its worker and is discarded.
          job.settle({ error: cancel!.reason });
        };
        const job: Job = {
          input,
          shape,
          estimateMs: estimate.ms(input.text.length, shape),
          expiresAt,
          startedAt: 0,
          waited: running.size >= workers || queue.length > 0,
          timers: [],
          settle: (outcome) => {
            if (settled) return;
            settled = true;
            cancel?.removeEventListener('abort', onCancel);
            if ('extraction' in outcome) resolve(outcome.extraction);
            else reject(outcome.error);
          },
        };
        cancel?.addEventListener('abort', onCancel, { once: true });
        if (expiresAt !== undefined) {
          // Still queued when there is no longer time to run it: refused then, not at the deadline.
          const latestStart = expiresAt - job.estimateMs * PLANNING_HEADROOM - Date.now();
          job.timers.push(
            setTimeout(() => {
              const queuedAt = queue.indexOf(job);
              if (queuedAt < 0) return;
              queue.splice(queuedAt, 1);
              queuedMs -= job.estimateMs;
              shed++;
              job.settle({ error: busy('it waited for a worker until too little of its deadline was left', 1) });
            }, Math.max(0, latestStart)),
          );
        }
        queue.push(job);
        queuedMs += job.estimateMs;
        dispatch();
      });
    },
    stats(): PoolStats {
      return {
        workers,
        queued: queue.length,
        queuedMs,
        utilization: pool.utilization,
        replacedWorkers: Math.max(0, createdWorkers - workers),
        shed,
        expired,
        estimateScale: estimate.currentScale,
      };
    },
    async close() {
      // By now the server has answered every request (or the CLI every document): what is left is queued work nobody
      // waits for, and articles whose callers were answered at their deadline. Neither is worth waiting for.
      for (const job of queue.splice(0)) {
        job.timers.forEach(clearTimeout);
        job.settle({ error: busy('the service is shutting down', 1) });
      }
      for (const job of running) job.timers.forEach(clearTimeout);
      await pool.destroy();
    },
  };
}

function busy(reason: string, retryAfterSeconds: number): HttpProblem {
  const seconds = Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, Math.ceil(retryAfterSeconds)));
  return new HttpProblem({
    kind: 'service-unavailable',
    status: 503,
    detail: `Every worker is busy and ${reason}; retry after the number of seconds in Retry-After.`,
    retryAfterSeconds: seconds,
  });
}

/** The pipeline as the configuration asks for it: on a pool of WORKERS threads, or in-process when WORKERS=0. */
export function extractorFor(config: Pick<Config, 'WORKERS' | 'MAX_QUEUE' | 'WORKER_HEAP_MB' | 'WORKER_GRACE_MS'>): Extractor {
  if (config.WORKERS === 0) return inProcessExtractor();
  return workerPoolExtractor({ workers: config.WORKERS, maxQueue: config.MAX_QUEUE, heapMb: config.WORKER_HEAP_MB, graceMs: config.WORKER_GRACE_MS });
}
