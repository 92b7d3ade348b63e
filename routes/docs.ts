import swaggerUi from '@fastify/swagger-ui';
import type { FastifyPluginAsync } from 'fastify';

/** GET /openapi.json (the OpenAPI 3.1 document) and GET /docs (Swagger UI on it). */
export const docsRoutes: FastifyPluginAsync = async (app) => {
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { displayRequestDuration: true, defaultModelsExpandDepth: 0, validatorUrl: null },
    // No CSP of its own: the app-wide one from helmet (scripts from 'self' only) covers Swagger UI's files.
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
};
