import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import t from 'tap';

// ESLint's no-cycle passes over type-only imports; this test counts them too, so no module needs another that needs it.

const ROOTS = ['src', 'routes', 'schemas', 'bin'];
const SPECIFIER = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gu;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** `import type …` and `export type …`: erased when compiled, so they load nothing. */
const TYPE_ONLY = /^\s*(?:import|export)\s+type\s/u;

/** Every module's relative imports as repository paths: type-only ones included, or (`runtime`) only those that load a module. */
function importGraph(runtime = false): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of ROOTS.flatMap(sources)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(SPECIFIER)]
      .filter((m) => !runtime || !TYPE_ONLY.test(m[0]))
      .map((m) => relative('.', resolve(dirname(file), m[1]!.replace(/\.js$/u, '.ts'))));
    graph.set(file, targets.filter((target) => target.endsWith('.ts')));
  }
  return graph;
}

/** Every module `from` loads, itself included, following static imports. */
function reachable(graph: Map<string, string[]>, from: string): Set<string> {
  const seen = new Set<string>();
  const visit = (node: string) => {
    if (seen.has(node)) return;
    seen.add(node);
    for (const next of graph.get(node) ?? []) visit(next);
  };
  visit(from);
  return seen;
}

/** The cycles of a graph, each as the path that closes it (depth-first, each cycle reported once from its first module). */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

t.test('no import cycles, counting type-only imports', async (t) => {
  const graph = importGraph();
  t.ok(graph.size > 50, `${graph.size} modules read`);
  t.same(cycles(graph).map((cycle) => cycle.join(' → ')), []);
});

t.test('the cycle finder finds a type-only cycle', async (t) => {
  const graph = new Map([['a.ts', ['b.ts']], ['b.ts', ['a.ts']], ['c.ts', ['a.ts']]]);
  t.same(cycles(graph), [['a.ts', 'b.ts', 'a.ts']]);
});

t.test('the HTTP layer and the CLI load the pipeline only on demand: with a worker pool, only the workers load it', async (t) => {
  const graph = importGraph(true);
  for (const entry of ['src/server.ts', 'src/app.ts', 'bin/news-claims.ts']) {
    const loaded = reachable(graph, entry);
    t.ok(loaded.size > 10, `${entry}: ${loaded.size} modules`);
    t.notOk(loaded.has('src/nlp/pipeline.ts'), `${entry} does not import the pipeline`);
    t.notOk(loaded.has('src/nlp/doc/compromise.ts'), `${entry} does not import compromise`);
  }
  t.ok(reachable(graph, 'src/pipeline-worker.ts').has('src/nlp/pipeline.ts'), 'the workers do');
});
