import swaggerUi from '@fastify/swagger-ui';
import type { FastifyPluginAsync } from 'fastify';

// The OpenAPI document is edited as plain JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type JsonObject = Record<string, any>;

const NDJSON = 'application/x-ndjson';

/**
 * The document as Swagger UI is given it. Swagger UI JSON-encodes a string example of any media type whose name
 * matches /json/, so the stream route's NDJSON example would be sent as one quoted JSON string; spelled
 * `application/x-NDJSON` (media types are case-insensitive, and the route accepts it) the example is edited and sent
 * as the raw lines it is. /openapi.json keeps the canonical spelling.
 */
export function forSwaggerUi(document: JsonObject): JsonObject {
  for (const operations of Object.values<JsonObject>(document.paths ?? {})) {
    for (const operation of Object.values<JsonObject>(operations)) {
      const content = operation?.requestBody?.content;
      if (content?.[NDJSON]) {
        content['application/x-NDJSON'] = content[NDJSON];
        delete content[NDJSON];
      }
    }
  }
  return document;
}

/** GET /openapi.json (the OpenAPI 3.1 document) and GET /docs (Swagger UI on it). */
export const docsRoutes: FastifyPluginAsync = async (app) => {
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { displayRequestDuration: true, defaultModelsExpandDepth: 0, validatorUrl: null },
    transformSpecification: (document) => forSwaggerUi(document as JsonObject),
    transformSpecificationClone: true,
    // No CSP of its own: the app-wide one from helmet (scripts from 'self' only) covers Swagger UI's files.
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
};
