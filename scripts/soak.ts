/**
 * Soak (npm run soak): saturates a real server with a mix of normal and hostile requests for SOAK_SECONDS
 * (default 300), then sends SIGTERM under load. Reports requests by kind and status, unexpected answers,
 * p50/p99 latency, the RSS trend, and what happened to requests in flight at SIGTERM. Loopback only.
 */
import type { ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { availableParallelism } from 'node:os';
import { generateArticle } from '../bench/articles.js';
import { rssOf, startServer } from '../bench/server.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 24);
const PORT = Number(process.env.SOAK_PORT ?? 3918);
const base = `http://127.0.0.1:${PORT}`;

interface Kind {
  name: string;
  /** Statuses this request may get: its documented answer, or 503 when the queue is full. */
  expected: number[];
  send: () => Promise<Response>;
}

const json = (path: string, body: string, type = 'application/json') => () => fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': type }, body });
const articles = [150, 400, 1200].map((words, i) => generateArticle(words, i + 11));
const kinds: Kind[] = [
  ...articles.map((text, i) => ({ name: `article ${[150, 400, 1200][i]} words`, expected: [200, 503], send: json('/v1/extract', JSON.stringify({ text, publishedAt: '2025-03-04' })) })),
  { name: 'batch of 5', expected: [200, 503], send: json('/v1/extract/batch', JSON.stringify({ documents: articles.concat(articles).slice(0, 5).map((text) => ({ text })) })) },
  { name: 'stream of 5 with a bad line', expected: [200], send: json('/v1/extract/stream', `${articles.map((text) => JSON.stringify({ text })).join('\n')}\n{oops\n{"text":"Acme rose 5%."}\n`, 'application/x-ndjson') },
  { name: 'malformed JSON', expected: [400], send: json('/v1/extract', '{"text": "Acme') },
  { name: '__proto__ key', expected: [400], send: json('/v1/extract', '{"text":"a","__proto__":{"x":1}}') },
  { name: '10,000-deep nesting', expected: [400], send: json('/v1/extract', `{"text":"a","title":${'['.repeat(10_000)}${']'.repeat(10_000)}}`) },
  { name: 'text over the limit', expected: [413], send: json('/v1/extract', JSON.stringify({ text: 'word '.repeat(41_000) })) },
  { name: 'body over the byte limit', expected: [413], send: json('/v1/extract', JSON.stringify({ text: 'x'.repeat(2_200_000) })) },
  { name: 'unsupported content type', expected: [415], send: json('/v1/extract', '<a/>', 'application/xml') },
  { name: 'invalid UTF-8 text/plain', expected: [400], send: () => fetch(`${base}/v1/extract`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: Buffer.from([0x41, 0xff, 0xfe]) }) },
  { name: '10,000 quote marks', expected: [200, 503], send: json('/v1/extract', JSON.stringify({ text: '"\u201c \'a\u201d '.repeat(2500) })) },
  { name: '20,000 numbers', expected: [200, 503], send: json('/v1/extract', JSON.stringify({ text: Array.from({ length: 20_000 }, (_, i) => `$${i}m`).join(' ') })) },
  { name: '"more than" x 5,000', expected: [200, 503], send: json('/v1/extract', JSON.stringify({ text: 'more than '.repeat(5000) + '$5bn' })) },
  { name: '150,000 chars without spaces', expected: [200, 503], send: json('/v1/extract', JSON.stringify({ text: 'x'.repeat(150_000) })) },
  { name: '"J. " x 25,000 (abbreviations)', expected: [200, 503], send: json('/v1/extract', JSON.stringify({ text: 'J. '.repeat(25_000) })) },
  { name: '100,000 lone surrogates', expected: [200, 503], send: json('/v1/extract', JSON.stringify({ text: '\ud800'.repeat(100_000) })) },
  { name: 'batch with __proto__ in one document', expected: [200, 503], send: json('/v1/extract/batch', '{"documents":[{"text":"Acme rose 5%."},{"text":"a","__proto__":{"x":1}}]}') },
  { name: 'gzip-encoded body', expected: [415], send: () => fetch(`${base}/v1/extract`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: '{"text":"Acme rose 5%."}' }) },
  { name: 'Latin-1 JSON', expected: [415], send: json('/v1/extract', '{"text":"Ren\u00e9e"}', 'application/json; charset=iso-8859-1') },
  { name: 'unknown route', expected: [404], send: () => fetch(`${base}/v2/extract`) },
  { name: 'wrong method', expected: [405], send: () => fetch(`${base}/v1/extract`) },
  { name: 'health', expected: [200], send: () => fetch(`${base}/health/live`) },
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function saturate(server: ChildProcess) {
  const counts = new Map<string, Map<number, number>>();
  const unexpected: string[] = [];
  const latencies: number[] = [];
  const rss: { t: number; bytes: number }[] = [];
  const until = performance.now() + SECONDS * 1000;
  const sampler = setInterval(() => rss.push({ t: performance.now(), bytes: rssOf(server.pid!) }), 2000);
  let next = 0;
  const loop = async () => {
    while (performance.now() < until) {
      const kind = kinds[next++ % kinds.length]!;
      const started = performance.now();
      let status: number;
      try {
        const response = await kind.send();
        await response.arrayBuffer();
        status = response.status;
      } catch (error) {
        status = -1;
        unexpected.push(`${kind.name}: ${(error as Error).message}`);
      }
      latencies.push(performance.now() - started);
      const byStatus = counts.get(kind.name) ?? new Map<number, number>();
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      counts.set(kind.name, byStatus);
      if (status >= 0 && !kind.expected.includes(status)) unexpected.push(`${kind.name}: HTTP ${status}`);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, loop));
  clearInterval(sampler);
  return { counts, unexpected, latencies: latencies.sort((a, b) => a - b), rss };
}

