import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import t from 'tap';
import { batchResponseSchema, batchResultSchema } from '../../schemas/batch.js';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { HttpProblem } from '../../src/errors.js';
import { idleStats } from '../../src/extractor.js';
import { parseExtraction, postJson, spansOf, testApp } from '../helpers.js';

const LEAK = /\bat [\w.<>]+ \(|node_modules|\/work\/|\.ts:\d+|stack/i;

async function listening(env: Record<string, string>): Promise<{ app: FastifyInstance; port: number }> {
  const app = await testApp(env);
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, port: (app.server.address() as { port: number }).port };
}

/** Writes `request` on a new connection, then `more` on it every `everyMs` while open; resolves with what came back and when it closed. */
function exchange(port: number, request: string, more?: { data: string; everyMs: number }): Promise<{ data: string; afterMs: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    let timer: NodeJS.Timeout | undefined;
    socket.on('data', (chunk) => (data += chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ data, afterMs: performance.now() - started });
    });
    socket.on('connect', () => {
      socket.write(request);
      if (more) timer = setInterval(() => socket.writable && socket.write(more.data), more.everyMs);
    });
  });
}

const streamHead = (port: number) =>
  `POST /v1/extract/stream HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n`;
const chunk = (text: string) => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;

/** The NDJSON result lines in a raw chunked HTTP response. */
function resultLines(raw: string) {
  const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
  return body
    .split('\r\n')
    .filter((piece) => piece.startsWith('{'))
    .flatMap((piece) => piece.split('\n').filter(Boolean))
    .map((line) => batchResultSchema.parse(JSON.parse(line)));
}

/** An app whose extractor refuses (`refusal`) or fails every article with the errors given, one per request. */
async function appFailingWith(env: Record<string, string>, logger: FastifyServerOptions['logger'], errors: unknown[], refusal: HttpProblem | null = null) {
  let next = 0;
  const app = await buildApp({
    config: loadConfig({ WORKERS: '0', ...env }),
    logger,
    extractor: {
      warm: async () => {},
      close: async () => {},
      stats: () => idleStats(0),
      refusal: () => refusal,
      extract: async () => {
        throw errors[Math.min(next++, errors.length - 1)];
      },
    },
  });
  return app;
}

t.test('a stream whose client goes quiet is ended after STREAM_IDLE_TIMEOUT_MS, with the lines read answered and a last 408 line', async (t) => {
  const { app, port } = await listening({ STREAM_IDLE_TIMEOUT_MS: '300' });
  t.teardown(() => app.close());
  const { data, afterMs } = await exchange(port, streamHead(port) + chunk('{"id":"a","text":"Acme rose 5%."}\n'));
  t.match(data, /^HTTP\/1\.1 200/);
  const lines = resultLines(data);
  t.same(lines.map((line) => [line.id, line.ok]), [['a', true], ['stream', false]]);
  const last = lines[1]!;
  t.ok(!last.ok && last.error.status === 408 && /STREAM_IDLE_TIMEOUT_MS/.test(last.error.detail), 'the last line says why');
  t.ok(afterMs < 5000, `the connection was closed after ${Math.round(afterMs)} ms`);
});

t.test('a stream that keeps trickling is ended after STREAM_MAX_DURATION_MS', async (t) => {
  const { app, port } = await listening({ STREAM_IDLE_TIMEOUT_MS: '5000', STREAM_MAX_DURATION_MS: '1000' });
  t.teardown(() => app.close());
  const { data, afterMs } = await exchange(port, streamHead(port), { data: chunk(' '), everyMs: 100 });
  const lines = resultLines(data);
  const last = lines[lines.length - 1]!;
  t.ok(!last.ok && last.error.status === 408 && /STREAM_MAX_DURATION_MS/.test(last.error.detail), 'ended for its duration');
  t.ok(afterMs >= 900 && afterMs < 6000, `after ${Math.round(afterMs)} ms`);
});

t.test('beyond MAX_STREAMS open streams, 503 problem+json with Retry-After; the next one is served once one ends', async (t) => {
  const { app, port } = await listening({ MAX_STREAMS: '1', STREAM_IDLE_TIMEOUT_MS: '1000' });
  t.teardown(() => app.close());
  const first = exchange(port, streamHead(port));
  await new Promise((resolve) => setTimeout(resolve, 200));
  const second = await fetch(`http://127.0.0.1:${port}/v1/extract/stream`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: '{"text":"Acme rose 5%."}\n' });
  t.equal(second.status, 503);
  t.match(second.headers.get('content-type'), /^application\/problem\+json/);
  t.ok(Number(second.headers.get('retry-after')) >= 1);
  t.match(((await second.json()) as { detail: string }).detail, /MAX_STREAMS/);
  await first;
  const third = await fetch(`http://127.0.0.1:${port}/v1/extract/stream`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: '{"text":"Acme rose 5%."}\n' });
  t.equal(third.status, 200);
  t.equal(resultLines(`\r\n\r\n${await third.text()}`)[0]?.ok, true);
});

