import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import secureJson from 'secure-json-parse';
import type { z } from 'zod';
import { buildProblem, PROBLEM_CONTENT_TYPE, sendProblem, type ProblemInit } from './problems.js';

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

const UNLISTED_KEY = { path: '', message: 'is not a known field' };

/** One `{ path, message }` per offending field; unknown keys are named one by one. */
function describeIssue(issue: ValidationIssue): { path: string; message: string }[] {
  const base = issue.instancePath && issue.instancePath !== '/' ? issue.instancePath : '';
  if (issue.keyword === 'unrecognized_keys' && issue.params?.keys?.length) {
    // Only as many as can be listed: a body may hold hundreds of thousands of unknown keys.
    const keys = issue.params.keys;
    const listed = keys.slice(0, MAX_LISTED_ERRORS).map((key) => ({ path: `${base}/${key}`, message: 'is not a known field' }));
    return keys.length > listed.length ? listed.concat(Array.from({ length: keys.length - listed.length }, () => UNLISTED_KEY)) : listed;
  }
  const missing = issue.keyword === 'invalid_type' && /received undefined/.test(issue.message ?? '');
  return [{ path: base || '/', message: missing ? 'is required' : issue.message ?? 'is invalid' }];
}

/** At most this many invalid fields are listed in a problem; the detail says how many more there were. */
export const MAX_LISTED_ERRORS = 20;
/** Longest piece of the client's input (a field name, an id) echoed back in a problem, in characters. */
export const MAX_ECHOED_CHARS = 100;

/** `input` as it may be echoed back: cut to MAX_ECHOED_CHARS, saying so. */
export function echoed(input: string): string {
  return input.length <= MAX_ECHOED_CHARS ? input : `${input.slice(0, MAX_ECHOED_CHARS)}... (${input.length} characters)`;
}

/** A 400 naming each invalid field of `subject` (the first MAX_LISTED_ERRORS); an empty `text` gets its own problem type. */
export function validationProblem(issues: ValidationIssue[], subject: string): ProblemInit {
  const all = issues.flatMap(describeIssue);
  const errors = all.slice(0, MAX_LISTED_ERRORS).map((e) => ({ path: echoed(e.path), message: e.message }));
  const more = all.length > errors.length ? `; and ${all.length - errors.length} more (${all.length} in all)` : '';
  const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ') + more;
  const emptyText = all.length === 1 && all[0]!.path.endsWith('/text') && /non-whitespace/.test(all[0]!.message);
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
    if (init.status >= 500 && !(error instanceof HttpProblem)) request.log.error({ err: error }, 'request failed');
    else if (init.status >= 500) request.log.warn({ problem: init.kind, status: init.status }, 'request refused');
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
  const status = error.statusCode;
  if (status && status >= 400 && status < 500) {
    return { kind: 'bad-request', status, detail: 'The request could not be processed as sent.' };
  }
  return INTERNAL_ERROR;
}

/** The charsets a body may declare: UTF-8, and ASCII, which is UTF-8 too. */
const UTF8_CHARSETS = ['utf-8', 'utf8', 'us-ascii'];

/** A Content-Type header's media type and charset, both in lower case. */
export function mediaTypeOf(header: string | undefined): { type: string; charset: string | undefined } {
  const type = (header ?? '').split(';')[0]!.trim().toLowerCase();
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(header ?? '')?.[1]?.toLowerCase();
  return { type, charset };
}

/** A 415 when the declared charset is not UTF-8 (or ASCII), else null. */
function charsetProblem(header: string | undefined, what: string): HttpProblem | null {
  const { charset } = mediaTypeOf(header);
  if (!charset || UTF8_CHARSETS.includes(charset)) return null;
  return new HttpProblem({
    kind: 'unsupported-media-type',
    status: 415,
    detail: `Charset "${echoed(charset)}" is not supported; send ${what} as UTF-8 (charset=utf-8).`,
  });
}

/**
 * A route's own check of the Content-Type, before any parser reads the body: anything but `accepted` (or a charset
 * other than UTF-8) is a 415 that names what this route takes. The app-wide JSON and text parsers would otherwise
 * consume a body that a route such as the stream reads itself.
 */
export function acceptOnly(accepted: readonly string[], what: string) {
  return async (request: FastifyRequest): Promise<void> => {
    const header = request.headers['content-type'];
    const { type } = mediaTypeOf(header);
    if (!accepted.includes(type)) {
      const sent = type ? `Content-Type "${echoed(type)}" is not accepted here` : 'The request has no Content-Type';
      throw new HttpProblem({ kind: 'unsupported-media-type', status: 415, detail: `${sent}; send ${what}.` });
    }
    const problem = charsetProblem(header, accepted.join(' or '));
    if (problem) throw problem;
  };
}

/** A declared charset other than UTF-8 (415), or a body that is not valid UTF-8 (400): the body's text otherwise. */
function decodeUtf8(request: FastifyRequest, body: Buffer, what: string, keepBom: boolean): string | HttpProblem {
  const problem = charsetProblem(request.headers['content-type'], what);
  if (problem) return problem;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: keepBom }).decode(body);
  } catch {
    return new HttpProblem({ kind: 'invalid-encoding', status: 400, detail: `The ${what} body is not valid UTF-8.` });
  }
}

const FORBIDDEN_KEYS = { protoAction: 'error', constructorAction: 'error' } as const;

