import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route reads its body as a stream for as long as the client sends it: no receive deadline. */
    streamingBody?: boolean;
  }
}

/**
 * A client must deliver its whole request within `timeoutMs`, or its connection is closed: a slow or stalled
 * upload never holds a socket or parser for long. Node's own `requestTimeout` would also cut off the NDJSON
 * stream route, which legitimately receives for minutes, so the deadline is kept here, per route.
 */
export function installReceiveDeadline(app: FastifyInstance, timeoutMs: number): void {
  app.server.headersTimeout = Math.min(timeoutMs, 60_000);
  app.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.config?.streamingBody) return;
    const timer = setTimeout(() => {
      if (request.raw.complete) return;
      request.log.info({ timeoutMs }, 'request body not received in time: closing the connection');
      request.raw.socket?.destroy();
    }, timeoutMs);
    timer.unref();
    const clear = () => clearTimeout(timer);
    request.raw.once('end', clear);
    reply.raw.once('close', clear);
  });
}
