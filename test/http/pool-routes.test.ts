// The HTTP routes over a real worker pool, sharing one pool: starting workers under tap's TypeScript loader costs
// seconds of CPU each, so `npm run test:quick` leaves this file out, with the other tests that start pools.
import t from 'tap';
import { batchResponseSchema } from '../../schemas/batch.js';
import { parseLines, postJson, testApp } from '../helpers.js';

const app = await testApp({ WORKERS: '2' });
t.teardown(() => app.close());

t.test('a long stream through the worker pool keeps order', async (t) => {
  const count = 40;
  const payload = Array.from({ length: count }, (_, i) => JSON.stringify({ id: `n${i}`, text: `Acme Corp raised $${i + 1} million.` })).join('\n');
  const response = await app.inject({ method: 'POST', url: '/v1/extract/stream', headers: { 'content-type': 'application/x-ndjson' }, payload });
  const lines = parseLines(response.body);
  t.equal(lines.length, count);
  t.same(lines.map((l) => l.id), Array.from({ length: count }, (_, i) => `n${i}`));
  t.ok(lines.every((l, i) => l.ok && l.result.money[0]?.amount === (i + 1) * 1_000_000));
});

t.test('a batch runs on the worker pool with the same results', async (t) => {
  const documents = Array.from({ length: 6 }, (_, i) => ({ id: `d${i}`, text: `Acme Corp raised $${i + 1} million on Monday.` }));
  const { results } = batchResponseSchema.parse((await postJson(app, { documents }, '/v1/extract/batch')).json());
  t.same(results.map((r) => (r.ok ? r.result.money[0]?.amount : null)), [1, 2, 3, 4, 5, 6].map((n) => n * 1_000_000), 'in input order');
});

t.test('GET /metrics reports the pool: its workers, an empty queue, none replaced', async (t) => {
  await postJson(app, { text: 'Acme Corp raised $5 million.' });
  const body = (await app.inject({ method: 'GET', url: '/metrics' })).body;
  t.match(body, /^news_claims_pool_workers 2$/m);
  t.match(body, /^news_claims_pool_queue_depth 0$/m);
  t.match(body, /^news_claims_pool_utilization_ratio [\d.e-]+$/m);
  t.match(body, /^news_claims_pool_replaced_workers 0$/m);
});
