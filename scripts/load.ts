/**
 * Load shedding (npm run load): a real server (`npm start`'s command, on loopback) under 64 and 128 connections, each
 * posting the same 1,000- or 10,000-word article again as soon as it is answered, for LOAD_SECONDS (default 60) per
 * run, with /health/live probed 20 times a second meanwhile. Clients honour Retry-After (bench/closed-loop.ts);
 * LOAD_RETRY=ignore runs clients that re-post a refused article at once instead. Reports, per run: answers by
 * status, the share of 504s, workers replaced, articles extracted per second against the worker pool alone on the
 * same article, and /health/live p99; then each against its target. Exits non-zero when a target is missed.
 */
import { loadavg } from 'node:os';
import { closedLoop, percentile, probe } from '../bench/closed-loop.js';
import { generateArticle } from '../bench/articles.js';
import { poolRate } from '../bench/pool-rate.js';
import { check, checks, fmt, printTargets } from '../bench/checks.js';
import { startServer } from '../bench/server.js';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const WORKERS = Number(process.env.WORKERS ?? 2);
const PORT = Number(process.env.LOAD_PORT ?? 3919);
const base = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = (process.env.LOAD_CONNECTIONS ?? '64,128').split(',').map(Number);
const WORDS = (process.env.LOAD_WORDS ?? '1000,10000').split(',').map(Number);
const HONOUR_RETRY_AFTER = process.env.LOAD_RETRY !== 'ignore';
const PROBE_INTERVAL_MS = 50;

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

async function metric(name: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
}

async function main() {
  const clients = HONOUR_RETRY_AFTER ? 'clients honour Retry-After' : 'clients re-post a refused article at once';
  console.log(`# Load shedding: ${WORKERS} workers, ${SECONDS} s per run, REQUEST_TIMEOUT_MS 10000, ${clients}\n`);
  const articles = new Map(WORDS.map((words) => [words, { text: generateArticle(words, words), publishedAt: '2025-03-04' }]));
  const poolAlone = new Map<number, number>();
  for (const [words, input] of articles) poolAlone.set(words, await poolRate(input, WORKERS, Math.min(SECONDS, 20), 5));
  console.log('| article | pool alone, articles/s |\n|---|---:|');
  for (const [words, rate] of poolAlone) console.log(`| ${words.toLocaleString('en')} words | ${fmt(rate, 2)} |`);

  const server = await startServer(PORT, { WORKERS: String(WORKERS) });
  console.log('\n| connections | article | 200 | 503 | 504 | other | 504 share | workers replaced | extracted/s | / pool alone | /health/live p99 ms | load average (1, 5, 15 min) |');
  console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  try {
    for (const connections of CONNECTIONS) {
      for (const [words, input] of articles) {
        const replacedBefore = await metric('news_claims_pool_replaced_workers');
        const body = JSON.stringify(input);
        const [result, health] = await Promise.all([
          closedLoop({ url: `${base}/v1/extract`, body, connections, seconds: SECONDS, honourRetryAfter: HONOUR_RETRY_AFTER }),
          probe(`${base}/health/live`, SECONDS, PROBE_INTERVAL_MS),
        ]);
        const replaced = (await metric('news_claims_pool_replaced_workers')) - replacedBefore;
        const byStatus = (code: number) => result.statuses.get(code) ?? 0;
        const ok = byStatus(200);
        const shed = byStatus(503);
        const late = byStatus(504);
        const answered = [...result.statuses.values()].reduce((sum, count) => sum + count, 0);
        const other = answered - ok - shed - late + result.failures;
        const healthP99 = Math.round(percentile(health, 99));
        const share = late / Math.max(1, answered);
        const rate = ok / SECONDS;
        const ratio = rate / poolAlone.get(words)!;
        const label = `${connections} x ${words.toLocaleString('en')} words`;
        console.log(
          `| ${connections} | ${words.toLocaleString('en')} words | ${ok} | ${shed} | ${late} | ${other} | ${fmt(share * 100, 2)}% | ${replaced} | ${fmt(rate, 2)} | ${fmt(ratio, 2)} | ${healthP99} | ${load()} |`,
        );
        check(`${label}: 504s`, `${fmt(share * 100, 2)}%`, '<= 1%', share <= 0.01);
        check(`${label}: workers replaced`, String(replaced), '= 0', replaced === 0);
        check(`${label}: extracted/s vs pool alone`, fmt(ratio, 2), '>= 0.90', ratio >= 0.9);
        check(`${label}: /health/live p99`, `${healthP99} ms`, '<= 50 ms', healthP99 <= 50);
        check(`${label}: failed requests (errors, timeouts, other statuses)`, String(other), '= 0', other === 0);
      }
    }
  } finally {
    server.kill('SIGTERM');
  }
  printTargets();
  process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
}

await main();
