import secureJson from 'secure-json-parse';
import { batchDocumentSchema, type BatchResult } from '../schemas/batch.js';
import type { ExtractRequest, OffsetUnit } from '../schemas/extract.js';
import { extractWithin } from './deadline.js';
import { ForbiddenDocument, fromZodIssues, HttpProblem, INTERNAL_ERROR, validationProblem } from './errors.js';
import type { Extractor } from './extractor.js';
import { withMeta } from './response.js';
import type { NdjsonLine } from './ndjson.js';
import { inOffsetUnit } from './offsets.js';
import { buildProblem, type ProblemInit, type ProblemOrigin } from './problems.js';

/** Where documents come from: what cancels them, what their problems name, where unexpected failures are reported. */
export interface DocumentContext {
  cancel: AbortSignal;
  /** Charges one document to the client's rate limit (stream lines): a 429 problem when over it. */
  charge?: (() => HttpProblem | null) | undefined;
  origin?: ProblemOrigin;
  reportFailure: (error: unknown, documentId: string) => void;
  /** The unit of span offsets for documents that do not name their own (the `offsets` query parameter). */
  offsets?: OffsetUnit | undefined;
}

export interface DocumentLimits {
  extractor: Extractor;
  maxTextChars: number;
  requestTimeoutMs: number;
  version: string;
}

/**
 * The article to extract: the body's fields, and those it leaves out from `defaults` (the query's, for a text/plain
 * body that has no fields); request options such as `offsets` are not part of it.
 */
export function documentOf(body: ExtractRequest, defaults: Partial<Pick<ExtractRequest, 'title' | 'url' | 'publishedAt'>> = {}) {
  return {
    text: body.text,
    title: body.title ?? defaults.title,
    url: body.url ?? defaults.url,
    publishedAt: body.publishedAt ?? defaults.publishedAt,
  };
}

/** Refuses a text over the character limit, naming the limit and the setting. */
export function checkTextLength(text: string, maxTextChars: number, where = 'text'): void {
  if (text.length > maxTextChars) {
    throw new HttpProblem({
      kind: 'text-too-long',
      status: 413,
      detail: `${where} is ${text.length} characters long; the limit is ${maxTextChars}. Split the article or raise MAX_TEXT_CHARS.`,
    });
  }
}

/**
 * One document of a batch or stream, start to finish: validated on its own, extracted within its own deadline,
 * and turned into a result line. Never throws: whatever goes wrong becomes that document's problem.
 */
export async function processDocument(
  raw: unknown,
  position: number,
  limits: DocumentLimits,
  context: DocumentContext,
): Promise<BatchResult> {
  const fallbackId = String(position + 1);
  if (raw instanceof ForbiddenDocument) {
    return failure(context, fallbackId, { kind: 'invalid-json', status: 400, detail: `Document ${fallbackId} ${raw.reason}.` });
  }
  const parsed = batchDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    // The client's id is echoed only when it is a valid one: an invalid id may be any length.
    const rawId = (raw as { id?: unknown })?.id;
    const id = batchDocumentSchema.shape.id.safeParse(rawId).success && typeof rawId === 'string' ? rawId : fallbackId;
    return failure(context, id, validationProblem(fromZodIssues(parsed.error.issues, ''), `Document ${fallbackId}`));
  }
  const { id = fallbackId, ...body } = parsed.data;
  const input = documentOf(body);
  const started = performance.now();
  try {
    checkTextLength(input.text, limits.maxTextChars, `Document ${fallbackId}'s text`);
    const extraction = await extractWithin(limits.extractor, input, limits.requestTimeoutMs, context.cancel);
    const result = withMeta(extraction, limits.version, Math.round((performance.now() - started) * 100) / 100);
    return { id, ok: true, result: inOffsetUnit(result, input.text, body.offsets ?? context.offsets) };
  } catch (error) {
    if (error instanceof HttpProblem) return failure(context, id, error.init);
    context.reportFailure(error, id);
    return failure(context, id, INTERNAL_ERROR);
  }
}

function failure(context: DocumentContext, id: string, init: ProblemInit): BatchResult {
  return { id, ok: false, error: buildProblem(init, context.origin) };
}

/** One NDJSON line, start to finish: unreadable or malformed lines become error results, the rest documents. */
export async function processLine(line: NdjsonLine, limits: DocumentLimits & { maxLineBytes: number }, context: DocumentContext): Promise<BatchResult> {
  const id = String(line.number);
  if ('error' in line) {
    return failure(
      context,
      id,
      line.error === 'too-long'
        ? { kind: 'body-too-large', status: 413, detail: `Line ${id} is longer than ${limits.maxLineBytes} bytes.` }
        : { kind: 'invalid-encoding', status: 400, detail: `Line ${id} is not valid UTF-8.` },
    );
  }
  const refused = context.charge?.();
  if (refused) return failure(context, id, refused.init);
  let document: unknown;
  try {
    document = secureJson.parse(line.text, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch {
    return failure(context, id, { kind: 'invalid-json', status: 400, detail: `Line ${id} is not a valid JSON object.` });
  }
  return processDocument(document, line.number - 1, limits, context);
}

/** Maps `items` through `work` (which must not reject) with at most `limit` in flight, yielding results in input order. */
export async function* inOrder<T, R>(items: AsyncIterable<T> | Iterable<T>, limit: number, work: (item: T, index: number) => Promise<R>): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  let index = 0;
  for await (const item of items) {
    pending.push(work(item, index++));
    if (pending.length >= limit) yield await pending.shift()!;
  }
  while (pending.length) yield await pending.shift()!;
}
