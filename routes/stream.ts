import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { batchResultSchema } from '../schemas/batch.js';
import { problemResponses } from '../schemas/problem.js';
import { documentContext } from '../src/request-context.js';
import { inOrder, processLine, type DocumentLimits } from '../src/documents.js';
import { ndjsonLines, ndjsonOf } from '../src/ndjson.js';

export interface StreamRouteOptions extends DocumentLimits {
  /** Longest accepted line, in bytes (the body limit of a single request). */
  maxLineBytes: number;
  concurrency: number;
}

const NDJSON = 'application/x-ndjson';

/** POST /v1/extract/stream: NDJSON in, NDJSON out, one result per line, in order, in constant memory. */
export const streamRoutes: FastifyPluginAsyncZod<StreamRouteOptions> = async (app, options) => {
  // The body stays a stream: lines are read only as fast as results are written back.
  app.addContentTypeParser(NDJSON, (_request, payload, done) => done(null, payload));

  app.post('/v1/extract/stream', {
    config: { streamingBody: true },
    schema: {
      operationId: 'extractStream',
      tags: ['extraction'],
      summary: 'Extract from a stream of articles: NDJSON in, NDJSON out',
      description:
        'Send `application/x-ndjson`, one document per line (`{ "id"?, "text", "title"?, "url"?, "publishedAt"? }`). Each line gets one ' +
        'result line, in order, as soon as it is ready; lines are read only as fast as results are consumed, so any number of articles ' +
        'streams in constant memory. A malformed, invalid or oversized line gets an error line (`ok: false`) and the stream goes on. ' +
        `Lines may be up to ${options.maxLineBytes} bytes; each document has its own deadline.`,
      response: {
        200: { description: 'One BatchResult per input line, as NDJSON.', content: { [NDJSON]: { schema: batchResultSchema } } },
        ...problemResponses({
          415: 'Unsupported Content-Type; send application/x-ndjson.',
          500: 'Unexpected error; quote the `requestId` when reporting it.',
        }),
      },
    },
    handler: async (request, reply) => {
      const context = documentContext(request, reply);
      const lines = ndjsonLines(request.body as unknown as IncomingMessage, options.maxLineBytes);
      const results = inOrder(lines, options.concurrency, (line) => processLine(line, options, context));
      reply.type(NDJSON);
      // A stream body is sent as is: the route's response schema documents each line, it does not serialise them.
      return reply.send(Readable.from(ndjsonOf(results)) as never);
    },
  });
};

