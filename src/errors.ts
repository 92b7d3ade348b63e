import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import secureJson from 'secure-json-parse';
import type { z } from 'zod';
import { sendProblem, type ProblemInit } from './problems.js';

export const SUPPORTED_CONTENT_TYPES = ['application/json', 'text/plain; charset=utf-8'];

export const INTERNAL_ERROR: ProblemInit = {
  kind: 'internal-error',
  status: 500,
  detail: 'An unexpected error occurred; it has been logged. Quote the requestId when reporting it.',
};

export class HttpProblem extends Error {
  constructor(readonly init: ProblemInit) {
    super(init.detail);
  }
}

export interface ValidationIssue {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: { keys?: string[]; expected?: string };
}

/** One `{ path, message }` per offending field; unknown keys are named one by one. */
function describeIssue(issue: ValidationIssue): { path: string; message: string }[] {
  const base = issue.instancePath && issue.instancePath !== '/' ? issue.instancePath : '';
  if (issue.keyword === 'unrecognized_keys' && issue.params?.keys?.length) {
    return issue.params.keys.map((key) => ({ path: `${base}/${key}`, message: 'is not a known field' }));
  }
  const missing = issue.keyword === 'invalid_type' && /received undefined/.test(issue.message ?? '');
  return [{ path: base || '/', message: missing ? 'is required' : issue.message ?? 'is invalid' }];
}

/** A 400 naming each invalid field of `subject`; an empty `text` gets its own problem type. */
export function validationProblem(issues: ValidationIssue[], subject: string): ProblemInit {
  const errors = issues.flatMap(describeIssue);
  const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
  const emptyText = errors.length === 1 && errors[0]!.path.endsWith('/text') && /non-whitespace/.test(errors[0]!.message);
  return { kind: emptyText ? 'empty-text' : 'validation-error', status: 400, detail: `${subject} is invalid. ${detail}`, errors };
}

/** zod's own issues in the shape fastify reports them, under a JSON pointer prefix. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix: string): ValidationIssue[] {
  return issues.map((issue) => ({
    keyword: issue.code,
    instancePath: `${prefix}/${issue.path.join('/')}`.replace(/\/$/, '') || '/',
    message: issue.message,
    params: 'keys' in issue ? { keys: issue.keys as string[] } : {},
  }));
}

/** Maps every error a request can meet to a problem+json reply; unexpected ones are logged and never described. */
export function installErrorHandling(app: FastifyInstance, limits: { bodyLimitBytes: number }): void {
  const methodsByUrl = new Map<string, Set<string>>();
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const known = methodsByUrl.get(route.url) ?? new Set<string>();
    for (const method of methods) known.add(method);
    methodsByUrl.set(route.url, known);
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const allowed = methodsByUrl.get(path);
    if (allowed && !allowed.has(request.method)) {
      const allow = [...allowed].sort().join(', ');
      reply.header('allow', allow);
      return sendProblem(request, reply, {
        kind: 'method-not-allowed',
        status: 405,
        detail: `${request.method} is not allowed on ${path}; use ${allow}.`,
      });
    }
    return sendProblem(request, reply, { kind: 'not-found', status: 404, detail: `No route ${request.method} ${path}. See /docs for the API.` });
  });

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const init = toProblem(error, limits);
    if (init.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ problem: init.kind, status: init.status }, 'request rejected');
    if (!request.routeOptions.config?.streamingBody) await discardRestOfBody(request.raw, 2 * limits.bodyLimitBytes);
    return sendProblem(request, reply, init);
  });
}

/**
 * Reads and drops what is left of a body refused before its end (too large, an unsupported type), when it is at most
 * `maxBytes`. Answering while the client still uploads, then closing, makes the kernel reset the connection, and a
 * busy client can lose the answer to the reset. A larger body is not read on: that client gets the answer at once.
 * The receive deadline (timeouts.ts) bounds the wait; streams are not waited for.
 */
function discardRestOfBody(body: IncomingMessage, maxBytes: number): Promise<void> {
  if (body.complete || body.readableEnded || body.destroyed) return Promise.resolve();
  if (Number(body.headers['content-length'] ?? 0) > maxBytes) return Promise.resolve();
  return new Promise((resolve) => {
    let received = 0;
    const count = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) finish();
    };
    const finish = () => {
      body.off('data', count).off('end', finish).off('close', finish).off('error', finish);
      resolve();
    };
    body.on('data', count).once('end', finish).once('close', finish).once('error', finish);
    body.resume();
  });
}

function toProblem(error: FastifyError, limits: { bodyLimitBytes: number }): ProblemInit {
  if (error instanceof HttpProblem) return error.init;
  if (hasZodFastifySchemaValidationErrors(error)) return validationProblem(error.validation as ValidationIssue[], 'The request body');
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        kind: 'unsupported-media-type',
        status: 415,
        detail: `Unsupported Content-Type. Send one of: ${SUPPORTED_CONTENT_TYPES.join(', ')}.`,
      };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { kind: 'body-too-large', status: 413, detail: `The request body is larger than the limit of ${limits.bodyLimitBytes} bytes.` };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { kind: 'bad-request', status: 400, detail: 'The Content-Length header does not match the body.' };
  }
  if ((error as { rateLimited?: boolean }).rateLimited) return { kind: 'rate-limited', status: 429, detail: error.message };
  const status = error.statusCode;
  if (status && status >= 400 && status < 500) {
    return { kind: 'bad-request', status, detail: 'The request could not be processed as sent.' };
  }
  return INTERNAL_ERROR;
}

/** JSON bodies: parsed strictly, refusing prototype-polluting keys, with an error that says what is wrong and where. */
export function installJsonParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request: FastifyRequest, body: string, done) => {
    if (body.trim() === '') {
      done(new HttpProblem({ kind: 'invalid-json', status: 400, detail: 'The request body is empty; send a JSON object such as {"text": "..."}.' }), undefined);
      return;
    }
    try {
      done(null, secureJson.parse(body, undefined, { protoAction: 'error', constructorAction: 'error' }));
    } catch (error) {
      const forbidden = /prototype/.test((error as Error).message);
      const position = /position (\d+)/.exec((error as Error).message)?.[1];
      const detail = forbidden
        ? 'The request body contains a forbidden "__proto__" or "constructor.prototype" key.'
        : `The request body is not valid JSON${position ? ` (error at character ${position})` : ''}.`;
      done(new HttpProblem({ kind: 'invalid-json', status: 400, detail }), undefined);
    }
  });
}

/** text/plain bodies are the raw article: UTF-8 only, checked strictly, and handed on as `{ text }`. */
export function installTextPlainParser(app: FastifyInstance): void {
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('text/plain', { parseAs: 'buffer' }, (request: FastifyRequest, body: Buffer, done) => {
    const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase();
    if (charset && !['utf-8', 'utf8', 'us-ascii'].includes(charset)) {
      done(new HttpProblem({ kind: 'unsupported-media-type', status: 415, detail: `Charset "${charset}" is not supported; send text/plain as UTF-8 (charset=utf-8).` }), undefined);
      return;
    }
    try {
      done(null, { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(body) });
    } catch {
      done(new HttpProblem({ kind: 'invalid-encoding', status: 400, detail: 'The text/plain body is not valid UTF-8.' }), undefined);
    }
  });
}

