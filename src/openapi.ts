import type { SwaggerOptions } from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import exampleResponse from '../schemas/examples/extract-response.json' with { type: 'json' };
import { exampleRequest } from '../schemas/examples.js';
import { problemType, type ProblemKind } from './problems.js';

// The generated document is walked and edited as plain JSON of any shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type JsonObject = Record<string, any>;

/** Example problem bodies, per status, for the documented error responses. */
const problemExamples: Record<string, { kind: ProblemKind; detail: string; errors?: { path: string; message: string }[] }> = {
  '400': {
    kind: 'validation-error',
    detail: 'The request body is invalid. /publishedAt: must be an ISO 8601 date (2025-01-29) or date-time (2025-01-29T14:30:00Z)',
    errors: [{ path: '/publishedAt', message: 'must be an ISO 8601 date (2025-01-29) or date-time (2025-01-29T14:30:00Z)' }],
  },
  '404': { kind: 'not-found', detail: 'No route GET /v1/extrct. See /docs for the API.' },
  '405': { kind: 'method-not-allowed', detail: 'GET is not allowed on /v1/extract; use POST.' },
  '413': { kind: 'text-too-long', detail: 'text is 250000 characters long; the limit is 200000. Split the article or raise MAX_TEXT_CHARS.' },
  '415': { kind: 'unsupported-media-type', detail: 'Unsupported Content-Type. Send one of: application/json, text/plain; charset=utf-8.' },
  '429': { kind: 'rate-limited', detail: 'This client has used its 600 documents of the 60000 ms window (RATE_LIMIT_MAX); retry after the number of seconds in Retry-After.' },
  '500': { kind: 'internal-error', detail: 'An unexpected error occurred; it has been logged. Quote the requestId when reporting it.' },
  '503': {
    kind: 'service-unavailable',
    detail: 'All workers are busy and 64 articles are already queued; retry after the number of seconds in Retry-After.',
  },
  '504': {
    kind: 'deadline-exceeded',
    detail: 'The extraction did not finish within the 9987 ms left of the request deadline; retry later or send a shorter text.',
  },
};

const STATUS_TITLES: Record<string, string> = {
  '400': 'Bad Request',
  '404': 'Not Found',
  '405': 'Method Not Allowed',
  '413': 'Payload Too Large',
  '415': 'Unsupported Media Type',
  '429': 'Too Many Requests',
  '500': 'Internal Server Error',
  '503': 'Service Unavailable',
  '504': 'Gateway Timeout',
};

export function swaggerOptions(version: string): SwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'news-claims',
        version,
        description:
          'Turns tech-news articles into structured, checkable claims: the entities an article names, every monetary figure and percentage ' +
          '(normalised: amount, ISO 4217 currency, qualifier), its dates, every quotation with its speaker, and the claims it makes or reports. ' +
          'Every span carries `start`/`end` JavaScript string offsets into the text as sent. Errors are RFC 9457 `application/problem+json`.',
      },
      servers: [
        { url: '/', description: 'The server this document is served from.' },
        { url: 'http://localhost:3000', description: 'A local `npm start` or `docker run -p 3000:3000` (PORT, default 3000).' },
      ],
      tags: [
        { name: 'extraction', description: 'Extract structured data from articles.' },
        { name: 'health', description: 'Liveness and readiness probes.' },
        { name: 'operations', description: 'Metrics for monitoring.' },
      ],
    },
    transform: (input) => (isZodRoute(input.schema) ? jsonSchemaTransform(input) : { schema: { ...input.schema, hide: true } as JsonObject, url: input.url }),
    transformObject: (input) => withMetrics(withClaimDiscriminator(withoutInputSuffix(pruneUnreferenced(addExamples(jsonSchemaTransformObject(input) as JsonObject))))),
  };
}

/** Routes of other plugins (Swagger UI's own) carry no zod schema; they stay out of the document. */
function isZodRoute(schema: unknown): boolean {
  return containsZod(schema, 6);
}

