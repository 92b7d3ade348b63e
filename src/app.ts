import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import { docsRoutes } from '../routes/docs.js';
import { exploreRoutes } from '../routes/explore.js';
import { batchRoutes } from '../routes/batch.js';
import { extractRoutes } from '../routes/extract.js';
import { metricsRoutes } from '../routes/metrics.js';
import { streamRoutes } from '../routes/stream.js';
import { healthRoutes } from '../routes/health.js';
import { defaultConfig, type Config } from './config.js';
import { answerClientError, answerFrameworkError, installContentEncodingCheck, installErrorHandling, installJsonParser, installTextPlainParser } from './errors.js';
import type { Extractor } from './extractor.js';
import { extractorFor } from './pool.js';
import { swaggerOptions } from './openapi.js';
import { installProtection } from './protection.js';
import { installReceiveDeadline } from './timeouts.js';
import { SERVICE_VERSION } from './version.js';

export interface AppOptions {
  config?: Config;
  extractor?: Extractor;
  /** Fastify logger option: pino options, or false for none (tests). */
  logger?: FastifyServerOptions['logger'];
  /** Called once, when every worker has warmed and the service turns ready. */
  onReady?: () => void;
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Trusts the nearest `hops` proxies: the client is the address they forwarded for. */
const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops;

/** Builds the service without listening: every route, the OpenAPI document and the error handling. */
export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const config = options.config ?? defaultConfig;
  const extractor = options.extractor ?? extractorFor(config);
  const app = Fastify({
    logger: options.logger ?? { level: config.LOG_LEVEL },
    bodyLimit: config.BODY_LIMIT_BYTES,
    // Receiving is bounded per route by installReceiveDeadline; Node's server-wide timeout would cut off streams.
    requestTimeout: 0,
    return503OnClosing: true,
    requestIdHeader: false,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
    // Behind a proxy the operator names, clients are told apart (rate limit, logs) by X-Forwarded-For.
    trustProxy: typeof config.TRUST_PROXY === 'number' ? trustHops(config.TRUST_PROXY) : config.TRUST_PROXY,
    // What never reaches a route still gets a problem+json: unreadable HTTP, and URLs fastify cannot decode.
    clientErrorHandler: answerClientError,
    frameworkErrors: answerFrameworkError,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  installErrorHandling(app, { bodyLimitBytes: config.BODY_LIMIT_BYTES });
  installReceiveDeadline(app, config.REQUEST_TIMEOUT_MS);
  installContentEncodingCheck(app);
  installJsonParser(app);
  installTextPlainParser(app);

  // While closing, responses ask the client to drop the connection, so idle keep-alive sockets don't hold up the exit.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });

  let ready = false;
  // The server listens (and is live) at once; it turns ready when every worker has loaded and warmed.
  app.addHook('onReady', async () => {
    extractor.warm().then(
      () => {
        ready = true;
        options.onReady?.();
      },
      (error: unknown) => app.log.error({ err: error }, 'the pipeline failed to warm: the service stays unready'),
    );
  });
  app.addHook('onClose', async () => {
    await extractor.close();
  });

  await installProtection(app, config);
  await app.register(metricsRoutes, { extractor });
  await app.register(swagger, swaggerOptions(SERVICE_VERSION));
  await app.register(healthRoutes, { isReady: () => ready });
  const documentLimits = {
    extractor,
    maxTextChars: config.MAX_TEXT_CHARS,
    requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
    version: SERVICE_VERSION,
  };
  const concurrency = Math.max(1, config.WORKERS);
  await app.register(extractRoutes, documentLimits);
  await app.register(batchRoutes, { ...documentLimits, maxBatch: config.MAX_BATCH, concurrency });
  await app.register(streamRoutes, {
    ...documentLimits,
    maxLineBytes: config.BODY_LIMIT_BYTES,
    concurrency,
    idleTimeoutMs: config.STREAM_IDLE_TIMEOUT_MS,
    maxDurationMs: config.STREAM_MAX_DURATION_MS,
    maxStreams: config.MAX_STREAMS,
  });
  await app.register(docsRoutes);
  await app.register(exploreRoutes);
  return app;
}
