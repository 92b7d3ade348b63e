import t from 'tap';
import { workerPoolExtractor } from '../src/pool.js';
import { parseExtraction, postJson, servesAgain, testApp } from './helpers.js';

/** An article long enough to keep a worker busy for a while (hundreds of ms). */
const longText = 'Acme Corp said on Monday it would spend $5 billion on data centres, up 20% from last year. '.repeat(1200);

t.test('extraction runs on the worker pool and gives the same result as in-process', async (t) => {
  const pooled = await testApp({ WORKERS: '2' });
  const local = await testApp({ WORKERS: '0' });
  t.teardown(async () => {
    await pooled.close();
    await local.close();
  });
  const body = { text: 'Meta will spend more than $60 billion in 2025, Mark Zuckerberg said on Wednesday.', publishedAt: '2025-01-29' };
  const fromPool = parseExtraction(await postJson(pooled, body));
  const fromLoop = parseExtraction(await postJson(local, body));
  t.same({ ...fromPool, meta: { ...fromPool.meta, tookMs: 0 } }, { ...fromLoop, meta: { ...fromLoop.meta, tookMs: 0 } });
  t.equal((await pooled.inject({ method: 'GET', url: '/health/ready' })).statusCode, 200, 'ready once every worker is warm');
});

t.test('the event loop stays free: health answers while every worker is busy', async (t) => {
  const app = await testApp({ WORKERS: '1' });
  t.teardown(() => app.close());
  const long = postJson(app, { text: longText });
  let healthAnswers = 0;
  let longDone = false;
  void long.then(() => (longDone = true));
  while (!longDone) {
    const health = await app.inject({ method: 'GET', url: '/health/live' });
    if (health.statusCode === 200 && !longDone) healthAnswers++;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  t.equal((await long).statusCode, 200);
  t.ok(healthAnswers >= 3, `health answered ${healthAnswers} times during one extraction`);
});

t.test('backpressure: beyond the queue, 503 problem+json with Retry-After, at once', async (t) => {
  // A deadline long enough for every article here on a busy machine: what is tested is the count limit.
  const app = await testApp({ WORKERS: '1', MAX_QUEUE: '1', REQUEST_TIMEOUT_MS: '120000' });
  t.teardown(() => app.close());
  const responses = await Promise.all(Array.from({ length: 5 }, () => postJson(app, { text: longText })));
  const statuses = responses.map((r) => r.statusCode).sort();
  t.same(statuses, [200, 200, 503, 503, 503], 'one running, one queued, the rest turned away');
  const rejected = responses.find((r) => r.statusCode === 503)!;
  t.equal(rejected.headers['retry-after'], '1');
  t.match(rejected.headers['content-type'], /^application\/problem\+json/);
  t.equal(rejected.json().type, 'urn:news-claims:problem:service-unavailable');
  t.equal((await postJson(app, { text: 'Acme rose 5%.' })).statusCode, 200, 'and the next request is served');
});

t.test('deadline: work past REQUEST_TIMEOUT_MS is answered with a 504 problem at the deadline, and its worker is kept', async (t) => {
  // A grace period longer than any parse here, however busy the machine: what is tested is the cooperative stop.
  const app = await testApp({ WORKERS: '1', REQUEST_TIMEOUT_MS: '100', WORKER_GRACE_MS: '120000' });
  t.teardown(() => app.close());
  const started = performance.now();
  const response = await postJson(app, { text: longText });
  t.equal(response.statusCode, 504);
  t.equal(response.json().type, 'urn:news-claims:problem:deadline-exceeded');
  t.ok(performance.now() - started < 1000, 'answered at the deadline, not when the worker gives up');
  // The worker gives the article up at the pipeline's next deadline check and serves the next request.
  t.equal(await servesAgain(app), 200);
  const metrics = (await app.inject({ method: 'GET', url: '/metrics' })).body;
  t.match(metrics, /^news_claims_pool_replaced_workers 0$/m, 'no worker was terminated');
  // At least the long article; on a busy machine a short one with the same 100 ms deadline may be given up too.
  t.match(metrics, /^news_claims_pool_expired_articles [1-9]\d*$/m, 'the article was given up cooperatively');
});

t.test('a job whose client is gone is dropped from the queue', async (t) => {
  const pool = workerPoolExtractor({ workers: 1, maxQueue: 4, heapMb: 256 });
  t.teardown(() => pool.close());
  await pool.warm();
  const running = pool.extract({ text: longText });
  const controller = new AbortController();
  const queued = pool.extract({ text: 'Acme rose 5%.' }, { cancel: controller.signal });
  t.equal(pool.stats().queued, 1, 'the second job waits in the queue');
  controller.abort(new Error('client disconnected'));
  await t.rejects(queued, { message: 'client disconnected' }, 'the dropped job rejects with the reason');
  t.equal(pool.stats().queued, 0, 'and is gone from the queue');
  t.ok((await running).money.length > 0, 'the running job is unaffected');
});

t.test('a running job whose client is gone finishes on its worker, which is kept', async (t) => {
  const pool = workerPoolExtractor({ workers: 1, maxQueue: 4, heapMb: 256 });
  t.teardown(() => pool.close());
  await pool.warm();
  const controller = new AbortController();
  const abandoned = pool.extract({ text: longText }, { cancel: controller.signal });
  const next = pool.extract({ text: 'Acme rose 5%.' });
  await new Promise((resolve) => setTimeout(resolve, 20));
  controller.abort(new Error('client disconnected'));
  await t.rejects(abandoned, { message: 'client disconnected' }, 'its caller is answered at once');
  t.equal(pool.stats().queued, 1, 'the next job still waits for the same worker');
  t.ok((await next).percentages.length > 0, 'which serves it after finishing the abandoned article');
  t.equal(pool.stats().replacedWorkers, 0, 'no worker was terminated');
});
