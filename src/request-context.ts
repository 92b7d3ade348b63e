import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DocumentContext } from './documents.js';
import { originOf } from './problems.js';

/** The context of the documents of one HTTP request: cancelled when the client goes, problems naming the request. */
export function documentContext(request: FastifyRequest, reply: FastifyReply): DocumentContext {
  return {
    cancel: clientGone(reply),
    charge: request.chargeDocuments ? () => request.chargeDocuments!(1) : undefined,
    origin: originOf(request),
    reportFailure: (error, documentId) => request.log.error({ err: error, document: documentId }, 'document failed'),
  };
}

/** Aborts when the client goes away before its response is written, so its queued job is dropped. */
export function clientGone(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) controller.abort(new Error('client disconnected'));
  });
  return controller.signal;
}
