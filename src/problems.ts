import type { FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Problem } from '../schemas/problem.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem types name what went wrong; each is documented in the OpenAPI description of the error responses. */
export type ProblemKind =
  | 'invalid-json'
  | 'validation-error'
  | 'empty-text'
  | 'text-too-long'
  | 'batch-too-large'
  | 'body-too-large'
  | 'unsupported-media-type'
  | 'invalid-encoding'
  | 'not-found'
  | 'method-not-allowed'
  | 'bad-request'
  | 'service-unavailable'
  | 'deadline-exceeded'
  | 'stream-timeout'
  | 'client-closed'
  | 'rate-limited'
  | 'internal-error';

export interface ProblemInit {
  kind: ProblemKind;
  status: number;
  detail: string;
  errors?: Problem['errors'];
  /** Sent as Retry-After, for 503s. */
  retryAfterSeconds?: number;
}

export function problemType(kind: ProblemKind): string {
  return `urn:news-claims:problem:${kind}`;
}

/** Where a problem arose: the request path and id (absent outside HTTP, e.g. in the CLI). */
export interface ProblemOrigin {
  instance?: string;
  requestId: string;
}

export function originOf(request: FastifyRequest): ProblemOrigin {
  return { instance: request.url.split('?')[0] ?? request.url, requestId: request.id };
}

export function buildProblem(init: ProblemInit, origin?: ProblemOrigin): Problem {
  return {
    type: problemType(init.kind),
    title: STATUS_CODES[init.status] ?? 'Error',
    status: init.status,
    detail: init.detail,
    ...origin,
    ...(init.errors ? { errors: init.errors } : {}),
  };
}

/** Sends a problem+json reply. Serialised here so no route's response schema can reshape it. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, init: ProblemInit): FastifyReply {
  if (init.retryAfterSeconds !== undefined) reply.header('retry-after', String(init.retryAfterSeconds));
  return reply.code(init.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(buildProblem(init, originOf(request))));
}
