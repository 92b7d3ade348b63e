import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.js';

/**
 * What production expects of an HTTP service: security headers (a CSP that Swagger UI works under), and,
 * when configured, CORS for the listed origins and a per-client rate limit. CORS and rate limiting are off by default.
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
    await app.register(rateLimit, {
      max: config.RATE_LIMIT_MAX,
      timeWindow: config.RATE_LIMIT_WINDOW_MS,
      // Health probes and metrics scrapes are never limited.
      allowList: (request) => request.url.startsWith('/health/') || request.url === '/metrics',
      errorResponseBuilder: (_request, context) => {
        const error = new Error(`Rate limit of ${context.max} requests per ${context.after} exceeded; retry after the number of seconds in Retry-After.`);
        return Object.assign(error, { statusCode: context.statusCode, rateLimited: true });
      },
    });
  }
}
