/**
 * The compiled worker pool with no HTTP in front, kept busy for a while: articles per second, the ceiling the HTTP
 * figures are compared with (bench and load script).
 */
import { defaultConfig } from '../src/config.js';
import type { DocumentInput } from '../src/extraction.js';
import type { workerPoolExtractor as PoolFactory } from '../src/pool.js';
import { buildOnce } from './server.js';

/** Articles per second of `workers` compiled workers on `input`, over `seconds` after `warmSeconds` of warm-up. */
export async function poolRate(input: DocumentInput, workers: number, seconds: number, warmSeconds: number): Promise<number> {
  buildOnce();
  const poolModule = new URL('../dist/src/pool.js', import.meta.url).href;
  const { workerPoolExtractor } = (await import(poolModule)) as { workerPoolExtractor: typeof PoolFactory };
  const pool = workerPoolExtractor({ workers, maxQueue: defaultConfig.MAX_QUEUE, heapMb: defaultConfig.WORKER_HEAP_MB });
  await pool.warm();
  const busyFor = async (forSeconds: number) => {
    let done = 0;
    const started = performance.now();
    const until = started + forSeconds * 1000;
    const keepBusy = async () => {
      while (performance.now() < until) {
        await pool.extract(input);
        done++;
      }
    };
    await Promise.all(Array.from({ length: workers * 2 }, keepBusy));
    return done / ((performance.now() - started) / 1000);
  };
  await busyFor(warmSeconds); // the JIT needs some dozens of articles per worker before it settles
  const rate = await busyFor(seconds);
  await pool.close();
  return rate;
}
