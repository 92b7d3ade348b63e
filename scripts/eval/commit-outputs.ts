/** A commit's pipeline outputs on the suites: from the cache where it has them, else from a run in the commit's files. */
import { resolveCommit, withCommitTree } from './commit-tree.js';
import { OutputCache } from './output-cache.js';
import { runGroups, type ExtractOutput } from './pipeline-runs.js';
import type { Suite } from './suites.js';

export interface CommitOutputs {
  sha: string;
  /** Suites already in the cache. */
  cached: string[];
  /** Whether some suite has still to run. */
  pending: boolean;
  /** The outputs per suite name, running what the cache lacks in `shards` child processes and caching it. */
  run(shards: number): Promise<Map<string, ExtractOutput[]>>;
}

export function commitOutputs(repo: string, ref: string, suites: readonly Suite[]): CommitOutputs {
  const sha = resolveCommit(repo, ref);
  const cache = new OutputCache(repo);
  const inputsOf = (suite: Suite) => suite.cases.map((c) => c.input);
  const outputs = new Map<string, ExtractOutput[]>();
  for (const suite of suites) {
    const cached = cache.get(sha, suite.name, inputsOf(suite));
    if (cached) outputs.set(suite.name, cached);
  }
  const missing = suites.filter((suite) => !outputs.has(suite.name));
  return {
    sha,
    cached: [...outputs.keys()],
    pending: missing.length > 0,
    async run(shards) {
      if (!missing.length) return outputs;
      const fresh = await withCommitTree(repo, sha, (tree) => runGroups(tree, missing, shards));
      for (const suite of missing) {
        cache.set(sha, suite.name, inputsOf(suite), fresh.get(suite.name)!);
        outputs.set(suite.name, fresh.get(suite.name)!);
      }
      return outputs;
    },
  };
}
