import t from 'tap';
import type { HttpProblem } from '../src/errors.js';
import { workerPoolExtractor } from '../src/pool.js';
import { shapeFactor } from '../src/work-estimate.js';

/** An article long enough to keep a worker busy for a while (about 108,000 characters: estimated at about 1 s). */
const longText = 'Acme Corp said on Monday it would spend $5 billion on data centres, up 20% from last year. '.repeat(1200);

t.test('admission by work: an article that would not finish before its deadline behind the queued work gets 503 at once', async (t) => {
  const pool = workerPoolExtractor({ workers: 1, maxQueue: 64, heapMb: 256 });
  t.teardown(() => pool.close());
  await pool.warm();
  const expiresAt = Date.now() + 1500;
  // About 108,000 characters: estimated at about 1 s on an idle machine. The first starts at once; the second would
  // have to wait for it, and could not finish by the deadline.
  const first = pool.extract({ text: longText }, { expiresAt });
  let firstSettled = false;
  void first.catch(() => undefined).finally(() => (firstSettled = true));
  const second = pool.extract({ text: longText }, { expiresAt });
  const refused = (await second.catch((error: unknown) => error)) as HttpProblem;
  t.match(refused.init, { status: 503, kind: 'service-unavailable' });
  t.notOk(firstSettled, 'refused at once, while the article ahead still runs, not after waiting for it');
  const refusal = pool.refusal(longText.length, expiresAt);
  t.ok(refusal && refusal.init.retryAfterSeconds! >= 1, 'with a Retry-After');
  t.equal(pool.refusal(20, Date.now() + 60_000), null, 'a short article with time to spare is admitted');
  t.ok((await first.catch((error: Error) => error)) !== undefined);
  t.equal(pool.stats().shed, 1);
  t.equal(pool.stats().replacedWorkers, 0);
});

t.test('a running job past its deadline is given up by its worker at the next stage, and the worker is kept', async (t) => {
  const pool = workerPoolExtractor({ workers: 1, maxQueue: 4, heapMb: 256, graceMs: 120_000 });
  t.teardown(() => pool.close());
  await pool.warm();
  await t.rejects(pool.extract({ text: longText }, { expiresAt: Date.now() + 30 }), { name: 'DeadlineExceeded' });
  t.ok((await pool.extract({ text: 'Acme rose 5%.' })).percentages.length > 0, 'the same worker serves the next job');
  t.equal(pool.stats().expired, 1, 'the article was given up at a deadline check');
  t.equal(pool.stats().replacedWorkers, 0, 'no worker was terminated');
});

t.test("an article's shape scales its estimate: long tokens cost a fraction of prose", async (t) => {
  t.equal(shapeFactor(longText), 1, 'prose');
  t.equal(shapeFactor('x'.repeat(10_000)), 0.25, 'one long run: the floor');
  t.equal(shapeFactor('\ud800'.repeat(10_000)), 0.25, 'lone surrogates');
  t.equal(shapeFactor('J. '.repeat(1000)), 1, 'abbreviations cost as prose or more');
});
