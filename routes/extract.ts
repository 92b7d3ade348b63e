import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { extractQuerySchema, extractRequestSchema, extractResponseSchema } from '../schemas/extract.js';
import { problemResponses, RATE_LIMITED } from '../schemas/problem.js';
import { checkTextLength, documentOf, type DocumentLimits } from '../src/documents.js';
import { extractWithin } from '../src/deadline.js';
import { clientGone } from '../src/request-context.js';
import { withMeta } from '../src/response.js';
import { inOffsetUnit } from '../src/offsets.js';

/** POST /v1/extract: one article in, every entity, figure, date, quote and claim out. */
export const extractRoutes: FastifyPluginAsyncZod<DocumentLimits> = async (app, { extractor, maxTextChars, requestTimeoutMs, version }) => {
  app.post('/v1/extract', {
    schema: {
      operationId: 'extract',
      tags: ['extraction'],
      summary: 'Extract entities, money, percentages, dates, quotes and claims from one article',
      description:
        'Send the article as JSON (`{ "text": ... }`, optionally with `title`, `url` and `publishedAt`) or as a raw UTF-8 `text/plain` body ' +
        '(then `title`, `url` and `publishedAt` may come as query parameters). ' +
        `Texts may be up to ${maxTextChars} characters. Every span in the response carries \`start\`/\`end\` offsets into \`text\` as sent, ` +
        'in UTF-16 code units unless `offsets` asks for code points (`codepoint`) or UTF-8 bytes (`utf8`).',
      consumes: ['application/json', 'text/plain'],
      querystring: extractQuerySchema,
      body: extractRequestSchema,
      response: {
        200: { description: 'What the article says, as structured data.', content: { 'application/json': { schema: extractResponseSchema } } },
        ...problemResponses({
          400: 'Malformed JSON, invalid fields (named in `errors`), empty text or a text/plain body that is not UTF-8.',
          404: 'No such route.',
          405: 'Method not allowed; the `Allow` header lists the allowed ones.',
          413: 'The body is over the byte limit, or the text over the character limit (both named in `detail`).',
          415: 'Unsupported Content-Type or charset; `detail` lists the supported ones.',
          429: RATE_LIMITED,
          500: 'Unexpected error; quote the `requestId` when reporting it.',
          503: 'Every worker is busy and the work queued ahead would not leave time for this article before its deadline (or the queue is full); retry after `Retry-After` seconds.',
          504: 'The extraction did not finish within `REQUEST_TIMEOUT_MS`; retry after `Retry-After` seconds or send a shorter text.',
        }),
      },
    },
    // Under overload, refused before the body is read and parsed: shedding must cost the event loop next to nothing.
    onRequest: async (request) => {
      const bytes = Number(request.headers['content-length']);
      // A body that may hold a text over the limit is read first: it is owed its 413, busy or not.
      if (!(bytes > 0) || bytes > maxTextChars) return;
      // A JSON or UTF-8 body's byte count is at least its text's length in characters: a cautious estimate.
      const refused = extractor.refusal(bytes, Date.now() + requestTimeoutMs);
      if (refused) throw refused;
    },
    handler: async (request, reply) => {
      checkTextLength(request.body.text, maxTextChars);
      const document = documentOf(request.body, request.query);
      const started = performance.now();
      const result = await extractWithin(extractor, document, requestTimeoutMs - reply.elapsedTime, clientGone(reply));
      const tookMs = Math.round((performance.now() - started) * 100) / 100;
      return inOffsetUnit(withMeta(result, version, tookMs, request.query.explain), document.text, request.body.offsets ?? request.query.offsets);
    },
  });
};
