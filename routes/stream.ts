import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { batchResultSchema } from '../schemas/batch.js';
import { documentsQuerySchema } from '../schemas/extract.js';
import { problemResponses } from '../schemas/problem.js';
import { documentContext } from '../src/request-context.js';
import { inOrder, processLine, type DocumentLimits } from '../src/documents.js';
import { ndjsonLines, ndjsonOf } from '../src/ndjson.js';
import { acceptOnly, HttpProblem } from '../src/errors.js';
import { buildProblem } from '../src/problems.js';

export interface StreamRouteOptions extends DocumentLimits {
  /** Longest accepted line, in bytes (the body limit of a single request). */
  maxLineBytes: number;
  concurrency: number;
  /** Longest wait for the client's next bytes; past it the stream is ended (STREAM_IDLE_TIMEOUT_MS). */
  idleTimeoutMs: number;
  /** Longest a stream may last (STREAM_MAX_DURATION_MS). */
  maxDurationMs: number;
  /** Streams open at once; beyond, 503 (MAX_STREAMS). */
  maxStreams: number;
}

const NDJSON = 'application/x-ndjson';

/** POST /v1/extract/stream: NDJSON in, NDJSON out, one result per non-blank line, in order, in constant memory. */
export const streamRoutes: FastifyPluginAsyncZod<StreamRouteOptions> = async (app, options) => {
  // The body stays a stream: lines are read only as fast as results are written back.
  app.addContentTypeParser(NDJSON, (_request, payload, done) => done(null, payload));

  let open = 0;
  app.post('/v1/extract/stream', {
    config: { streamingBody: true },
    schema: {
      operationId: 'extractStream',
      tags: ['extraction'],
      summary: 'Extract from a stream of articles: NDJSON in, NDJSON out',
      description:
        'Send `application/x-ndjson`, one document per line (`{ "id"?, "text", "title"?, "url"?, "publishedAt"? }`). Each non-blank line gets one ' +
        'result line, in order, as soon as it is ready; blank lines are skipped and get none (a result\'s `id` is the document\'s own, ' +
        'else its line number, so results match lines either way); lines are read only as fast as results are consumed, so any number of articles ' +
        'streams in constant memory. A malformed, invalid or oversized line gets an error line (`ok: false`) and the stream goes on. ' +
        `Lines may be up to ${options.maxLineBytes} bytes; each document has its own deadline. A client that sends nothing for ` +
        `${options.idleTimeoutMs} ms (STREAM_IDLE_TIMEOUT_MS), or a stream open for ${options.maxDurationMs} ms (STREAM_MAX_DURATION_MS), ` +
        'gets a last error line (`id: "stream"`, status 408) after the lines already read, and the connection is closed. ' +
        `At most ${options.maxStreams} streams are open at once (MAX_STREAMS); beyond, 503 with Retry-After.`,
      querystring: documentsQuerySchema,
      response: {
        200: { description: 'One BatchResult per non-blank input line, as NDJSON.', content: { [NDJSON]: { schema: batchResultSchema } } },
        ...problemResponses({
          415: 'A Content-Type other than application/x-ndjson, or a charset other than UTF-8; `detail` says what to send.',
          500: 'Unexpected error; quote the `requestId` when reporting it.',
          503: 'MAX_STREAMS streams are already open, or the server is shutting down; retry after `Retry-After` seconds. Within a stream, a line the workers cannot take in time gets a 503 error line, one past its deadline a 504 line, and one over the client\'s rate limit (RATE_LIMIT_MAX) a 429 line.',
        }),
      },
    },
    onRequest: [
      // Checked before any parser runs: the app's JSON and text parsers would consume the body this route streams.
      acceptOnly([NDJSON], 'application/x-ndjson (UTF-8), one JSON document per line'),
      async (_request, reply) => {
        if (open >= options.maxStreams) {
          reply.header('connection', 'close');
          throw new HttpProblem({
            kind: 'service-unavailable',
            status: 503,
            detail: `${options.maxStreams} streams are already open (MAX_STREAMS); retry after the number of seconds in Retry-After, or use /v1/extract/batch.`,
            retryAfterSeconds: 5,
          });
        }
        open++;
        reply.raw.once('close', () => open--);
      },
    ],
    handler: async (request, reply) => {
      const context = { ...documentContext(request, reply), offsets: request.query.offsets };
      const limit: { reason?: string } = {};
      const body = withinTime(request.body as unknown as IncomingMessage, options.idleTimeoutMs, options.maxDurationMs, (reason) => (limit.reason = reason));
      const lines = ndjsonLines(body, options.maxLineBytes);
      const results = inOrder(lines, options.concurrency, (line) => processLine(line, options, context));
      reply.type(NDJSON);
      // The stream ends on a limit with the connection closed: the client may still be sending the rest.
      reply.header('connection', 'close');
      // A response the client does not read never ends by itself: a stream is cut off a deadline after its maximum.
      const hardStop = setTimeout(() => reply.raw.destroy(), options.maxDurationMs + options.requestTimeoutMs);
      hardStop.unref();
      reply.raw.once('close', () => clearTimeout(hardStop));
      async function* withLimitLine(): AsyncGenerator<unknown> {
        yield* results;
        if (limit.reason) {
          yield {
            id: 'stream',
            ok: false,
            error: buildProblem({ kind: 'stream-timeout', status: 408, detail: limit.reason }, context.origin),
          };
        }
      }
      // A stream body is sent as is: the route's response schema documents each line, it does not serialise them.
      return reply.send(Readable.from(ndjsonOf(withLimitLine())) as never);
    },
  });
};

/**
 * The request body's chunks while the client keeps sending: a wait longer than `idleMs` for the next chunk, or a
 * stream older than `maxMs`, ends it (after calling `onLimit` with why). Time spent extracting, while no chunk is
 * asked for, does not count as idle.
 */
async function* withinTime(source: IncomingMessage, idleMs: number, maxMs: number, onLimit: (reason: string) => void): AsyncGenerator<Buffer> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const endsAt = Date.now() + maxMs;
  for (;;) {
    const left = endsAt - Date.now();
    const wait = Math.min(idleMs, left);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), Math.max(0, wait))));
    const next = await Promise.race([iterator.next(), timeout]);
    clearTimeout(timer);
    if (next === 'timeout') {
      onLimit(
        left <= idleMs
          ? `The stream was open for ${maxMs} ms (STREAM_MAX_DURATION_MS) and was ended; the lines read until then were answered above.`
          : `No data was received for ${idleMs} ms (STREAM_IDLE_TIMEOUT_MS) and the stream was ended; the lines read until then were answered above.`,
      );
      return;
    }
    if (next.done) return;
    yield next.value;
  }
}