function containsZod(value: unknown, depth: number): boolean {
  if (!value || typeof value !== 'object') return false;
  if ('_zod' in value) return true;
  return depth > 0 && Object.values(value).some((child) => containsZod(child, depth - 1));
}

/** zod registers every named schema twice (input and output forms); keep only those the paths reach. */
function pruneUnreferenced(document: JsonObject): JsonObject {
  const schemas: JsonObject = document.components?.schemas ?? {};
  const reached = new Set<string>();
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    const ref = (value as JsonObject).$ref;
    if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
      const name = ref.slice('#/components/schemas/'.length);
      if (!reached.has(name)) {
        reached.add(name);
        visit(schemas[name]);
      }
    }
    for (const child of Object.values(value)) visit(child);
  };
  visit(document.paths);
  document.components.schemas = Object.fromEntries(Object.entries(schemas).filter(([name]) => reached.has(name)));
  return document;
}

/**
 * zod names the input form of every schema `XInput`, and generated clients inherit the name (`ExtractRequestInput`).
 * A request schema whose output form is not in the document, or is the same, is named `X`; only a schema whose two
 * forms both appear and differ would keep its suffix (a test fails then).
 */
function withoutInputSuffix(document: JsonObject): JsonObject {
  const schemas: JsonObject = document.components?.schemas ?? {};
  const renamed = new Map<string, string>();
  for (const name of Object.keys(schemas)) {
    const plain = name.replace(/Input$/, '');
    if (plain === name) continue;
    if (plain in schemas && JSON.stringify(schemas[plain]) !== JSON.stringify(schemas[name])) continue;
    renamed.set(`#/components/schemas/${name}`, `#/components/schemas/${plain}`);
  }
  const rename = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rename);
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, key === '$ref' && typeof child === 'string' ? (renamed.get(child) ?? child) : rename(child)]),
    );
  };
  const result = rename(document) as JsonObject;
  result.components.schemas = Object.fromEntries(
    Object.entries<unknown>(result.components.schemas).flatMap(([name, schema]) => {
      const plain = renamed.get(`#/components/schemas/${name}`)?.slice('#/components/schemas/'.length);
      if (plain === undefined) return [[name, schema]];
      // The same schema in both forms: kept once, under the plain name.
      return name !== plain && plain in schemas ? [] : [[plain, schema]];
    }),
  );
  return result;
}

/** Claim is a oneOf of one schema per kind: `kind` tells which, and generated clients narrow on it. */
function withClaimDiscriminator(document: JsonObject): JsonObject {
  const claim = document.components?.schemas?.Claim;
  if (!claim?.oneOf) return document;
  const mapping: Record<string, string> = {};
  for (const { $ref } of claim.oneOf as { $ref: string }[]) {
    const kind = document.components.schemas[$ref.slice('#/components/schemas/'.length)]?.properties?.kind?.const;
    if (typeof kind === 'string') mapping[kind] = $ref;
  }
  claim.discriminator = { propertyName: 'kind', mapping };
  return document;
}

/** GET /metrics is fastify-metrics' route, without a zod schema: documented here. */
function withMetrics(document: JsonObject): JsonObject {
  document.paths['/metrics'] = {
    get: {
      operationId: 'metrics',
      tags: ['operations'],
      summary: 'Prometheus metrics',
      description:
        'Prometheus text exposition format: request durations by route and status (`http_request_duration_seconds` histogram and summary), ' +
        'Node.js process metrics including event-loop lag, and the worker pool (`news_claims_pool_*`: workers, queue depth, queued work, ' +
        'replaced workers, shed and expired articles, utilisation). Never rate limited.',
      responses: {
        '200': {
          description: 'The metrics, in Prometheus text format 0.0.4.',
          headers: responseHeaders('200'),
          content: {
            'text/plain': {
              schema: { type: 'string' },
              example: '# HELP news_claims_pool_queue_depth Articles waiting for a free worker.\n# TYPE news_claims_pool_queue_depth gauge\nnews_claims_pool_queue_depth 0\n',
            },
          },
        },
      },
    },
  };
  return document;
}

