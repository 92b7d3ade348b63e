#!/usr/bin/env node
/**
 * news-claims: the extraction pipeline for corpora, without a server.
 *   news-claims extract [options] FILE|-
 * A text file (or stdin) is one article, and a .json file one request body ({ "text", "title"?, "url"?,
 * "publishedAt"? }): prints its extraction as JSON, run on this thread (one document does not warm a pool). NDJSON
 * input (a .ndjson/.jsonl file, or other content whose first character is "{") is one document per line: prints one
 * result per line, in order, as NDJSON, in constant memory, on the same worker pool as the server.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { extractRequestSchema } from '../schemas/extract.js';
import { defaultConfig } from '../src/config.js';
import { inOrder, processLine, type DocumentContext, type DocumentLimits } from '../src/documents.js';
import { ndjsonLines, ndjsonOf } from '../src/ndjson.js';
import { withMeta } from '../src/response.js';
import { inProcessExtractor, type Extractor } from '../src/extractor.js';
import { workerPoolExtractor } from '../src/pool.js';
import { SERVICE_VERSION } from '../src/version.js';

const USAGE = `Usage: news-claims extract [options] FILE|-

  FILE        an article as UTF-8 text; a .json file holding one request body {"text", "title"?, "url"?, "publishedAt"?};
              or NDJSON (.ndjson/.jsonl, or content starting with "{"), one {"text", "id"?, ...} per line;
              "-" reads standard input
Options:
  --published-at DATE   publication date for relative dates (text and .json input)
  --title TEXT          headline (text and .json input)
  --workers N           worker threads for NDJSON input (default: ${availableParallelism()})
  --pretty              indent JSON output (text and .json input)
  -h, --help            this help
`;

/** A usage error: the message, then the usage, exit code 2. */
function usageError(message?: string): number {
  process.stderr.write(`${message ? `news-claims: ${message}\n` : ''}${USAGE}`);
  return 2;
}

type Options = { 'published-at'?: string | undefined; title?: string | undefined; pretty?: boolean | undefined };

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'published-at': { type: 'string' },
        title: { type: 'string' },
        workers: { type: 'string' },
        pretty: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // Unknown options, missing values: parseArgs's own message names the option.
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const [command, file, ...extra] = positionals;
  if (command !== 'extract' || !file || extra.length) return usageError();
  const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) return usageError('--workers must be an integer from 1 to 256');

  let input: Readable;
  if (file === '-') input = process.stdin;
  else {
    try {
      // Opened first, so a missing or unreadable file is one clear line, not a stream error.
      const handle = await open(file, 'r');
      if ((await handle.stat()).isDirectory()) {
        await handle.close();
        throw Object.assign(new Error('a directory'), { code: 'EISDIR' });
      }
      input = createReadStream('', { fd: handle });
    } catch (error) {
      const { code } = error as NodeJS.ErrnoException;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
      process.stderr.write(`news-claims: cannot read ${file}: ${why}\n`);
      return 2;
    }
  }
  const limits = {
    maxTextChars: defaultConfig.MAX_TEXT_CHARS,
    requestTimeoutMs: 60_000,
    version: SERVICE_VERSION,
    maxLineBytes: defaultConfig.BODY_LIMIT_BYTES,
  };
  if (/\.json$/i.test(file)) return extractOne(await readAll(input), 'json', inProcessExtractor(), limits, values);
  const source = await peekable(input);
  if (!/\.(ndjson|jsonl)$/i.test(file) && source.firstCharacter !== '{') {
    return extractOne(await readAll(source.stream), 'text', inProcessExtractor(), limits, values);
  }
  // Many documents: the worker pool, warmed first.
  const extractor = workerPoolExtractor({ workers, maxQueue: workers * 4, heapMb: defaultConfig.WORKER_HEAP_MB });
  try {
    await extractor.warm();
    return await extractNdjson(source.stream, { ...limits, extractor }, workers);
  } finally {
    await extractor.close();
  }
}

async function readAll(input: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function extractNdjson(input: Readable, limits: DocumentLimits & { maxLineBytes: number }, workers: number): Promise<number> {
  let failed = 0;
  const context: DocumentContext = {
    cancel: new AbortController().signal,
    reportFailure: (error, id) => process.stderr.write(`news-claims: document ${id} failed: ${(error as Error).message}\n`),
  };
  const results = inOrder(ndjsonLines(input, limits.maxLineBytes), workers, async (line) => {
    const result = await processLine(line, limits, context);
    if (!result.ok) failed++;
    return result;
  });
  await pipeline(Readable.from(ndjsonOf(results)), process.stdout);
  return failed ? 1 : 0;
}

/** One document, a text or a JSON request body: its extraction as JSON on standard output. */
async function extractOne(bytes: Buffer, as: 'text' | 'json', extractor: Extractor, limits: Omit<DocumentLimits, 'extractor'>, options: Options): Promise<number> {
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    process.stderr.write('news-claims: the input is not valid UTF-8\n');
    return 1;
  }
  let body: Record<string, unknown>;
  if (as === 'json') {
    try {
      body = JSON.parse(content) as Record<string, unknown>;
    } catch (error) {
      process.stderr.write(`news-claims: the .json file is not valid JSON (${(error as Error).message}); NDJSON files are named .ndjson or .jsonl\n`);
      return 1;
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      process.stderr.write('news-claims: a .json file holds one request body, an object {"text", "title"?, "url"?, "publishedAt"?}\n');
      return 1;
    }
  } else body = { text: content };
  const parsed = extractRequestSchema.safeParse({
    ...body,
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(options['published-at'] !== undefined ? { publishedAt: options['published-at'] } : {}),
  });
  if (!parsed.success) {
    process.stderr.write(`news-claims: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ')}\n`);
    return 1;
  }
  if (parsed.data.text.length > limits.maxTextChars) {
    process.stderr.write(`news-claims: the text is ${parsed.data.text.length} characters long; the limit is ${limits.maxTextChars} (MAX_TEXT_CHARS)\n`);
    return 1;
  }
  // The in-process extractor loads the pipeline on first use: loaded before the clock starts, tookMs is the extraction's.
  await import('../src/extraction.js');
  const started = performance.now();
  const extraction = await extractor.extract(parsed.data);
  const response = withMeta(extraction, limits.version, Math.round((performance.now() - started) * 100) / 100);
  process.stdout.write(`${JSON.stringify(response, null, options.pretty ? 2 : undefined)}\n`);
  return 0;
}

/** Reads the first chunk to tell NDJSON from text, and hands back a stream that still starts at the beginning. */
async function peekable(input: Readable): Promise<{ stream: Readable; firstCharacter: string | undefined }> {
  const iterator = input[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done ? Buffer.alloc(0) : Buffer.from(first.value);
  async function* replay() {
    if (head.length) yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield Buffer.from(next.value);
  }
  return { stream: Readable.from(replay()), firstCharacter: head.toString('utf8').trimStart()[0] };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`news-claims: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