t.test('thousands of unknown keys: the first 20 are listed with a count, in a small answer', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const keys = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`key${i}`, i]));
  const response = await postJson(app, { text: 'Acme rose 5%.', ...keys });
  t.equal(response.statusCode, 400);
  const problem = response.json();
  t.equal(problem.errors.length, 20);
  t.match(problem.detail, /and 4980 more \(5000 in all\)/);
  t.ok(response.body.length < 5000, `${response.body.length} bytes`);
});

t.test('JSON in another charset is refused with 415, JSON that is not UTF-8 with 400', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const article = '{"text":"Ren\u00e9e Dupont raised \u00a35 million."}';
  const send = (contentType: string, payload: Buffer) => app.inject({ method: 'POST', url: '/v1/extract', headers: { 'content-type': contentType }, payload });
  const latin1 = await send('application/json; charset=iso-8859-1', Buffer.from(article, 'latin1'));
  t.equal(latin1.statusCode, 415);
  t.match(latin1.json().detail, /iso-8859-1.*UTF-8/);
  const invalid = await send('application/json', Buffer.from(article, 'latin1'));
  t.equal(invalid.statusCode, 400);
  t.equal(invalid.json().type, 'urn:news-claims:problem:invalid-encoding');
  const utf8 = await send('application/json; charset=utf-8', Buffer.from(article));
  t.equal(parseExtraction(utf8).money[0]?.amount, 5_000_000, 'UTF-8 is read as before');
});

t.test('a Content-Encoding other than identity is refused with 415', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  for (const encoding of ['gzip', 'br', 'deflate']) {
    const response = await app.inject({ method: 'POST', url: '/v1/extract', headers: { 'content-type': 'application/json', 'content-encoding': encoding }, payload: '{"text":"Acme rose 5%."}' });
    t.equal(response.statusCode, 415, encoding);
    t.match(response.json().detail, /Content-Encoding/);
  }
  const identity = await app.inject({ method: 'POST', url: '/v1/extract', headers: { 'content-type': 'application/json', 'content-encoding': 'identity' }, payload: '{"text":"Acme rose 5%."}' });
  t.equal(identity.statusCode, 200);
});

t.test('unreadable HTTP and undecodable URLs: problem+json with a request id and security headers, nothing echoed', async (t) => {
  const { app, port } = await listening({});
  t.teardown(() => app.close());
  const badUrl = await exchange(port, 'GET /<svg/onload=alert(1)>% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  const garbage = await exchange(port, 'NOT HTTP AT ALL <script>\r\n\r\n');
  for (const [name, { data }] of [['bad URL', badUrl], ['malformed request', garbage]] as const) {
    t.match(data, /^HTTP\/1\.1 400/, name);
    t.match(data, /content-type: application\/problem\+json/i, `${name}: problem+json`);
    t.match(data, /x-request-id: [\w-]+/i, `${name}: request id`);
    t.match(data, /x-content-type-options: nosniff/i, `${name}: security headers`);
    t.match(data, /content-security-policy: default-src 'none'/i, `${name}: CSP`);
    t.notMatch(data, /svg|script|onload/i, `${name}: nothing echoed`);
    t.notMatch(data, LEAK, `${name}: no leaks`);
  }
});

t.test('a forbidden key in one document of a batch fails that document alone', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const payload = '{"documents":[{"text":"Acme rose 5%."},{"text":"b","__proto__":{"polluted":1}},{"text":"c","x":{"constructor":{"prototype":{}}}},{"text":"Initech fell 2%."}]}';
  const response = await app.inject({ method: 'POST', url: '/v1/extract/batch', headers: { 'content-type': 'application/json' }, payload });
  t.equal(response.statusCode, 200);
  const { results } = batchResponseSchema.parse(response.json());
  t.same(results.map((r) => r.ok), [true, false, false, true]);
  const forbidden = results[1]!;
  t.ok(!forbidden.ok && forbidden.error.status === 400 && /__proto__/.test(forbidden.error.detail));
  t.equal(({} as { polluted?: number }).polluted, undefined, 'nothing polluted');
  const envelope = await app.inject({ method: 'POST', url: '/v1/extract/batch', headers: { 'content-type': 'application/json' }, payload: '{"documents":[{"text":"a"}],"__proto__":{}}' });
  t.equal(envelope.statusCode, 400, 'one in the envelope still fails the request');
});

t.test('an invalid batch id is not echoed back', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const { results } = batchResponseSchema.parse((await postJson(app, { documents: [{ id: 'x'.repeat(100_000), text: 'Acme rose 5%.' }] }, '/v1/extract/batch')).json());
  t.equal(results[0]!.id, '1', 'the position stands in for it');
  t.ok(JSON.stringify(results).length < 2000);
});

t.test('a byte-order mark in text/plain is kept: offsets are into the text as sent', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const text = '\ufeffAcme Corp raised $5 million on Monday.';
  const response = await app.inject({ method: 'POST', url: '/v1/extract', headers: { 'content-type': 'text/plain; charset=utf-8' }, payload: Buffer.from(text) });
  const result = parseExtraction(response);
  t.equal(result.meta.characters, text.length);
  t.equal(result.money[0]?.start, text.indexOf('$5'));
  for (const span of spansOf(result)) t.equal(text.slice(span.start, span.end), span.text, span.where);
});

