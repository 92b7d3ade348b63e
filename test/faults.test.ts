import t from 'tap';
import { CRASH_MARKER as CRASH, HANG_MARKER as HANG, HOARD_MARKER as HOARD } from '../src/pipeline-worker.js';
import { postJson, servesAgain, testApp } from './helpers.js';

// Read by each worker when it starts: set before any pool exists.
process.env.NEWS_CLAIMS_FAULT_INJECTION = '1';

t.test('a worker that crashes: that request gets a 500 problem, the pool replaces the worker, the service serves on', async (t) => {
  const app = await testApp({ WORKERS: '1' });
  t.teardown(() => app.close());
  const crashed = await postJson(app, { text: CRASH });
  t.equal(crashed.statusCode, 500);
  t.match(crashed.headers['content-type'], /^application\/problem\+json/);
  t.equal(crashed.json().type, 'urn:news-claims:problem:internal-error');
  t.notMatch(crashed.body, /exit|worker|stack/i, 'no internals in the answer');
  t.equal(await servesAgain(app), 200, 'a replacement worker serves the next request');
});

t.test('a worker that hangs: a 504 at the deadline, the pool replaces it once the grace period is over, other requests are served', async (t) => {
  const app = await testApp({ WORKERS: '2', REQUEST_TIMEOUT_MS: '1000', WORKER_GRACE_MS: '300' });
  t.teardown(() => app.close());
  const hung = postJson(app, { text: HANG });
  const meanwhile = await postJson(app, { text: 'Initech fell 2%.' });
  t.equal(meanwhile.statusCode, 200, 'the other worker serves meanwhile');
  const answer = await hung;
  t.equal(answer.statusCode, 504);
  t.equal(answer.json().type, 'urn:news-claims:problem:deadline-exceeded');
  t.equal(await servesAgain(app), 200, 'and the pool is whole again');
});

t.test('a worker that exhausts its heap (WORKER_HEAP_MB): that request gets a 500 problem, the process and the pool serve on', async (t) => {
  // 128 MiB, not the minimum of 64: under tap's TypeScript loader a worker needs more than 64 MiB just to load and warm
  // (compiled, it needs less), and a worker that cannot warm never makes the service ready.
  const app = await testApp({ WORKERS: '1', WORKER_HEAP_MB: '128' });
  t.teardown(() => app.close());
  const exhausted = await postJson(app, { text: HOARD });
  t.equal(exhausted.statusCode, 500);
  t.equal(exhausted.json().type, 'urn:news-claims:problem:internal-error');
  t.notMatch(exhausted.body, /memory|worker|stack/i, 'no internals in the answer');
  t.equal(await servesAgain(app), 200, 'a replacement worker serves the next request');
});