/** Why a parsed value holds a prototype-polluting key ("__proto__", "constructor.prototype"), or null when it holds none. */
function forbiddenKey(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return null;
  try {
    secureJson.scan(value as Record<string, unknown>, FORBIDDEN_KEYS);
    return null;
  } catch {
    return 'contains a forbidden "__proto__" or "constructor.prototype" key';
  }
}

/** A document of a batch that held a forbidden key: it fails alone (documents.ts), not the whole batch. */
export class ForbiddenDocument {
  constructor(readonly reason: string) {}
}

/**
 * A body whose only forbidden keys are inside documents of a batch envelope: those documents are replaced by
 * ForbiddenDocument, so each fails alone. Anything else with a forbidden key: null (the whole body is refused).
 * JSON.parse makes "__proto__" an own property, so parsing first pollutes nothing.
 */
function isolateForbiddenDocuments(parsed: unknown): unknown {
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const documents = (parsed as { documents?: unknown }).documents;
  if (!Array.isArray(documents) || forbiddenKey({ ...parsed, documents: [] }) !== null) return null;
  return {
    ...parsed,
    documents: documents.map((document) => {
      const reason = forbiddenKey(document);
      return reason === null ? document : new ForbiddenDocument(reason);
    }),
  };
}

/**
 * JSON bodies: UTF-8 only, checked strictly (as text/plain), parsed strictly, refusing prototype-polluting keys
 * (in one document of a batch: that document alone), with an error that says what is wrong and where.
 */
export function installJsonParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request: FastifyRequest, buffer: Buffer, done) => {
    const body = decodeUtf8(request, buffer, 'JSON', false);
    if (body instanceof HttpProblem) {
      done(body, undefined);
      return;
    }
    if (body.trim() === '') {
      done(new HttpProblem({ kind: 'invalid-json', status: 400, detail: 'The request body is empty; send a JSON object such as {"text": "..."}.' }), undefined);
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (error) {
      const position = /position (\d+)/.exec((error as Error).message)?.[1];
      done(new HttpProblem({ kind: 'invalid-json', status: 400, detail: `The request body is not valid JSON${position ? ` (error at character ${position})` : ''}.` }), undefined);
      return;
    }
    if (forbiddenKey(parsed) === null) {
      done(null, parsed);
      return;
    }
    const isolated = isolateForbiddenDocuments(parsed);
    if (isolated !== null) done(null, isolated);
    else done(new HttpProblem({ kind: 'invalid-json', status: 400, detail: 'The request body contains a forbidden "__proto__" or "constructor.prototype" key.' }), undefined);
  });
}

/**
 * text/plain bodies are the raw article: UTF-8 only, checked strictly, and handed on as `{ text }`. A byte-order mark
 * is kept, as U+FEFF at offset 0, so offsets stay offsets into the text as sent.
 */
export function installTextPlainParser(app: FastifyInstance): void {
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('text/plain', { parseAs: 'buffer' }, (request: FastifyRequest, body: Buffer, done) => {
    const text = decodeUtf8(request, body, 'text/plain', true);
    if (text instanceof HttpProblem) done(text, undefined);
    else done(null, { text });
  });
}

/**
 * Request bodies are taken as sent: a Content-Encoding other than identity (gzip, deflate, br...) is refused with a
 * 415 before the body is read, rather than parsed as if it were plain.
 */
export function installContentEncodingCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    const encoding = request.headers['content-encoding']?.trim().toLowerCase();
    if (encoding && encoding !== 'identity') {
      throw new HttpProblem({
        kind: 'unsupported-media-type',
        status: 415,
        detail: `Content-Encoding "${echoed(encoding)}" is not supported; send the body uncompressed (identity).`,
      });
    }
  });
}

/**
 * The security headers of a response that never reached the app's hooks (helmet's run in them): a request the HTTP
 * parser could not read, or a URL fastify could not decode. The same policies as helmet's, for a body that is data.
 */
export const BASELINE_SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'cross-origin',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
};

/**
 * Answers what Node's HTTP parser could not read (malformed request line or headers, oversized headers, a request
 * timeout) with a problem+json, a request id and the baseline security headers, then closes the connection. Nothing
 * of the request is echoed back.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const init: ProblemInit =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? { kind: 'bad-request', status: 431, detail: 'The request headers are larger than the server accepts.' }
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? { kind: 'bad-request', status: 408, detail: 'The request was not received in time.' }
        : { kind: 'bad-request', status: 400, detail: 'The request is not valid HTTP/1.1 and could not be read.' };
  const requestId = randomUUID();
  const body = JSON.stringify(buildProblem(init, { requestId }));
  const headers = { 'content-type': PROBLEM_CONTENT_TYPE, 'content-length': String(Buffer.byteLength(body)), 'x-request-id': requestId, connection: 'close', ...BASELINE_SECURITY_HEADERS };
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${init.status} ${STATUS_CODES[init.status]}\r\n${Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n${body}`);
  }
  socket.destroy();
}

/** fastify's own refusals before routing (a URL it cannot decode): problem+json, without echoing the URL. */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const init: ProblemInit =
    error.code === 'FST_ERR_BAD_URL'
      ? { kind: 'bad-request', status: 400, detail: 'The request URL is not valid (malformed percent-encoding); see /docs for the API.' }
      : { kind: 'bad-request', status: 400, detail: 'The request could not be routed as sent.' };
  request.log.info({ problem: error.code }, 'request rejected');
  reply.headers({ ...BASELINE_SECURITY_HEADERS, 'x-request-id': request.id });
  void reply.code(init.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(buildProblem(init, { requestId: request.id })));
}
