import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { batchResultSchema } from '../schemas/batch.js';
import { extractResponseSchema } from '../schemas/extract.js';

const CLI = new URL('../bin/news-claims.ts', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'news-claims-cli-'));

function run(args: string[], stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

t.test('a text file is one article: its extraction as JSON', async (t) => {
  const file = join(dir, 'article.txt');
  writeFileSync(file, 'Acme Corp raised $45 million on Monday, chief executive Dana Whitfield said.');
  const { code, stdout } = await run(['extract', '--workers', '1', '--published-at', '2025-03-05', file]);
  t.equal(code, 0);
  const result = extractResponseSchema.parse(JSON.parse(stdout));
  t.equal(result.money[0]?.amount, 45_000_000);
});

t.test('NDJSON from stdin: one result per line, in order; a malformed line is an error line and the exit code says so', async (t) => {
  const input = ['{"id":"a","text":"Acme rose 5%."}', 'not json', '{"text":"Initech fell 2%."}'].join('\n');
  const { code, stdout } = await run(['extract', '--workers', '2', '-'], input);
  t.equal(code, 1, 'exit 1: a document failed');
  const lines = stdout.trim().split('\n').map((line) => batchResultSchema.parse(JSON.parse(line)));
  t.same(lines.map((l) => [l.id, l.ok]), [
    ['a', true],
    ['2', false],
    ['3', true],
  ]);
  const last = lines[2]!;
  t.ok(last.ok && last.result.percentages[0]?.value === 2);
});

t.test('usage errors exit 2 with the usage', async (t) => {
  const { code, stderr } = await run(['summarise', 'x']);
  t.equal(code, 2);
  t.match(stderr, /Usage: news-claims extract/);
});

t.test('an unknown option is a usage error: exit 2, naming the option, with the usage', async (t) => {
  const { code, stderr } = await run(['extract', '--bogus', 'x.txt']);
  t.equal(code, 2);
  t.match(stderr, /--bogus/);
  t.match(stderr, /Usage: news-claims extract/);
});

t.test('a missing file or a directory is one clear line and exit 2, not a raw ENOENT', async (t) => {
  const missing = await run(['extract', join(dir, 'nowhere.txt')]);
  t.equal(missing.code, 2);
  t.equal(missing.stderr, `news-claims: cannot read ${join(dir, 'nowhere.txt')}: no such file\n`);
  const directory = await run(['extract', dir]);
  t.equal(directory.code, 2);
  t.equal(directory.stderr, `news-claims: cannot read ${dir}: it is a directory\n`);
});

t.test('a .json file is one request body, pretty-printed or not; options fill in its fields', async (t) => {
  const file = join(dir, 'request.json');
  writeFileSync(file, JSON.stringify({ text: 'Acme Corp raised $45 million on Monday.', title: null, publishedAt: '2025-03-05' }, null, 2));
  const { code, stdout, stderr } = await run(['extract', file]);
  t.equal(code, 0, stderr);
  const result = extractResponseSchema.parse(JSON.parse(stdout));
  t.equal(result.money[0]?.amount, 45_000_000);
  t.equal(result.dates[0]?.value, '2025-03-03', 'publishedAt from the body resolves Monday');
  const list = join(dir, 'list.json');
  writeFileSync(list, '[{"text":"Acme rose."}]');
  const wrong = await run(['extract', list]);
  t.equal(wrong.code, 1);
  t.match(wrong.stderr, /one request body/);
});

t.test('one article runs in-process: no worker pool warms for it', async (t) => {
  const file = join(dir, 'short.txt');
  writeFileSync(file, 'Acme Corp raised $45 million.');
  // With a pool of 256 workers to warm, this would take minutes; one document never starts the pool.
  const started = Date.now();
  const { code } = await run(['extract', '--workers', '256', file]);
  t.equal(code, 0);
  t.ok(Date.now() - started < 60_000, `took ${Date.now() - started} ms`);
});
