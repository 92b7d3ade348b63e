import type { FastifyInstance } from 'fastify';
import { connect } from 'node:net';
import t from 'tap';
import { parseExtraction, postJson, spansOf, testApp } from '../helpers.js';

const LEAK = /\bat [\w.<>]+ \(|node_modules|\/work\/|\.ts:\d+|stack/i;

t.test('deep nesting, duplicated keys, HTML as text: documented answers, no leaks', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  for (const depth of [1000, 100_000]) {
    const payload = `{"text":"Acme rose.","title":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const response = await app.inject({ method: 'POST', url: '/v1/extract', headers: { 'content-type': 'application/json' }, payload });
    t.equal(response.statusCode, 400, `${depth}-deep nesting is refused`);
    t.notMatch(response.body, LEAK);
  }
  const duplicated = await app.inject({ method: 'POST', url: '/v1/extract', headers: { 'content-type': 'application/json' }, payload: '{"text":"first","text":"Acme rose 5%."}' });
  t.equal(duplicated.statusCode, 200, 'duplicated keys: the last one counts, as in JSON.parse');
  t.equal(parseExtraction(duplicated).meta.characters, 'Acme rose 5%.'.length);

  const html = '<html><body><p>Acme <b>Corp</b> raised <span>$5 million</span> on Monday.</p><script>alert("x")</script></body></html>';
  const result = parseExtraction(await postJson(app, { text: html }));
  for (const entity of result.entities) t.notMatch(entity.name, /[<>]/, `tags are not entities (${entity.name})`);
  for (const span of spansOf(result)) t.equal(html.slice(span.start, span.end), span.text);
});

async function listening(env: Record<string, string>): Promise<{ app: FastifyInstance; port: number }> {
  const app = await testApp(env);
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, port: (app.server.address() as { port: number }).port };
}

/** Sends raw bytes over a socket and resolves with everything the server answers, or 'closed' with it. */
function rawExchange(port: number, write: (socket: ReturnType<typeof connect>) => void): Promise<{ data: string; closedAt: number }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.on('data', (chunk) => (data += chunk));
    socket.on('error', () => {});
    socket.on('close', () => resolve({ data, closedAt: performance.now() }));
    socket.on('connect', () => write(socket));
  });
}

t.test('a body over the byte limit sent chunked without content-length: 413, and the next request is served', async (t) => {
  const { app, port } = await listening({ BODY_LIMIT_BYTES: '4096' });
  t.teardown(() => app.close());
  const { data } = await rawExchange(port, (socket) => {
    socket.write('POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n');
    const chunk = `{"text":"${'a'.repeat(3000)}`;
    for (let i = 0; i < 3; i++) socket.write(`${Buffer.byteLength(chunk).toString(16)}\r\n${chunk}\r\n`);
    socket.end('0\r\n\r\n');
  });
  t.match(data, /^HTTP\/1\.1 413/);
  t.match(data, /application\/problem\+json/);
  t.equal((await fetch(`http://127.0.0.1:${port}/health/live`)).status, 200);
});

t.test('a slow client trickling its body past the deadline is cut off; others are served meanwhile', async (t) => {
  const { app, port } = await listening({ REQUEST_TIMEOUT_MS: '500' });
  t.teardown(() => app.close());
  const started = performance.now();
  let trickle: NodeJS.Timeout | undefined;
  const slow = rawExchange(port, (socket) => {
    socket.write('POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"text":"');
    trickle = setInterval(() => socket.writable && socket.write('a'), 50);
  });
  const other = await fetch(`http://127.0.0.1:${port}/v1/extract`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"Acme rose 5%."}' });
  t.equal(other.status, 200, 'a normal request is served while the slow one trickles');
  const { closedAt } = await slow;
  clearInterval(trickle);
  const afterMs = closedAt - started;
  t.ok(afterMs >= 450 && afterMs < 5000, `the slow connection was closed after ${Math.round(afterMs)} ms`);
  t.equal((await fetch(`http://127.0.0.1:${port}/health/live`)).status, 200, 'and the service is fine');
});

t.test('many concurrent oversized requests each get 413, and the next normal request is served', async (t) => {
  const { app, port } = await listening({ BODY_LIMIT_BYTES: '65536', MAX_TEXT_CHARS: '1000' });
  t.teardown(() => app.close());
  const big = JSON.stringify({ text: 'x'.repeat(100_000) });
  const long = JSON.stringify({ text: 'word '.repeat(1000) });
  const responses = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      fetch(`http://127.0.0.1:${port}/v1/extract`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: i % 2 ? big : long }),
    ),
  );
  t.same([...new Set(responses.map((r) => r.status))], [413]);
  const bodies = await Promise.all(responses.map((r) => r.text()));
  t.ok(bodies.every((b) => !LEAK.test(b)), 'no leaks');
  const next = await fetch(`http://127.0.0.1:${port}/v1/extract`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"Acme rose 5%."}' });
  t.equal(next.status, 200);
});

t.test('an oversized body is read to its end before the 413 (no reset for a client still uploading); one far over is cut off', async (t) => {
  const limit = 65_536;
  const { app, port } = await listening({ BODY_LIMIT_BYTES: String(limit) });
  t.teardown(() => app.close());
  const head = (bytes: number) => `POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${bytes}\r\n\r\n`;
  let answeredAt = Infinity;
  let restSentAt = 0;
  let writer: Promise<void> = Promise.resolve();
  const { data } = await rawExchange(port, (socket) => {
    socket.once('data', () => (answeredAt = performance.now()));
    socket.write(head(limit * 1.5) + 'x'.repeat(limit + 1000));
    writer = new Promise<void>((resolve) => setTimeout(resolve, 300)).then(() => {
      restSentAt = performance.now();
      if (socket.writable) socket.write('x'.repeat(limit * 1.5 - limit - 1000));
    });
  });
  await writer;
  t.ok(answeredAt > restSentAt, 'no answer while the client is still sending');
  t.match(data, /^HTTP\/1\.1 413/, 'the 413 once the upload is complete');
  t.match(data, /"status":413/);

  let sent = 0;
  const farOver = await rawExchange(port, async (socket) => {
    let answered = false;
    socket.on('data', () => (answered = true));
    socket.write(head(limit * 16));
    for (; sent < limit * 16 && socket.writable && !answered; sent += 8192) {
      socket.write('x'.repeat(8192));
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  });
  t.ok(sent < limit * 16, `a body 16 times the limit is not read to its end (answered after ${sent} bytes)`);
  t.notMatch(farOver.data, /^HTTP\/1\.1 200/);
  t.equal((await fetch(`http://127.0.0.1:${port}/health/live`)).status, 200);
});
