import { readFileSync } from 'node:fs';
import t from 'tap';
import { parseLines, testApp } from '../../helpers.js';

const STREAM = '/v1/extract/stream';
const NDJSON = { 'content-type': 'application/x-ndjson' };
const committedOpenApi = JSON.parse(readFileSync(new URL('../../../openapi/openapi.json', import.meta.url), 'utf8'));

t.test('NDJSON in, one result line per document out, in order; malformed lines get error lines', async (t) => {
  const app = await testApp({ BODY_LIMIT_BYTES: '2048' });
  t.teardown(() => app.close());
  const payload = [
    JSON.stringify({ id: 'a', text: 'Acme Corp raised $12 million on Monday.' }),
    '{"text": "broken',
    '',
    JSON.stringify({ text: 'y '.repeat(1500) }),
    JSON.stringify({ text: 'Initech shares fell 7% on Tuesday.' }),
    JSON.stringify({ text: 42 }),
    JSON.stringify({ id: 'last', text: 'Globex revenue rose 3.5%.' }),
  ].join('\n');
  const response = await app.inject({ method: 'POST', url: STREAM, headers: NDJSON, payload });
  t.equal(response.statusCode, 200);
  t.match(response.headers['content-type'], /^application\/x-ndjson/);
  const lines = parseLines(response.body);
  t.same(lines.map((l) => [l.id, l.ok]), [
    ['a', true],
    ['2', false],
    ['4', false],
    ['5', true],
    ['6', false],
    ['last', true],
  ]);
  const broken = lines[1]!;
  t.ok(!broken.ok && broken.error.type === 'urn:news-claims:problem:invalid-json', 'malformed JSON line');
  const oversized = lines[2]!;
  t.ok(!oversized.ok && oversized.error.status === 413, 'a line over the byte limit');
  const wrongType = lines[4]!;
  t.ok(!wrongType.ok && wrongType.error.errors?.[0]?.path === '/text', 'an invalid document names the field');
  const first = lines[0]!;
  t.ok(first.ok && first.result.money[0]?.amount === 12_000_000);
});

t.test('invalid UTF-8 on one line spoils only that line', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const payload = Buffer.concat([
    Buffer.from('{"text":"Acme rose 5%."}\n{"text":"bad '),
    Buffer.from([0xff, 0xfe]),
    Buffer.from('"}\n{"text":"Initech fell 2%."}\n'),
  ]);
  const response = await app.inject({ method: 'POST', url: STREAM, headers: NDJSON, payload });
  const lines = parseLines(response.body);
  t.same(lines.map((l) => l.ok), [true, false, true]);
  const bad = lines[1]!;
  t.ok(!bad.ok && bad.error.type === 'urn:news-claims:problem:invalid-encoding');
});

t.test('only NDJSON in UTF-8 is streamed: anything else is a 415 that names application/x-ndjson', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const line = '{"text":"Acme Corp raised $5 million."}\n';
  const refused: [string | undefined, string][] = [
    ['application/json', line],
    ['application/json; charset=utf-16', line],
    ['text/plain', 'Acme Corp raised $5 million.'],
    ['application/xml', '<article/>'],
    ['application/x-ndjson; charset=latin1', line],
    [undefined, line],
    [undefined, ''],
  ];
  for (const [type, payload] of refused) {
    const response = await app.inject({ method: 'POST', url: STREAM, headers: type ? { 'content-type': type } : {}, payload });
    t.equal(response.statusCode, 415, `${type ?? 'no content type'}: 415`);
    const problem = response.json();
    t.equal(problem.type, 'urn:news-claims:problem:unsupported-media-type', `${type}: problem type`);
    t.match(problem.detail, /application\/x-ndjson|UTF-8/, `${type}: says what the stream takes`);
    t.notMatch(problem.detail, /text\/plain; charset=utf-8/, `${type}: not the extract route's types`);
  }
  for (const type of ['application/x-ndjson', 'application/x-ndjson; charset=utf-8', 'Application/X-NDJSON; charset="UTF-8"']) {
    const response = await app.inject({ method: 'POST', url: STREAM, headers: { 'content-type': type }, payload: line });
    t.equal(response.statusCode, 200, `${type}: streamed`);
    t.ok(JSON.parse(response.body.trim()).ok, `${type}: extracted`);
  }
});

t.test('blank lines are skipped: one result per non-blank line, ids are line numbers, and README and OpenAPI say so', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const payload = ['', '{"text":"Acme rose 5%."}', '   ', '\t', '{"text":"Initech fell 2%."}', '', '', ''].join('\n');
  const response = await app.inject({ method: 'POST', url: STREAM, headers: NDJSON, payload });
  t.equal(response.statusCode, 200);
  const lines = parseLines(response.body);
  t.same(lines.map((l) => [l.id, l.ok]), [
    ['2', true],
    ['5', true],
  ], 'no result for the blank lines; the others keep their line numbers as ids');
  const described = committedOpenApi.paths[STREAM].post;
  t.match(described.description, /blank lines are skipped/i, 'the OpenAPI description says so');
  t.match(described.responses['200'].description, /non-blank input line/, 'and its 200 response');
  t.match(readFileSync(new URL('../../../README.md', import.meta.url), 'utf8'), /one result line per non-blank\s+input line[^]*Blank lines[^]*are skipped/, 'and the README');
});
