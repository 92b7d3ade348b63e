import t from 'tap';
import { postJson, testApp } from '../../helpers.js';

t.test('GET /metrics: Prometheus text with request durations by route and status, pool gauges and event-loop lag', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  await postJson(app, { text: 'Acme Corp raised $5 million.' });
  await postJson(app, { text: '' });
  const response = await app.inject({ method: 'GET', url: '/metrics' });
  t.equal(response.statusCode, 200);
  t.match(response.headers['content-type'], /^text\/plain/);
  const body = response.body;
  t.match(body, /http_request_duration_seconds_bucket\{[^}]*method="POST"[^}]*route="\/v1\/extract"[^}]*status_code="200"/);
  t.match(body, /http_request_duration_seconds_count\{[^}]*route="\/v1\/extract"[^}]*status_code="400"[^}]*\} 1/);
  t.match(body, /^news_claims_pool_workers 0$/m, 'the pipeline on the event loop (the pool\'s own figures: pool-routes.test.ts)');
  t.match(body, /^news_claims_pool_queue_depth 0$/m);
  t.match(body, /^news_claims_pool_utilization_ratio [\d.e-]+$/m);
  t.match(body, /^news_claims_pool_replaced_workers 0$/m);
  t.match(body, /^nodejs_eventloop_lag_seconds [\d.e-]+$/m);
});
