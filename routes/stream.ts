import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import secureJson from 'secure-json-parse';
import { batchResultSchema, type BatchResult } from '../schemas/batch.js';
import { problemResponses } from '../schemas/problem.js';
import { clientGone } from '../src/deadline.js';
import { inOrder, processDocument, type DocumentLimits } from '../src/documents.js';
import { ndjsonLines, type NdjsonLine } from '../src/ndjson.js';
import { buildProblem, type ProblemInit } from '../src/problems.js';

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
      const cancel = clientGone(reply);
      const resultFor = async (line: NdjsonLine): Promise<BatchResult> => {
        const id = String(line.number);
        if ('error' in line) return { id, ok: false, error: buildProblem(request, unreadableLine(line.error, id, options.maxLineBytes)) };
        let document: unknown;
        try {
          document = secureJson.parse(line.text, undefined, { protoAction: 'error', constructorAction: 'error' });
        } catch {
          return { id, ok: false, error: buildProblem(request, { kind: 'invalid-json', status: 400, detail: `Line ${id} is not a valid JSON object.` }) };
        }
        return processDocument(document, line.number - 1, options, { request, cancel });
      };
      const lines = ndjsonLines(request.body as unknown as IncomingMessage, options.maxLineBytes);
      reply.type(NDJSON);
      // A stream body is sent as is: the route's response schema documents each line, it does not serialise them.
      return reply.send(Readable.from(serialise(inOrder(lines, options.concurrency, resultFor))) as never);
    },
  });
};

function unreadableLine(reason: 'too-long' | 'invalid-utf8', id: string, maxLineBytes: number): ProblemInit {
  return reason === 'too-long'
    ? { kind: 'body-too-large', status: 413, detail: `Line ${id} is longer than ${maxLineBytes} bytes.` }
    : { kind: 'invalid-encoding', status: 400, detail: `Line ${id} is not valid UTF-8.` };
}

async function* serialise(results: AsyncIterable<BatchResult>): AsyncGenerator<string> {
  for await (const result of results) yield `${JSON.stringify(result)}\n`;
}
