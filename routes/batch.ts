import { validatorCompiler, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { batchEnvelopeSchema, batchRequestSchema, batchResponseSchema, type BatchResult } from '../schemas/batch.js';
import { documentsQuerySchema } from '../schemas/extract.js';
import { problemResponses, RATE_LIMITED } from '../schemas/problem.js';
import { documentContext } from '../src/request-context.js';
import { inOrder, processDocument, type DocumentLimits } from '../src/documents.js';
import { acceptOnly, HttpProblem } from '../src/errors.js';

export interface BatchRouteOptions extends DocumentLimits {
  maxBatch: number;
  /** Documents of one batch in flight at once: enough to keep every worker busy, no more. */
  concurrency: number;
}

/** POST /v1/extract/batch: many articles, one result each, in order; one bad document never fails the others. */
export const batchRoutes: FastifyPluginAsyncZod<BatchRouteOptions> = async (app, options) => {
  app.post('/v1/extract/batch', {
    schema: {
      operationId: 'extractBatch',
      tags: ['extraction'],
      summary: 'Extract from several articles in one request',
      description:
        `Up to ${options.maxBatch} documents (MAX_BATCH). Each is validated and extracted on its own, within its own deadline: ` +
        'an invalid or failing document gets `ok: false` with a problem, and the others are unaffected. Results come in input order.',
      querystring: documentsQuerySchema,
      body: batchRequestSchema,
      response: {
        200: { description: 'One result per document, in input order.', content: { 'application/json': { schema: batchResponseSchema } } },
        ...problemResponses({
          400: 'Malformed JSON, or a body that is not `{ documents: [...] }` with at least one document.',
          413: 'More documents than MAX_BATCH, or a body over the byte limit.',
          415: 'A Content-Type other than application/json (text/plain included), or a charset other than UTF-8.',
          429: `${RATE_LIMITED} A batch costs one document per document, and is refused whole when they do not all fit.`,
          500: 'Unexpected error; quote the `requestId` when reporting it.',
          503: 'The server is shutting down; retry (another instance). A document the workers cannot take in time gets its own 503 in its result, and one past its deadline a 504.',
        }),
      },
    },
    // JSON only: a text/plain body is one article, for /v1/extract.
    onRequest: acceptOnly(['application/json'], 'application/json: {"documents": [{"text": ...}, ...]} (one article as text/plain goes to /v1/extract)'),
    // Only the envelope is checked up front; each document is validated in processDocument, so one bad one fails alone.
    validatorCompiler: (route) => validatorCompiler({ ...route, schema: route.httpPart === 'body' ? batchEnvelopeSchema : (route.schema as unknown as typeof documentsQuerySchema) }),
    handler: async (request, reply) => {
      const documents = request.body.documents as unknown[];
      if (documents.length > options.maxBatch) {
        throw new HttpProblem({
          kind: 'batch-too-large',
          status: 413,
          detail: `documents has ${documents.length} items; the limit is ${options.maxBatch}. Split the batch, use /v1/extract/stream, or raise MAX_BATCH.`,
        });
      }
      const context = { ...documentContext(request, reply), offsets: request.query.offsets };
      const results: BatchResult[] = [];
      for await (const result of inOrder(documents, options.concurrency, (document, index) => processDocument(document, index, options, context))) {
        results.push(result);
      }
      return { results };
    },
  });
};