/** Least-squares slope of RSS over time, in MiB per minute, over the second half of the run (after warm-up). */
function rssTrend(samples: { t: number; bytes: number }[]): number {
  const half = samples.slice(Math.floor(samples.length / 2));
  const n = half.length;
  if (n < 2) return 0;
  const mx = half.reduce((s, p) => s + p.t, 0) / n;
  const my = half.reduce((s, p) => s + p.bytes, 0) / n;
  const slope = half.reduce((s, p) => s + (p.t - mx) * (p.bytes - my), 0) / half.reduce((s, p) => s + (p.t - mx) ** 2, 0);
  return (slope * 60_000) / 1048576;
}

async function sigtermUnderLoad(server: ChildProcess) {
  const body = JSON.stringify({ text: articles[2] });
  const inFlight = Array.from({ length: 16 }, () =>
    fetch(`${base}/v1/extract`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(
      async (r) => ({ status: r.status, complete: (await r.text()).endsWith('}') }),
      (error: Error) => ({ status: -1, complete: false, error: error.message }),
    ),
  );
  await new Promise((resolve) => setTimeout(resolve, 150));
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  server.kill('SIGTERM');
  const results = await Promise.all(inFlight);
  const code = await exited;
  const refused = await new Promise<boolean>((resolve) => {
    const socket = connect(PORT, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(true));
  });
  return { results, code, refused };
}

async function main() {
  console.log(`# Soak: ${SECONDS} s, ${CONNECTIONS} connections, ${kinds.length} kinds of request, ${availableParallelism()} workers\n`);
  const server = await startServer(PORT, { WORKERS: String(availableParallelism()) });
  const { counts, unexpected, latencies, rss } = await saturate(server);
  const total = latencies.length;
  const fiveHundreds = [...counts.values()].reduce((sum, byStatus) => sum + [...byStatus].filter(([s]) => s >= 500 && s !== 503).reduce((a, [, n]) => a + n, 0), 0);
  const backpressure = [...counts.values()].reduce((sum, byStatus) => sum + (byStatus.get(503) ?? 0), 0);
  console.log('| request | answers |\n|---|---|');
  for (const [name, byStatus] of counts) console.log(`| ${name} | ${[...byStatus].sort().map(([s, n]) => `${n} x ${s}`).join(', ')} |`);
  const mib = (b: number) => (b / 1048576).toFixed(0);
  console.log(`\n${total} requests (${(total / SECONDS).toFixed(1)}/s); 5xx other than 503: ${fiveHundreds}; 503 backpressure: ${backpressure}; unexpected answers: ${unexpected.length}`);
  console.log(`latency p50 ${percentile(latencies, 0.5).toFixed(0)} ms, p99 ${percentile(latencies, 0.99).toFixed(0)} ms, max ${latencies[total - 1]?.toFixed(0)} ms`);
  console.log(`RSS: start ${mib(rss[0]?.bytes ?? 0)} MiB, end ${mib(rss[rss.length - 1]?.bytes ?? 0)} MiB, max ${mib(Math.max(...rss.map((s) => s.bytes)))} MiB; trend over the second half ${rssTrend(rss).toFixed(2)} MiB/min`);
  for (const line of unexpected.slice(0, 20)) console.log(`  unexpected: ${line}`);

  const { results, code, refused } = await sigtermUnderLoad(server);
  const completed = results.filter((r) => r.status === 200 && r.complete).length;
  console.log(`\nSIGTERM under load: ${completed}/${results.length} in-flight requests completed with a full 200 response; exit code ${code}; new connections ${refused ? 'refused' : 'ACCEPTED'}`);
  const lost = results.length - completed;
  console.log(`requests lost: ${lost + unexpected.filter((u) => /fetch failed|ECONN|socket/i.test(u)).length}`);
  process.exitCode = fiveHundreds === 0 && unexpected.length === 0 && lost === 0 && code === 0 && refused ? 0 : 1;
}

await main();
