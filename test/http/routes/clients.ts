/**
 * What clients outside JavaScript send and need: `null` for absent fields, offsets in their own string units,
 * article fields beside a text/plain body.
 */
import { readFileSync } from 'node:fs';
import t from 'tap';
import { batchResponseSchema, batchResultSchema } from '../../../schemas/batch.js';
import { parseExtraction, postJson, spansOf, testApp } from '../../helpers.js';

const committedOpenApi = JSON.parse(readFileSync(new URL('../../../openapi/openapi.json', import.meta.url), 'utf8'));
const ARTICLE = 'Acme Corp raised $5 million on Monday.';

t.test('an optional field sent as null is absent: extract, batch and stream, and the schema says so', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const nulls = { title: null, url: null, publishedAt: null };
  const single = await postJson(app, { text: ARTICLE, ...nulls });
  t.equal(single.statusCode, 200, 'extract: 200');
  const result = parseExtraction(single);
  t.equal(result.dates[0]?.value, null, 'no publication date: the relative date stays unresolved');
  const batch = await postJson(app, { documents: [{ id: null, text: ARTICLE, ...nulls }] }, '/v1/extract/batch');
  const [batchResult] = batchResponseSchema.parse(batch.json()).results;
  t.same([batchResult?.id, batchResult?.ok], ['1', true], 'batch: a null id is the position');
  const stream = await app.inject({
    method: 'POST',
    url: '/v1/extract/stream',
    headers: { 'content-type': 'application/x-ndjson' },
    payload: JSON.stringify({ id: null, text: ARTICLE, ...nulls }),
  });
  const line = batchResultSchema.parse(JSON.parse(stream.body));
  t.same([line.id, line.ok], ['1', true], 'stream: a null id is the line number');
  const dated = parseExtraction(await postJson(app, { text: ARTICLE, title: null, publishedAt: '2025-03-05' }));
  t.equal(dated.dates[0]?.value, '2025-03-03', 'a null beside a real value changes nothing');
  t.equal((await postJson(app, { text: null })).statusCode, 400, 'text is required: null is not a text');
  for (const [schema, fields] of [
    ['ExtractRequest', ['title', 'url', 'publishedAt']],
    ['BatchDocument', ['id', 'title', 'url', 'publishedAt']],
  ] as const) {
    for (const field of fields) {
      const property = committedOpenApi.components.schemas[schema].properties[field];
      t.match(JSON.stringify(property), /"null"/, `${schema}.${field} admits null in the OpenAPI document`);
      t.match(property.description, /`null` is the same as leaving it out/, `${schema}.${field} says what null means`);
    }
  }
});

/** Emoji (two UTF-16 units, one code point, four bytes), CJK (one unit, three bytes) and combining marks (e + U+0301). */
const UNICODE_ARTICLE =
  'Re\u0301sume\u0301 👩‍💻🚀 東京: Acme Corp raised $45 million on Monday, chief executive Dana Whitfield said. ' +
  '"We will double the team 🎉," Whitfield said. Initech shares fell 5% in 東京 trading.';

const slicers = {
  utf16: (text: string, start: number, end: number) => text.slice(start, end),
  codepoint: (text: string, start: number, end: number) => [...text].slice(start, end).join(''),
  utf8: (text: string, start: number, end: number) => Buffer.from(text, 'utf8').subarray(start, end).toString('utf8'),
};

