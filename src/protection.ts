import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { DocumentRateLimiter } from './rate-limit.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Charges documents to this client's rate limit: a 429 problem when over it, else null. Absent when the limit is off. */
    chargeDocuments: ((documents: number) => import('./errors.js').HttpProblem | null) | null;
  }
}

/**
 * What production expects of an HTTP service: security headers (a CSP that Swagger UI works under), and,
 * when configured, CORS for the listed origins and a per-client rate limit counted in documents. CORS and rate
 * limiting are off by default.
 */
export async function installProtection(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // The API is called from other origins' servers; only CORS (below) decides which browsers may read it.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  if (config.CORS_ORIGINS.length) {
    await app.register(cors, {
      origin: config.CORS_ORIGINS.includes('*') ? '*' : config.CORS_ORIGINS,
      methods: ['GET', 'POST'],
      exposedHeaders: ['x-request-id', 'retry-after'],
      maxAge: 600,
    });
  }
  if (config.RATE_LIMIT_MAX > 0) {
    const limiter = new DocumentRateLimiter(config.RATE_LIMIT_MAX, config.RATE_LIMIT_WINDOW_MS);
    app.decorateRequest('chargeDocuments', null);
    // Charged after the body is parsed, by the documents it holds; health, metrics and docs are never limited.
    app.addHook('preHandler', async (request) => {
      const charge = (documents: number) => limiter.charge(request.ip, documents);
      request.chargeDocuments = charge;
      const url = request.routeOptions.url;
      if (request.method !== 'POST') return;
      const documents =
        url === '/v1/extract' ? 1 : url === '/v1/extract/batch' ? ((request.body as { documents?: unknown[] })?.documents?.length ?? 1) : 0;
      if (documents === 0) return; // the stream is charged line by line
      const refused = charge(documents);
      if (refused) throw refused;
    });
  }
}
