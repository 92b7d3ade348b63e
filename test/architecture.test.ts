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

/** Every module's relative imports, type-only ones included, as repository paths. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of ROOTS.flatMap(sources)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(SPECIFIER)].map((m) => relative('.', resolve(dirname(file), m[1]!.replace(/\.js$/u, '.ts'))));
    graph.set(file, targets.filter((target) => target.endsWith('.ts')));
  }
  return graph;
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
