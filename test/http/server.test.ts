import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import t from 'tap';

const SERVER = new URL('../../src/server.ts', import.meta.url).pathname;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function startServer(env: Record<string, string>): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return Object.assign(child, { output: () => output });
}

/** Up to a minute: loading and warming two workers takes seconds of CPU, many more on a busy machine. */
async function waitReady(base: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      if ((await fetch(`${base}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server did not become ready');
}

t.test('a bad configuration stops start-up with one line naming the variable', async (t) => {
  const child = startServer({ PORT: 'eighty' });
  const [code] = await once(child, 'exit');
  t.equal(code, 1);
  t.equal(child.output().trim(), 'Invalid configuration: PORT must be an integer from 1 to 65535 (got "eighty")');
});

t.test('a busy port, an unusable HOST or a bad LOG_LEVEL end start-up with one line naming the setting', async (t) => {
  const holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  t.teardown(() => holder.close());
  const { port } = holder.address() as { port: number };
  const cases: [Record<string, string>, RegExp][] = [
    [{ PORT: String(port), HOST: '127.0.0.1' }, new RegExp(`^Cannot listen: port ${port} on 127\\.0\\.0\\.1 is already in use; .*set PORT`)],
    [{ PORT: String(port), HOST: '192.0.2.1' }, /^Cannot listen: HOST "192\.0\.2\.1" is not an address of this machine; set HOST/],
    [{ PORT: String(port), HOST: 'no-such-host.invalid' }, /^Cannot listen: HOST "no-such-host\.invalid" does not resolve/],
    [{ LOG_LEVEL: 'verbose' }, /^Invalid configuration: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent \(got "verbose"\)$/],
  ];
  for (const [env, line] of cases) {
    const child = startServer({ WORKERS: '0', ...env });
    const [code] = await once(child, 'exit');
    t.equal(code, 1, JSON.stringify(env));
    const lines = child.output().trim().split('\n').filter((l) => !l.startsWith('{'));
    t.equal(lines.length, 1, `one line: ${child.output()}`);
    t.match(lines[0], line);
  }
});

t.test('once warm, one log line gives the address of /docs', async (t) => {
  const port = await freePort();
  const child = startServer({ PORT: String(port), HOST: '127.0.0.1', WORKERS: '1' });
  t.teardown(() => {
    child.kill('SIGKILL');
  });
  await waitReady(`http://127.0.0.1:${port}`);
  await new Promise((resolve) => setTimeout(resolve, 100));
  const ready = child.output().trim().split('\n').map((line) => JSON.parse(line) as { msg: string }).filter((line) => line.msg.startsWith('ready'));
  t.same(ready.map((line) => line.msg), [`ready: Swagger UI at http://127.0.0.1:${port}/docs`]);
});

t.test('SIGTERM: in-flight requests finish, new ones are refused, exit 0; logs carry request ids and no article text', async (t) => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = startServer({ PORT: String(port), HOST: '127.0.0.1' });
  t.teardown(() => {
    child.kill('SIGKILL');
  });
  await waitReady(base);
  const secret = 'Zephyrine Quillfeather';
  const text = `${secret} said Acme raised $5 million on Monday. `.repeat(400);
  const inFlight = fetch(`${base}/v1/extract`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'shutdown-test-1' }, body: JSON.stringify({ text }) });
  await new Promise((resolve) => setTimeout(resolve, 50));
  child.kill('SIGTERM');
  const response = await inFlight;
  t.equal(response.status, 200, 'the in-flight request completes');
  const body = (await response.json()) as { money: unknown[] };
  t.ok(body.money.length > 0, 'with a full response');
  const [code] = await once(child, 'exit');
  t.equal(code, 0, 'exits 0');
  await t.rejects(fetch(`${base}/health/live`), 'new connections are refused after exit');
  const lines = child.output().trim().split('\n').map((line) => JSON.parse(line));
  t.ok(lines.some((line) => line.reqId === 'shutdown-test-1'), 'log lines carry the request id');
  t.notOk(child.output().includes(secret), 'article text is not logged at info');
});
