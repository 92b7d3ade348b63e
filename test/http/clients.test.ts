/**
 * What clients outside JavaScript send and need: `null` for absent fields, offsets in their own string units,
 * article fields beside a text/plain body.
 */
import { readFileSync } from 'node:fs';
import t from 'tap';
import { batchResponseSchema, batchResultSchema } from '../../schemas/batch.js';
import { parseExtraction, postJson, testApp } from '../helpers.js';

const committedOpenApi = JSON.parse(readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8'));
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
