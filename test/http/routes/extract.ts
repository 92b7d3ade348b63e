import t from 'tap';
import { idleStats } from '../../../src/extractor.js';
import { exampleRequest } from '../../../schemas/examples.js';
import { allIds, danglingReferences, parseExtraction, postJson, spansOf, testApp } from '../../helpers.js';

t.test('POST /v1/extract answers the example article with a response that keeps the contract', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const response = await postJson(app, exampleRequest);
  t.equal(response.statusCode, 200);
  t.match(response.headers['content-type'], /^application\/json/);
  const result = parseExtraction(response);
  t.equal(result.meta.characters, exampleRequest.text.length);
  t.equal(result.meta.paragraphs, exampleRequest.text.split('\n\n').length);
  t.equal(result.meta.language, 'en');
  t.ok(result.meta.tookMs >= 0);
  for (const span of spansOf(result)) t.equal(exampleRequest.text.slice(span.start, span.end), span.text, `${span.where} slices the input`);
  const ids = allIds(result);
  t.equal(new Set(ids).size, ids.length, 'ids are unique');
  t.same(danglingReferences(result), [], 'every reference resolves');
  t.ok(new Set(result.claims.map((c) => c.kind)).size >= 4, 'claims of several kinds');
  const money = result.money.find((m) => m.text.includes('$450 million'));
  t.equal(money?.amount, 450_000_000);
  t.equal(money?.currency, 'USD');
});

t.test('a raw text/plain body is the article text', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const text = 'Acme Robotics raised $45 million, chief executive Dana Whitfield said on Tuesday.';
  const response = await app.inject({ method: 'POST', url: '/v1/extract', headers: { 'content-type': 'text/plain; charset=utf-8' }, payload: text });
  t.equal(response.statusCode, 200);
  const result = parseExtraction(response);
  t.equal(result.meta.characters, text.length);
  t.equal(result.money[0]?.amount, 45_000_000);
});

t.test('offsets are JavaScript string offsets, also past astral characters and CRLF line ends', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const text = 'Shares \u{1F680} rose 12% on Monday.\r\n\r\nThe company \u{1F4B0} raised \u00a345m from investors, its founder said.';
  const result = parseExtraction(await postJson(app, { text }));
  t.ok(result.percentages.length > 0 && result.money.length > 0);
  for (const span of spansOf(result)) t.equal(text.slice(span.start, span.end), span.text, `${span.where} slices the input`);
});

t.test('the request id is echoed, and an incoming x-request-id is honoured', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const generated = await app.inject({ method: 'GET', url: '/health/live' });
  t.match(generated.headers['x-request-id'], /^[0-9a-f-]{36}$/);
  const honoured = await app.inject({ method: 'GET', url: '/health/live', headers: { 'x-request-id': 'trace-abc.123' } });
  t.equal(honoured.headers['x-request-id'], 'trace-abc.123');
  const unsafe = await app.inject({ method: 'GET', url: '/health/live', headers: { 'x-request-id': 'bad id with spaces\u0007' } });
  t.not(unsafe.headers['x-request-id'], 'bad id with spaces\u0007', 'an unsafe id is replaced');
});

t.test('health: live and ready', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const live = await app.inject({ method: 'GET', url: '/health/live' });
  t.equal(live.statusCode, 200);
  t.equal(live.json().status, 'ok');
  const ready = await app.inject({ method: 'GET', url: '/health/ready' });
  t.equal(ready.statusCode, 200);
  t.equal(ready.json().status, 'ok');
});

t.test('ready only once the pipeline is warm: 503 "starting" before', async (t) => {
  const { buildApp } = await import('../../../src/app.js');
  let finishWarming = () => {};
  const warming = new Promise<void>((resolve) => (finishWarming = resolve));
  const app = await buildApp({
    logger: false,
    extractor: {
      warm: () => warming,
      extract: async () => {
        throw new Error('not used');
      },
      stats: () => idleStats(1),
    refusal: () => null,
      close: async () => {},
    },
  });
  t.teardown(() => app.close());
  await app.ready();
  const starting = await app.inject({ method: 'GET', url: '/health/ready' });
  t.equal(starting.statusCode, 503);
  t.equal(starting.json().status, 'starting');
  t.equal((await app.inject({ method: 'GET', url: '/health/live' })).statusCode, 200, 'live meanwhile');
  finishWarming();
  await warming;
  await new Promise((resolve) => setImmediate(resolve));
  t.equal((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode, 200, 'ready once warm');
});

t.test('?explain=true says which rule typed each entity and which sieve and resolver decided each speaker; absent by default', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const text = 'Acme Robotics raised $45 million in a Series B round, chief executive Dana Whitfield said on Tuesday. "We will double the team," she said.';
  const plain = parseExtraction(await postJson(app, { text }));
  t.notOk([...plain.entities, ...plain.quotes, ...plain.claims].some((item) => 'explain' in item), 'no explanations unless asked');
  const response = await app.inject({ method: 'POST', url: '/v1/extract?explain=true', payload: { text } });
  t.equal(response.statusCode, 200);
  const explained = parseExtraction(response);
  t.same(explained.entities.map((e) => e.name), plain.entities.map((e) => e.name), 'the same findings');
  const whitfield = explained.entities.find((e) => e.name === 'Dana Whitfield');
  t.equal(whitfield?.explain?.typedBy, 'person-context', 'a title before the name made it a person');
  t.same(explained.quotes[0]?.explain, { sieve: 'cue-after-quote', resolver: 'pronoun' }, '"..., she said": the cue after it, "she" resolved');
  const funding = explained.claims.find((c) => c.kind === 'funding');
  t.match(funding?.explain, { origin: 'reported-speech', sieve: 'subject-before-cue', resolver: 'name', trigger: 'raised' });
  const bad = await app.inject({ method: 'POST', url: '/v1/extract?explain=yes', payload: { text } });
  t.equal(bad.statusCode, 400);
  t.match(bad.body, /explain/);
});

t.test('a percentage and the amount it moved to stay two figures, never one range (fixed on main in 390200e)', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const result = parseExtraction(await postJson(app, { text: 'Sony cut its forecast by 4% to 1.28 trillion yen.' }));
  t.same(
    result.percentages.map(({ text, value, qualifier, min, max }) => ({ text, value, qualifier, min, max })),
    [{ text: '4%', value: 4, qualifier: 'exact', min: undefined, max: undefined }],
  );
  t.same(
    result.money.map(({ text, amount, currency, qualifier }) => ({ text, amount, currency, qualifier })),
    [{ text: '1.28 trillion yen', amount: 1.28e12, currency: 'JPY', qualifier: 'exact' }],
  );
});