t.test('503 and 504 are logged at warn in one line without a stack; unexpected errors at error', async (t) => {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const refusals = [
    new HttpProblem({ kind: 'service-unavailable', status: 503, detail: 'busy', retryAfterSeconds: 1 }),
    new HttpProblem({ kind: 'deadline-exceeded', status: 504, detail: 'late' }),
    new Error('boom'),
  ];
  const app = await appFailingWith({}, { level: 'info', stream: sink }, refusals);
  t.teardown(() => app.close());
  t.same([(await postJson(app, { text: 'a' })).statusCode, (await postJson(app, { text: 'a' })).statusCode, (await postJson(app, { text: 'a' })).statusCode], [503, 504, 500]);
  const failures = lines.filter((line) => (line.level as number) >= 40);
  t.same(failures.map((line) => [line.level, (line as { status?: number }).status ?? null]), [[40, 503], [40, 504], [50, null]]);
  t.notOk(JSON.stringify(failures.slice(0, 2)).includes('stack'), 'refusals carry no stack');
  t.notOk(JSON.stringify(lines).includes('"text"'), 'no article text at info');
});

t.test('the rate limit counts documents: a batch costs one per document, a stream one per line', async (t) => {
  const app = await testApp({ RATE_LIMIT_MAX: '5', RATE_LIMIT_WINDOW_MS: '60000' });
  t.teardown(() => app.close());
  const batch = (n: number) => postJson(app, { documents: Array.from({ length: n }, () => ({ text: 'Acme rose 5%.' })) }, '/v1/extract/batch');
  t.equal((await batch(3)).statusCode, 200, '3 of 5');
  const over = await batch(3);
  t.equal(over.statusCode, 429, 'a batch of 3 does not fit in the 2 left');
  t.match(over.json().detail, /5 documents per 60000 ms/);
  const stream = await app.inject({
    method: 'POST',
    url: '/v1/extract/stream',
    headers: { 'content-type': 'application/x-ndjson' },
    payload: Array.from({ length: 4 }, () => '{"text":"Acme rose 5%."}').join('\n'),
  });
  const lines = stream.body.trim().split('\n').map((line) => batchResultSchema.parse(JSON.parse(line)));
  t.same(lines.map((line) => (line.ok ? 200 : line.error.status)), [200, 200, 429, 429], 'two lines fit, the rest are refused');
});

t.test('TRUST_PROXY: clients behind the proxy are told apart by X-Forwarded-For', async (t) => {
  const app = await testApp({ RATE_LIMIT_MAX: '1', TRUST_PROXY: '127.0.0.1' });
  t.teardown(() => app.close());
  const from = (client: string) =>
    app.inject({ method: 'POST', url: '/v1/extract', remoteAddress: '127.0.0.1', headers: { 'content-type': 'application/json', 'x-forwarded-for': client }, payload: '{"text":"Acme rose 5%."}' });
  t.equal((await from('203.0.113.1')).statusCode, 200);
  t.equal((await from('203.0.113.2')).statusCode, 200, 'another client has its own budget');
  t.equal((await from('203.0.113.1')).statusCode, 429, 'the first is over its own');
  const untrusted = await testApp({ RATE_LIMIT_MAX: '1' });
  t.teardown(() => untrusted.close());
  const direct = (client: string) =>
    untrusted.inject({ method: 'POST', url: '/v1/extract', remoteAddress: '127.0.0.1', headers: { 'content-type': 'application/json', 'x-forwarded-for': client }, payload: '{"text":"Acme rose 5%."}' });
  t.equal((await direct('203.0.113.1')).statusCode, 200);
  t.equal((await direct('203.0.113.2')).statusCode, 429, 'without TRUST_PROXY the header is ignored');
  t.throws(() => loadConfig({ TRUST_PROXY: 'some proxy' }), { message: /TRUST_PROXY must be/ });
});

t.test('404s and 405s are counted in /metrics', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  await app.inject({ method: 'GET', url: '/no/such/route' });
  await app.inject({ method: 'GET', url: '/v1/extract' });
  const metrics = (await app.inject({ method: 'GET', url: '/metrics' })).body;
  t.match(metrics, /http_request_duration_seconds_count\{[^}]*status_code="404"[^}]*\} 1/);
  t.match(metrics, /http_request_duration_seconds_count\{[^}]*status_code="405"[^}]*\} 1/);
});

t.test('under overload a text over the limit still gets its 413, not a 503', async (t) => {
  const busy = new HttpProblem({ kind: 'service-unavailable', status: 503, detail: 'busy', retryAfterSeconds: 1 });
  const app = await appFailingWith({ MAX_TEXT_CHARS: '1000' }, false, [busy], busy);
  t.teardown(() => app.close());
  t.equal((await postJson(app, { text: 'word '.repeat(300) })).statusCode, 413, 'over the limit');
  t.equal((await postJson(app, { text: 'Acme rose 5%.' })).statusCode, 503, 'within it: shed');
});
