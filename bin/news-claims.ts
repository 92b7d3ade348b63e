#!/usr/bin/env node
/**
 * news-claims: the extraction pipeline for corpora, without a server.
 *   news-claims extract [options] FILE|-
 * A text file (or stdin) is one article: prints its extraction as JSON. NDJSON input (a .ndjson/.jsonl file, or
 * content whose first character is "{") is one document per line: prints one result per line, in order, as
 * NDJSON, in constant memory. Runs on the same worker pool as the server.
 */
import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { extractRequestSchema } from '../schemas/extract.js';
import { defaultConfig } from '../src/config.js';
import { inOrder, processLine, type DocumentContext, type DocumentLimits } from '../src/documents.js';
import { ndjsonLines, ndjsonOf } from '../src/ndjson.js';
import { withMeta } from '../src/extraction.js';
import { workerPoolExtractor } from '../src/pool.js';
import { SERVICE_VERSION } from '../src/version.js';

const USAGE = `Usage: news-claims extract [options] FILE|-

  FILE        an article as UTF-8 text, or NDJSON (one {"text", "id"?, "title"?, "publishedAt"?} per line);
              "-" reads standard input
Options:
  --published-at DATE   publication date for relative dates (text input)
  --title TEXT          headline (text input)
  --workers N           worker threads (default: ${availableParallelism()})
  --pretty              indent JSON output (text input)
  -h, --help            this help
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
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
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const [command, file, ...extra] = positionals;
  if (command !== 'extract' || !file || extra.length) {
    process.stderr.write(USAGE);
    return 2;
  }
  const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) {
    process.stderr.write('news-claims: --workers must be an integer from 1 to 256\n');
    return 2;
  }

  const extractor = workerPoolExtractor({ workers, maxQueue: workers * 4, heapMb: defaultConfig.WORKER_HEAP_MB });
  await extractor.warm();
  const limits: DocumentLimits & { maxLineBytes: number } = {
    extractor,
    maxTextChars: defaultConfig.MAX_TEXT_CHARS,
    requestTimeoutMs: 60_000,
    version: SERVICE_VERSION,
    maxLineBytes: defaultConfig.BODY_LIMIT_BYTES,
  };
  try {
    const source = await peekable(file === '-' ? process.stdin : createReadStream(file));
    if (/\.(nd)?jsonl?$/i.test(file) || source.firstCharacter === '{') return await extractNdjson(source.stream, limits, workers);
    return await extractText(source.stream, limits, values);
  } finally {
    await extractor.close();
  }
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

async function extractText(input: Readable, limits: DocumentLimits, options: { 'published-at'?: string; title?: string; pretty?: boolean }): Promise<number> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(chunk as Buffer);
  const parsed = extractRequestSchema.safeParse({
    text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)),
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(options['published-at'] !== undefined ? { publishedAt: options['published-at'] } : {}),
  });
  if (!parsed.success) {
    process.stderr.write(`news-claims: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ')}\n`);
    return 1;
  }
  const started = performance.now();
  const extraction = await limits.extractor.extract(parsed.data);
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
