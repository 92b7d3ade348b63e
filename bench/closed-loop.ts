/**
 * Closed-loop HTTP clients for the load script: each of `connections` clients posts the same body again as soon as it
 * has its answer. A client that honours Retry-After waits the seconds a 503 asks for (times a jitter in [0.5, 1.5),
 * so refused clients do not come back in lockstep) before posting again, as HTTP clients and cloud SDKs do; one that
 * does not re-posts at once, which is what a load generator such as autocannon does.
 *
 * Also a liveness probe at a fixed rate (an orchestrator probes every few seconds; a probe in a tight loop would take
 * a share of the two cores from the service it measures).
 */
import { Agent, request } from 'node:http';
import { seededRandom } from '../src/nlp/seeded-random.js';

export interface LoopResult {
  /** Answers by status code. */
  statuses: Map<number, number>;
  /** Requests that got no answer (connection errors, client timeouts). */
  failures: number;
}

interface Answer {
  status: number;
  retryAfterSeconds: number;
}

const CLIENT_TIMEOUT_MS = 30_000;

/** One request on `agent`: a POST of `body` when given, else a GET; resolves once the answer has been read to its end. */
function send(agent: Agent, url: URL | string, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
    const outgoing = request(url, { agent, method: body === undefined ? 'GET' : 'POST', headers, timeout: CLIENT_TIMEOUT_MS }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, retryAfterSeconds: Number(response.headers['retry-after'] ?? 1) }));
      response.on('error', reject);
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error('client timeout')));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function closedLoop(options: { url: string; body: string; connections: number; seconds: number; honourRetryAfter: boolean; seed?: number }): Promise<LoopResult> {
  const url = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const jitter = seededRandom(options.seed ?? 1);
  const endsAt = Date.now() + options.seconds * 1000;
  const result: LoopResult = { statuses: new Map(), failures: 0 };
  const client = async () => {
    while (Date.now() < endsAt) {
      try {
        const answer = await send(agent, url, options.body);
        result.statuses.set(answer.status, (result.statuses.get(answer.status) ?? 0) + 1);
        if (answer.status === 503 && options.honourRetryAfter) {
          await sleep(Math.min(answer.retryAfterSeconds * 1000 * (0.5 + jitter()), Math.max(0, endsAt - Date.now())));
        }
      } catch {
        result.failures++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, client));
  agent.destroy();
  return result;
}

/** GETs `url` every `intervalMs` until `seconds` have passed; returns the latencies in ms, sorted. */
export async function probe(url: string, seconds: number, intervalMs: number): Promise<number[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const latencies: number[] = [];
  const endsAt = Date.now() + seconds * 1000;
  while (Date.now() < endsAt) {
    const started = performance.now();
    await send(agent, url).catch(() => undefined);
    const took = performance.now() - started;
    latencies.push(took);
    await sleep(Math.max(0, intervalMs - took));
  }
  agent.destroy();
  return latencies.sort((a, b) => a - b);
}

/** The p-th percentile (0..100) of sorted values. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}
