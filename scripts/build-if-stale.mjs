// `npm start`'s first step: compiles the TypeScript only when a source is newer than the compiled server (npm ci has
// already built it, through `prepare`), so a start after an install or a rebuild goes straight to the server.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['src', 'routes', 'schemas', 'bin', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];
const BUILT = join(root, 'dist/src/server.js');

/** The newest modification time under a path, in ms. */
function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = statSync(BUILT, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const sources = Math.max(...SOURCES.map((source) => newest(join(root, source))));
if (sources > built) {
  console.error(built ? 'Sources changed since the last build: compiling (npm run build)...' : 'No build yet: compiling (npm run build)...');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
