import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { idleStats } from '../../../src/extractor.js';
import t from 'tap';
import { testApp } from '../../helpers.js';

const JSON_HEADERS = { 'content-type': 'application/json' };

interface BadRequest {
  name: string;
  request: InjectOptions;
  status: number;
  kind: string;
  /** A fragment the detail must contain, so the caller knows what to change. */
  detail: RegExp;
  /** JSON pointers the `errors` array must name. */
  paths?: string[];
}

const cases: BadRequest[] = [
  { name: 'malformed JSON', request: { payload: '{"text": "Acme', headers: JSON_HEADERS }, status: 400, kind: 'invalid-json', detail: /not valid JSON \(error at character 14\)/ },
  { name: 'empty JSON body', request: { payload: '', headers: JSON_HEADERS }, status: 400, kind: 'invalid-json', detail: /empty/ },
  { name: 'JSON that is not an object', request: { payload: '[1,2]', headers: JSON_HEADERS }, status: 400, kind: 'validation-error', detail: /object/ },
  { name: 'missing text', request: { payload: '{"title":"x"}', headers: JSON_HEADERS }, status: 400, kind: 'validation-error', detail: /\/text: is required/, paths: ['/text'] },
  { name: 'non-string text', request: { payload: '{"text": 42}', headers: JSON_HEADERS }, status: 400, kind: 'validation-error', detail: /\/text/, paths: ['/text'] },
  { name: 'bad url', request: { payload: '{"text":"Acme rose.","url":"not a url"}', headers: JSON_HEADERS }, status: 400, kind: 'validation-error', detail: /\/url/, paths: ['/url'] },
  { name: 'bad publishedAt', request: { payload: '{"text":"Acme rose.","publishedAt":"last Tuesday"}', headers: JSON_HEADERS }, status: 400, kind: 'validation-error', detail: /ISO 8601/, paths: ['/publishedAt'] },
  { name: 'impossible publishedAt', request: { payload: '{"text":"Acme rose.","publishedAt":"2025-02-30"}', headers: JSON_HEADERS }, status: 400, kind: 'validation-error', detail: /ISO 8601/, paths: ['/publishedAt'] },
  { name: 'unknown field', request: { payload: '{"text":"Acme rose.","lang":"fr"}', headers: JSON_HEADERS }, status: 400, kind: 'validation-error', detail: /\/lang: is not a known field/, paths: ['/lang'] },
  { name: 'wrong type of title', request: { payload: '{"text":"Acme rose.","title":["a"]}', headers: JSON_HEADERS }, status: 400, kind: 'validation-error', detail: /\/title/, paths: ['/title'] },
  { name: 'empty text', request: { payload: '{"text":""}', headers: JSON_HEADERS }, status: 400, kind: 'empty-text', detail: /\/text/, paths: ['/text'] },
  { name: 'whitespace-only text', request: { payload: '{"text":" \\n\\t "}', headers: JSON_HEADERS }, status: 400, kind: 'empty-text', detail: /non-whitespace/, paths: ['/text'] },
  { name: '__proto__ key', request: { payload: '{"text":"Acme rose.","__proto__":{"x":1}}', headers: JSON_HEADERS }, status: 400, kind: 'invalid-json', detail: /__proto__/ },
  { name: 'constructor.prototype key', request: { payload: '{"text":"Acme rose.","constructor":{"prototype":{"x":1}}}', headers: JSON_HEADERS }, status: 400, kind: 'invalid-json', detail: /constructor/ },
  { name: 'text over the character limit', request: { payload: JSON.stringify({ text: 'word '.repeat(250) }), headers: JSON_HEADERS }, status: 413, kind: 'text-too-long', detail: /limit is 1000/ },
  { name: 'body over the byte limit', request: { payload: JSON.stringify({ text: 'x'.repeat(5000) }), headers: JSON_HEADERS }, status: 413, kind: 'body-too-large', detail: /4096 bytes/ },
  { name: 'unsupported content type', request: { payload: '<p>Acme</p>', headers: { 'content-type': 'application/xml' } }, status: 415, kind: 'unsupported-media-type', detail: /application\/json, text\/plain/ },
  { name: 'text/plain in another charset', request: { payload: 'Acme rose.', headers: { 'content-type': 'text/plain; charset=iso-8859-1' } }, status: 415, kind: 'unsupported-media-type', detail: /UTF-8/ },
  { name: 'text/plain that is not UTF-8', request: { payload: Buffer.from([0x41, 0x63, 0xff, 0xfe, 0x6d]), headers: { 'content-type': 'text/plain' } }, status: 400, kind: 'invalid-encoding', detail: /not valid UTF-8/ },
  { name: 'whitespace-only text/plain', request: { payload: '   \n ', headers: { 'content-type': 'text/plain' } }, status: 400, kind: 'empty-text', detail: /\/text/ },
  { name: 'unknown route', request: { url: '/v1/extrct' }, status: 404, kind: 'not-found', detail: /No route POST \/v1\/extrct/ },
  { name: 'wrong method', request: { method: 'GET' }, status: 405, kind: 'method-not-allowed', detail: /use POST/ },
  { name: 'wrong method on a health route', request: { method: 'DELETE', url: '/health/live' }, status: 405, kind: 'method-not-allowed', detail: /use GET/ },
];

