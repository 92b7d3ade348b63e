/**
 * npm run eval [-- --suite NAME ...] [--verbose] [--json FILE] [--compare REF] [--jobs N]
 *
 * Runs the working tree's pipeline (src/extraction.ts, in child processes, no HTTP) over the team's gold articles
 * and, when ../shared/eval sits beside the repository, the dev articles and the peer suites, and prints precision,
 * recall and F1 per layer. --verbose lists misses and spurious items; --json FILE writes the figures.
 *
 * --compare REF: runs the pipeline at git ref REF and in the working tree on the same texts, prints every item
 * that differs and a count per layer and suite; exits 1 when something differs.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { anyDifference, compareWithCommit, printComparison } from './compare.js';
import { runGroups } from './pipeline-runs.js';
import { printKeyFigures, printSuite, writeJson, type ScoredSuite } from './report.js';
import { loadCorpus, SUITE_NAMES, type Suite, type SuiteName } from './suites.js';

const REPO = path.resolve(import.meta.dirname, '../..');
/** The shared evaluation data sits beside the repository on the team's machines and nowhere else. */
const SHARED = path.resolve(REPO, '../shared/eval');

const USAGE = 'usage: npm run eval [-- --suite NAME ...] [--verbose] [--json FILE] [--compare REF] [--jobs N]';

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        suite: { type: 'string', multiple: true },
        verbose: { type: 'boolean', default: false },
        json: { type: 'string' },
        compare: { type: 'string' },
        jobs: { type: 'string', default: '2' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
})();
if (values.help) {
  console.log(`${USAGE}\nsuites: ${SUITE_NAMES.join(', ')}`);
  process.exit(0);
}

const names = values.suite ?? [...SUITE_NAMES];
const unknown = names.filter((name) => !(SUITE_NAMES as readonly string[]).includes(name));
if (unknown.length) fail(`unknown suite ${unknown.join(', ')}; the suites are ${SUITE_NAMES.join(', ')}`);
const jobs = Number(values.jobs);
if (!Number.isInteger(jobs) || jobs < 1) fail('--jobs takes a whole number of child processes, 1 or more');

const corpus = loadCorpus(REPO, SHARED, names as SuiteName[]);
for (const reason of corpus.skipped) console.log(`skipped ${reason}`);
const started = performance.now();
if (values.compare !== undefined) {
  const comparison = await compareWithCommit(REPO, values.compare, corpus.suites, jobs);
  printComparison(comparison);
  process.exitCode = anyDifference(comparison) ? 1 : 0;
} else {
  const scores = await scoreWorkingTree(corpus.suites);
  for (const score of scores) printSuite(score, values.verbose);
  printKeyFigures(scores);
  if (values.json) writeJson(values.json, scores, corpus.skipped, values.verbose);
}
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);

async function scoreWorkingTree(suites: readonly Suite[]): Promise<ScoredSuite[]> {
  const outputs = await runGroups(REPO, suites, jobs);
  return suites.map((suite) => ({ ...suite.score(outputs.get(suite.name)!), source: path.relative(REPO, suite.source) }));
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