const batchExample = {
  request: { documents: [{ id: 'northwind-series-c', ...exampleRequest }, { id: 'blank', text: '   ' }] },
  results: [
    { id: 'northwind-series-c', ok: true, result: exampleResponse },
    {
      id: 'blank',
      ok: false,
      error: {
        type: problemType('empty-text'),
        title: 'Bad Request',
        status: 400,
        detail: 'Document 2 is invalid. /text: must contain at least one non-whitespace character',
        instance: '/v1/extract/batch',
        requestId: 'req-8f14e45f',
        errors: [{ path: '/text', message: 'must contain at least one non-whitespace character' }],
      },
    },
  ],
};
const ndjson = (items: unknown[]) => items.map((item) => JSON.stringify(item)).join('\n') + '\n';

/** Request body examples (and extra media types), per path. */
const requestBodies: Record<string, JsonObject> = {
  '/v1/extract': {
    'application/json': { example: exampleRequest },
    'text/plain': {
      schema: { type: 'string', minLength: 1, description: 'The raw article body, UTF-8. Equivalent to `{ "text": body }`.' },
      example: exampleRequest.text,
    },
  },
  '/v1/extract/batch': { 'application/json': { example: batchExample.request } },
  '/v1/extract/stream': {
    'application/x-ndjson': {
      schema: { type: 'string', description: 'One BatchDocument (see the schema) as JSON per line.' },
      example: ndjson(batchExample.request.documents),
    },
  },
};

/** Examples of successful responses, per path. */
const successExamples: Record<string, unknown> = {
  '/v1/extract': exampleResponse,
  '/v1/extract/batch': { results: batchExample.results },
  '/v1/extract/stream': ndjson(batchExample.results),
  '/health/live': { status: 'ok', uptimeSeconds: 42.5 },
  '/health/ready': { status: 'ok', uptimeSeconds: 42.5 },
};

function addExamples(document: JsonObject): JsonObject {
  for (const [path, operations] of Object.entries<JsonObject>(document.paths ?? {})) {
    for (const operation of Object.values<JsonObject>(operations)) {
      if (requestBodies[path]) {
        operation.requestBody ??= { required: true, content: {} };
        for (const [type, media] of Object.entries(requestBodies[path]!)) {
          operation.requestBody.content[type] = { ...operation.requestBody.content[type], ...media };
        }
      }
      for (const [status, response] of Object.entries<JsonObject>(operation.responses ?? {})) {
        response.headers = responseHeaders(status);
        for (const [type, media] of Object.entries<JsonObject>(response.content ?? {})) {
          if (type === 'application/problem+json') media.example = problemExample(status, path);
          else if (status === '200') media.example = successExamples[path];
          else media.example = { status: 'starting', uptimeSeconds: 1.2 };
        }
      }
    }
  }
  return document;
}

function responseHeaders(status: string): JsonObject {
  const header = (description: string, type = 'string') => ({ description, schema: { type } });
  return {
    'x-request-id': header('The request id: the incoming `x-request-id` when it was a safe token, otherwise a generated UUID.'),
    ...(status === '405' ? { allow: header('The methods the route allows.') } : {}),
    ...(status === '429' || status === '503' || status === '504' ? { 'retry-after': header('Seconds to wait before retrying.', 'integer') } : {}),
  };
}

function problemExample(status: string, path: string): JsonObject {
  const example = problemExamples[status]!;
  return {
    type: problemType(example.kind),
    title: STATUS_TITLES[status],
    status: Number(status),
    detail: example.detail,
    instance: path,
    requestId: 'req-8f14e45f',
    ...(example.errors ? { errors: example.errors } : {}),
  };
}
