/**
 * Load shedding (npm run load): a real server (`npm start`'s command, on loopback) under 64 and 128 connections, each
 * posting the same 1,000- or 10,000-word article again as soon as it is answered, for LOAD_SECONDS (default 60) per
 * run, with /health/live probed meanwhile. Reports, per run: answers by status, the share of 504s, workers replaced,
 * articles extracted per second against the worker pool alone on the same article, and /health/live p99; then each
 * against its target. Exits non-zero when a target is missed.
 */
import autocannon from 'autocannon';
import { loadavg } from 'node:os';
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

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

async function metric(name: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
}

async function main() {
  console.log(`# Load shedding: ${WORKERS} workers, ${SECONDS} s per run, REQUEST_TIMEOUT_MS 10000\n`);
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
          autocannon({
            url: `${base}/v1/extract`,
            connections,
            duration: SECONDS,
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
            timeout: 30,
          }),
          autocannon({ url: `${base}/health/live`, connections: 1, duration: SECONDS }),
        ]);
        const replaced = (await metric('news_claims_pool_replaced_workers')) - replacedBefore;
        const byStatus = (code: number) => result.statusCodeStats?.[`${code}`]?.count ?? 0;
        const ok = byStatus(200);
        const shed = byStatus(503);
        const late = byStatus(504);
        const answered = Object.values(result.statusCodeStats ?? {}).reduce((sum, s) => sum + (s.count ?? 0), 0);
        const other = answered - ok - shed - late + result.errors + result.timeouts;
        const share = late / Math.max(1, answered);
        const rate = ok / SECONDS;
        const ratio = rate / poolAlone.get(words)!;
        const label = `${connections} x ${words.toLocaleString('en')} words`;
        console.log(
          `| ${connections} | ${words.toLocaleString('en')} words | ${ok} | ${shed} | ${late} | ${other} | ${fmt(share * 100, 2)}% | ${replaced} | ${fmt(rate, 2)} | ${fmt(ratio, 2)} | ${health.latency.p99} | ${load()} |`,
        );
        check(`${label}: 504s`, `${fmt(share * 100, 2)}%`, '<= 1%', share <= 0.01);
        check(`${label}: workers replaced`, String(replaced), '= 0', replaced === 0);
        check(`${label}: extracted/s vs pool alone`, fmt(ratio, 2), '>= 0.90', ratio >= 0.9);
        check(`${label}: /health/live p99`, `${health.latency.p99} ms`, '<= 50 ms', health.latency.p99 <= 50);
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
