import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthSchema } from '../schemas/health.js';

export interface HealthRouteOptions {
  isReady: () => boolean;
}

/** Liveness (the process answers) and readiness (the pipeline is loaded and warmed). */
export const healthRoutes: FastifyPluginAsyncZod<HealthRouteOptions> = async (app, { isReady }) => {
  const uptimeSeconds = () => Math.round(process.uptime() * 10) / 10;
  app.get('/health/live', {
    schema: {
      operationId: 'live',
      tags: ['health'],
      summary: 'Liveness: the process is up and its event loop answers',
      response: { 200: { description: 'The process is alive.', content: { 'application/json': { schema: healthSchema } } } },
    },
    handler: async () => ({ status: 'ok' as const, uptimeSeconds: uptimeSeconds() }),
  });
  app.get('/health/ready', {
    schema: {
      operationId: 'ready',
      tags: ['health'],
      summary: 'Readiness: the extraction pipeline is loaded and warmed',
      response: {
        200: { description: 'Ready to serve extractions.', content: { 'application/json': { schema: healthSchema } } },
        503: { description: 'Still starting: the pipeline is not warmed yet.', content: { 'application/json': { schema: healthSchema } } },
      },
    },
    handler: async (_request, reply) => {
      if (isReady()) return { status: 'ok' as const, uptimeSeconds: uptimeSeconds() };
      return reply.code(503).send({ status: 'starting' as const, uptimeSeconds: uptimeSeconds() });
    },
  });
};
