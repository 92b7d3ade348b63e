/**
 * One measurement for the bench's adversarial section, in a fresh process run with --trace-gc (so the parent reads the
 * heap's size at each collection from V8's trace): warms the pipeline, then extracts one shape at one size three times
 * or more and prints the least CPU time (other work on the machine only ever adds to it) and the heap in use at the end.
 * It runs the compiled pipeline (dist/, built by the parent), as the service's workers do: under tsx the loader's own
 * heap (about 14 MiB of compiled sources and source maps) would count against the 200 MiB the text is allowed.
 */
import type { extract as Extract } from '../src/extraction.js';
import { ADVERSARIAL, PROSE } from './adversarial.js';

const { extract } = (await import(new URL('../dist/src/extraction.js', import.meta.url).href)) as { extract: typeof Extract };

/** At least this many runs, and more (up to MAX_RUNS) until they add up to MIN_TOTAL_MS: a shape that costs 10 ms moves by a third from run to run. */
const RUNS = 3;
const MAX_RUNS = 20;
const MIN_TOTAL_MS = 1000;
const [name, size] = [process.argv[2]!, Number(process.argv[3])];
const shape = [PROSE, ...ADVERSARIAL].find((s) => s.name === name);
if (!shape) throw new Error(`no shape named ${name}`);
const text = shape.make(size);
for (let i = 0; i < 3; i++) extract({ text: PROSE.make(5000) });
console.log('BEGIN');
let cpuMs = Number.POSITIVE_INFINITY;
let totalMs = 0;
for (let run = 0; run < RUNS || (run < MAX_RUNS && totalMs < MIN_TOTAL_MS); run++) {
  const before = process.cpuUsage();
  extract({ text });
  const used = process.cpuUsage(before);
  const ms = (used.user + used.system) / 1000;
  cpuMs = Math.min(cpuMs, ms);
  totalMs += ms;
}
console.log(`END ${JSON.stringify({ cpuMs, endMb: process.memoryUsage().heapUsed / 1048576 })}`);