async function send(app: FastifyInstance, request: InjectOptions): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: '/v1/extract', ...request });
}

t.test('bad input gets its documented status as problem+json, and the next request is served', async (t) => {
  const app = await testApp({ MAX_TEXT_CHARS: '1000', BODY_LIMIT_BYTES: '4096' });
  t.teardown(() => app.close());
  for (const c of cases) {
    const response = await send(app, c.request);
    t.equal(response.statusCode, c.status, `${c.name}: status`);
    t.match(response.headers['content-type'], /^application\/problem\+json/, `${c.name}: content type`);
    const problem = response.json();
    t.equal(problem.type, `urn:news-claims:problem:${c.kind}`, `${c.name}: problem type`);
    t.equal(problem.status, c.status, `${c.name}: status in body`);
    t.type(problem.title, 'string');
    t.match(problem.detail, c.detail, `${c.name}: detail says what to change`);
    t.equal(problem.requestId, response.headers['x-request-id'], `${c.name}: request id`);
    if (c.paths) t.same(problem.errors.map((e: { path: string }) => e.path), c.paths, `${c.name}: names the field`);
    t.notMatch(response.body, /\bat [\w.<>]+ \(|node_modules|\/work\/|\.ts:\d+/, `${c.name}: no stack trace or internal path`);
    const next = await send(app, { payload: { text: 'Acme Corp raised $5 million on Monday.' } });
    t.equal(next.statusCode, 200, `${c.name}: the next request is served`);
  }
});

t.test('405 carries an Allow header', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const response = await app.inject({ method: 'PUT', url: '/v1/extract', payload: '{}', headers: JSON_HEADERS });
  t.equal(response.statusCode, 405);
  t.equal(response.headers.allow, 'POST');
});

t.test('an unexpected failure is a 500 problem without internals', async (t) => {
  const { buildApp } = await import('../../../src/app.js');
  const failing = {
    warm: async () => {},
    close: async () => {},
    stats: () => idleStats(0),
    refusal: () => null,
    extract: async () => {
      throw new Error('secret internal detail at /srv/app/pipeline.ts:12');
    },
  };
  const app = await buildApp({ logger: false, extractor: failing });
  t.teardown(() => app.close());
  const response = await send(app, { payload: { text: 'Acme rose.' } });
  t.equal(response.statusCode, 500);
  t.equal(response.json().type, 'urn:news-claims:problem:internal-error');
  t.notMatch(response.body, /secret|pipeline\.ts/);
});
