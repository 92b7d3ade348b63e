import t from 'tap';
import { batchResponseSchema } from '../../../schemas/batch.js';
import { postJson, testApp } from '../../helpers.js';

const BATCH = '/v1/extract/batch';

t.test('a batch gives one result per document, in order; bad documents fail alone', async (t) => {
  const app = await testApp({ MAX_TEXT_CHARS: '500' });
  t.teardown(() => app.close());
  const documents = [
    { id: 'first', text: 'Acme Corp raised $12 million on Monday.' },
    { text: '   ' },
    { id: 'third', text: 'Shares of Initech fell 7% on Tuesday.', publishedAt: 'yesterday' },
    { text: 'x '.repeat(400) },
    'not an object',
    { text: 'Globex said revenue rose 3.5% to \u00a32bn.', extra: true },
    { text: 'Globex said revenue rose 3.5% to \u00a32bn.' },
  ];
  const response = await postJson(app, { documents }, BATCH);
  t.equal(response.statusCode, 200);
  const { results } = batchResponseSchema.parse(response.json());
  t.same(results.map((r) => [r.id, r.ok]), [
    ['first', true],
    ['2', false],
    ['third', false],
    ['4', false],
    ['5', false],
    ['6', false],
    ['7', true],
  ]);
  const byId = Object.fromEntries(results.map((r) => [r.id, r]));
  const first = byId.first!;
  t.ok(first.ok && first.result.money[0]?.amount === 12_000_000, 'the first document is extracted');
  const problemOf = (id: string) => (byId[id]!.ok ? null : byId[id]!.error);
  t.equal(problemOf('2')?.type, 'urn:news-claims:problem:empty-text');
  t.same(problemOf('third')?.errors?.map((e) => e.path), ['/publishedAt']);
  t.equal(problemOf('4')?.status, 413);
  t.match(problemOf('4')?.detail, /limit is 500/);
  t.equal(problemOf('5')?.status, 400);
  t.same(problemOf('6')?.errors?.map((e) => e.path), ['/extra']);
  const last = byId['7']!;
  t.ok(last.ok && last.result.percentages[0]?.value === 3.5, 'the last document is extracted');
});

t.test('the envelope itself must be valid, and no larger than MAX_BATCH', async (t) => {
  const app = await testApp({ MAX_BATCH: '3' });
  t.teardown(() => app.close());
  const missing = await postJson(app, { docs: [] }, BATCH);
  t.equal(missing.statusCode, 400);
  t.same(missing.json().errors.map((e: { path: string }) => e.path).sort(), ['/docs', '/documents']);
  const empty = await postJson(app, { documents: [] }, BATCH);
  t.equal(empty.statusCode, 400);
  const tooMany = await postJson(app, { documents: Array.from({ length: 4 }, () => ({ text: 'Acme rose 5%.' })) }, BATCH);
  t.equal(tooMany.statusCode, 413);
  t.equal(tooMany.json().type, 'urn:news-claims:problem:batch-too-large');
  t.match(tooMany.json().detail, /4 items; the limit is 3/);
  t.equal((await postJson(app, { documents: [{ text: 'Acme rose 5%.' }] }, BATCH)).statusCode, 200, 'the next request is served');
});

t.test('a batch is JSON only: text/plain and other types are a 415 naming application/json', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  for (const type of ['text/plain', 'text/plain; charset=utf-8', 'application/x-ndjson', 'application/json; charset=utf-16']) {
    const response = await app.inject({ method: 'POST', url: BATCH, headers: { 'content-type': type }, payload: 'Acme Corp raised $5 million.' });
    t.equal(response.statusCode, 415, `${type}: 415`);
    t.equal(response.json().type, 'urn:news-claims:problem:unsupported-media-type');
    t.match(response.json().detail, /application\/json|UTF-8/, `${type}: names what to send`);
  }
  t.equal((await postJson(app, { documents: [{ text: 'Acme rose 5%.' }] }, BATCH)).statusCode, 200, 'JSON is served');
});
