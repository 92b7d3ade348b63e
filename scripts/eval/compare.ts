/**
 * `npm run eval -- --compare REF`: runs REF's pipeline and the working tree's on the same texts and lists every
 * item that differs. REF's outputs come from the cache when this commit has run on these texts before; otherwise
 * both sides run at once, each in its own child processes.
 */
import { commitOutputs } from './commit-outputs.js';
import { diffOutputs, formatDifference, LAYERS, type Difference, type Layer } from './diff.js';
import { runGroups } from './pipeline-runs.js';
import type { Suite } from './suites.js';

export interface DocumentDifferences {
  id: string;
  differences: Difference[];
}

export interface SuiteComparison {
  suite: string;
  documents: number;
  changed: DocumentDifferences[];
}

export interface Comparison {
  ref: string;
  sha: string;
  /** Suites whose REF outputs came from the cache. */
  cached: string[];
  suites: SuiteComparison[];
}

export async function compareWithCommit(repo: string, ref: string, suites: readonly Suite[], jobs: number): Promise<Comparison> {
  const before = commitOutputs(repo, ref, suites);
  // With REF's outputs cached only the working tree runs, on every core it may use.
  const shards = Math.max(1, Math.floor(jobs / (before.pending ? 2 : 1)));
  const [reference, current] = await Promise.all([before.run(shards), runGroups(repo, suites, shards)]);
  const compared = suites.map((suite) => {
    const [was, now] = [reference.get(suite.name)!, current.get(suite.name)!];
    const changed = suite.cases
      .map((c, i) => ({ id: c.id, differences: diffOutputs(was[i]!, now[i]!) }))
      .filter((document) => document.differences.length > 0);
    return { suite: suite.name, documents: suite.cases.length, changed };
  });
  return { ref, sha: before.sha, cached: before.cached, suites: compared };
}

/** Every difference, text by text, then the count per layer and suite. */
export function printComparison(comparison: Comparison, write: (line: string) => void = console.log): void {
  const layerWidth = Math.max(...LAYERS.map((layer) => layer.length));
  for (const { suite, changed } of comparison.suites) {
    for (const { id, differences } of changed) {
      write(`\n${suite}/${id}`);
      for (const difference of differences) write(`  ${difference.layer.padEnd(layerWidth)} ${formatDifference(difference)}`);
    }
  }
  const counts = comparison.suites.map(({ suite, documents, changed }) => {
    const perLayer = new Map<Layer, number>(LAYERS.map((layer) => [layer, 0]));
    for (const { differences } of changed) for (const { layer } of differences) perLayer.set(layer, perLayer.get(layer)! + 1);
    return { suite, documents, changed: changed.length, perLayer };
  });
  const shown = LAYERS.filter((layer) => layer !== 'failure' || counts.some((c) => c.perLayer.get('failure')));
  const suiteWidth = Math.max(5, ...counts.map((c) => c.suite.length));
  write(`\nDifferences between ${comparison.ref} (${comparison.sha.slice(0, 12)}) and the working tree, items per layer:`);
  write([`${'suite'.padEnd(suiteWidth)}`, ...shown.map((layer) => layer.padStart(layer.length)), 'texts changed'].join('  '));
  for (const { suite, documents, changed, perLayer } of counts) {
    write([suite.padEnd(suiteWidth), ...shown.map((layer) => String(perLayer.get(layer)).padStart(layer.length)), `${changed}/${documents}`.padStart(13)].join('  '));
  }
  if (comparison.cached.length) write(`(${comparison.ref}'s outputs on ${comparison.cached.join(', ')} from node_modules/.cache/eval)`);
}

export function anyDifference(comparison: Comparison): boolean {
  return comparison.suites.some((suite) => suite.changed.length > 0);
}