t.test('offsets: every span counts in the unit asked for (query or body), so each language slices its own string', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const utf16 = parseExtraction(await postJson(app, { text: UNICODE_ARTICLE, publishedAt: '2025-03-05' }));
  t.equal(utf16.meta.offsets, 'utf16', 'UTF-16 by default');
  const reference = spansOf(utf16);
  t.ok(reference.length >= 8, `spans of every kind: ${reference.length}`);
  for (const unit of ['codepoint', 'utf8'] as const) {
    const byQuery = parseExtraction(await postJson(app, { text: UNICODE_ARTICLE, publishedAt: '2025-03-05' }, `/v1/extract?offsets=${unit}`));
    const byBody = parseExtraction(await postJson(app, { text: UNICODE_ARTICLE, publishedAt: '2025-03-05', offsets: unit }, '/v1/extract?offsets=utf16'));
    t.same(byBody, { ...byQuery, meta: { ...byQuery.meta, tookMs: byBody.meta.tookMs } }, `${unit}: the body field and the query parameter agree (the body wins)`);
    t.equal(byQuery.meta.offsets, unit);
    const spans = spansOf(byQuery);
    t.equal(spans.length, reference.length);
    const wrong = spans.filter((span) => slicers[unit](UNICODE_ARTICLE, span.start, span.end) !== span.text);
    t.same(wrong, [], `${unit}: every span's text is its slice of the text in ${unit} units`);
    t.ok(spans.some((span, i) => span.start !== reference[i]!.start), `${unit}: offsets after the emoji and CJK differ from UTF-16's`);
    const boilerplateAndTexts = spans.map((span) => span.text);
    t.same(boilerplateAndTexts, reference.map((span) => span.text), `${unit}: text fields stay strings, unchanged`);
  }
});

t.test('offsets in batches and streams: the query parameter for all, a document\'s own field for it; a bad unit is a 400', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const documents = [
    { id: 'q', text: UNICODE_ARTICLE },
    { id: 'own', text: UNICODE_ARTICLE, offsets: 'utf8' },
  ];
  const batch = batchResponseSchema.parse((await postJson(app, { documents }, '/v1/extract/batch?offsets=codepoint')).json());
  const stream = await app.inject({
    method: 'POST',
    url: '/v1/extract/stream?offsets=codepoint',
    headers: { 'content-type': 'application/x-ndjson' },
    payload: documents.map((d) => JSON.stringify(d)).join('\n'),
  });
  const lines = stream.body.trim().split('\n').map((line) => batchResultSchema.parse(JSON.parse(line)));
  for (const [where, results] of [['batch', batch.results], ['stream', lines]] as const) {
    t.same(results.map((r) => (r.ok ? r.result.meta.offsets : r.error.detail)), ['codepoint', 'utf8'], where);
    for (const result of results) {
      if (!result.ok) continue;
      const unit = result.result.meta.offsets;
      t.same(spansOf(result.result).filter((s) => slicers[unit](UNICODE_ARTICLE, s.start, s.end) !== s.text), [], `${where} ${result.id}: spans in ${unit}`);
    }
  }
  const bad = await postJson(app, { text: 'Acme rose.' }, '/v1/extract?offsets=utf32');
  t.equal(bad.statusCode, 400);
  t.equal(bad.headers['content-type'], 'application/problem+json; charset=utf-8');
  t.match(bad.json().detail, /offsets/);
});

t.test('text/plain takes publishedAt, title and url as query parameters; a JSON body\'s own fields win', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const plain = (query: string) =>
    app.inject({ method: 'POST', url: `/v1/extract${query}`, headers: { 'content-type': 'text/plain; charset=utf-8' }, payload: ARTICLE });
  t.equal(parseExtraction(await plain('')).dates[0]?.value, null, 'without a date, Monday stays unresolved');
  const dated = await plain('?publishedAt=2025-03-05&title=Acme%20raises&url=https%3A%2F%2Fexample.com%2Fa');
  t.equal(dated.statusCode, 200);
  t.equal(parseExtraction(dated).dates[0]?.value, '2025-03-03', 'Monday before 5 March 2025');
  const invalid = await plain('?publishedAt=yesterday');
  t.equal(invalid.statusCode, 400);
  t.match(invalid.json().detail, /publishedAt/);
  const both = await postJson(app, { text: ARTICLE, publishedAt: '2025-03-12' }, '/v1/extract?publishedAt=2025-03-05');
  t.equal(parseExtraction(both).dates[0]?.value, '2025-03-10', 'the body\'s publishedAt wins');
  const parameters = committedOpenApi.paths['/v1/extract'].post.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`);
  t.same(parameters.sort(), ['query:explain', 'query:offsets', 'query:publishedAt', 'query:title', 'query:url'], 'and the OpenAPI document lists them');
});
