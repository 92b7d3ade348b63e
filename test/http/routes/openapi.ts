import SwaggerParser from '@apidevtools/swagger-parser';
import { readFileSync } from 'node:fs';
import t from 'tap';
import { exampleRequest } from '../../../schemas/examples.js';
import exampleResponse from '../../../schemas/examples/extract-response.json' with { type: 'json' };
import { extractRequestSchema, extractResponseSchema } from '../../../schemas/extract.js';
import { extract, withMeta } from '../../../src/extraction.js';
import { SERVICE_VERSION } from '../../../src/version.js';
import { testApp } from '../../helpers.js';

const committed = JSON.parse(readFileSync(new URL('../../../openapi/openapi.json', import.meta.url), 'utf8'));
const REGENERATE = 'run `npm run openapi` and commit the result';

t.test('the committed openapi/openapi.json is what the app serves', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const response = await app.inject({ method: 'GET', url: '/openapi.json' });
  t.equal(response.statusCode, 200);
  t.same(response.json(), committed, `served and committed documents differ: ${REGENERATE}`);
});

t.test('the document is valid OpenAPI 3.1', async (t) => {
  t.equal(committed.openapi, '3.1.0');
  const validated = await SwaggerParser.validate(structuredClone(committed));
  t.ok(validated.paths?.['/v1/extract'], 'validates, with the extract operation');
});

t.test('every operation documents its responses, with examples, and every error as problem+json', async (t) => {
  for (const [path, operations] of Object.entries<Record<string, any>>(committed.paths)) {
    for (const [method, operation] of Object.entries<any>(operations)) {
      t.ok(operation.summary, `${method} ${path} has a summary`);
      for (const [status, response] of Object.entries<any>(operation.responses)) {
        t.ok(response.description, `${method} ${path} ${status} is described`);
        const [contentType, media] = Object.entries<any>(response.content)[0]!;
        t.ok(media.example, `${method} ${path} ${status} has an example`);
        if (Number(status) >= 400 && !path.startsWith('/health')) t.equal(contentType, 'application/problem+json', `${method} ${path} ${status} is problem+json`);
      }
    }
  }
  const extractOperation = committed.paths['/v1/extract'].post;
  t.same(Object.keys(extractOperation.requestBody.content).sort(), ['application/json', 'text/plain']);
  t.same(Object.keys(extractOperation.responses).sort(), ['200', '400', '404', '405', '413', '415', '429', '500', '503', '504']);
});

t.test('every documented field has a description', async (t) => {
  const undescribed: string[] = [];
  for (const [name, schema] of Object.entries<any>(committed.components.schemas)) {
    for (const [field, property] of Object.entries<any>(schema.properties ?? {})) {
      if (!property.description && !property.$ref) undescribed.push(`${name}.${field}`);
    }
  }
  t.same(undescribed, []);
});

t.test('the examples are real: the request is valid and the response is what the pipeline gives for it', async (t) => {
  t.ok(extractRequestSchema.safeParse(exampleRequest).success, 'example request validates');
  const documented = extractResponseSchema.parse(exampleResponse);
  const live = withMeta(extract(exampleRequest), SERVICE_VERSION, documented.meta.tookMs);
  t.same(live, documented, `the example response is stale: ${REGENERATE}`);
});

t.test('component names are the schemas\' own, without the Input suffix generated clients would inherit; every $ref resolves', async (t) => {
  const names = Object.keys(committed.components.schemas);
  t.same(names.filter((name) => name.endsWith('Input')), [], 'no XInput names');
  for (const name of ['ExtractRequest', 'BatchDocument', 'BatchRequest', 'ExtractResponse', 'Problem']) t.ok(names.includes(name), `${name} is a component`);
  const refs = JSON.stringify(committed).match(/"\$ref":"#\/components\/schemas\/[^"]+"/g) ?? [];
  const dangling = refs.map((ref) => ref.slice('"$ref":"#/components/schemas/'.length, -1)).filter((name) => !names.includes(name));
  t.same([...new Set(dangling)], [], 'every $ref names a component');
});

t.test('servers, /metrics, 429 wherever rate limiting can answer, 503 for batch and stream, Claim as a union on kind', async (t) => {
  t.same(committed.servers.map((s: { url: string }) => s.url), ['/', 'http://localhost:3000']);
  t.ok(committed.paths['/metrics']?.get?.responses?.['200']?.content?.['text/plain'], '/metrics is documented');
  for (const path of ['/v1/extract', '/v1/extract/batch']) t.ok(committed.paths[path].post.responses['429'], `${path}: 429`);
  for (const path of ['/v1/extract/batch', '/v1/extract/stream']) t.ok(committed.paths[path].post.responses['503'], `${path}: 503`);
  const schemas = committed.components.schemas;
  t.equal(schemas.Claim.discriminator.propertyName, 'kind');
  t.equal(Object.keys(schemas.Claim.discriminator.mapping).length, schemas.Claim.oneOf.length, 'one schema per kind');
  t.same(Object.keys(schemas.FundingArguments.properties).sort(), ['amount', 'company', 'investors', 'round', 'valuation']);
  t.ok(schemas.FundingArguments.properties.round.enum.includes('series-c'), 'a funding round is one of the stages');
  t.equal(schemas.LayoffsArguments.properties.jobs.type, 'integer', 'layoffs carry the job count');
  t.same(schemas.PercentUnit.enum, ['percent', 'percentage_point', 'basis_point']);
});

t.test('percentages carry their unit ("150 basis points" is 1.5 points), and a layoffs claim its job count', async (t) => {
  const result = withMeta(
    extract({ text: 'The central bank raised rates by 150 basis points. Initech said it would cut 1,200 jobs, about 5% of its staff, and its margin rose 2 percentage points to 31%.' }),
    'test',
    0,
  );
  t.same(
    result.percentages.map((p) => [p.text, p.value, p.unit]),
    [
      ['150 basis points', 1.5, 'basis_point'],
      ['about 5%', 5, 'percent'],
      ['2 percentage points', 2, 'percentage_point'],
      ['31%', 31, 'percent'],
    ],
  );
  const layoffs = result.claims.find((c) => c.kind === 'layoffs');
  t.equal(layoffs?.arguments.jobs, 1200);
});
