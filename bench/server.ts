/**
 * A real server for the benchmark and the soak: `npm start`'s command, the compiled entry with the same Node flags
 * (read from package.json and built first, so what is measured is what runs), on loopback. Also reads a process's
 * resident memory.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } };
/** What follows `node` in `npm start`: its flags and the compiled entry ("--max-old-space-size=512 dist/src/server.js"). */
const startArguments = packageJson.scripts.start.split(/\s+/).slice(1);
const root = new URL('..', import.meta.url).pathname;

let built = false;

/** Compiles the service to dist/ once per run. Worker threads then run compiled code, as in production. */
export function buildOnce(): void {
  if (!built) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  built = true;
}

export async function startServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  buildOnce();
  const server = spawn(process.execPath, startArguments, {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/ready`)).ok) return server;
    } catch {
      // still starting
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error('server did not become ready');
}

/** Resident set size of a process, in bytes. */
export function rssOf(pid: number): number {
  return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
}
