/**
 * npm run eval [-- --suite NAME ...] [--compare REF] [--jobs N]
 *
 * --compare REF: runs the pipeline at git ref REF and in the working tree on the same texts, prints every item
 * that differs and a count per layer and suite; exits 1 when something differs.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { anyDifference, compareWithCommit, printComparison } from './compare.js';
import { loadCorpus, SUITE_NAMES, type SuiteName } from './suites.js';

const REPO = path.resolve(import.meta.dirname, '../..');
/** The shared evaluation data sits beside the repository on the team's machines and nowhere else. */
const SHARED = path.resolve(REPO, '../shared/eval');

const { values } = parseArgs({
  options: {
    suite: { type: 'string', multiple: true },
    compare: { type: 'string' },
    jobs: { type: 'string', default: '2' },
  },
});

const names = values.suite ?? [...SUITE_NAMES];
const unknown = names.filter((name) => !(SUITE_NAMES as readonly string[]).includes(name));
if (unknown.length) fail(`unknown suite ${unknown.join(', ')}; the suites are ${SUITE_NAMES.join(', ')}`);
const jobs = Number(values.jobs);
if (!Number.isInteger(jobs) || jobs < 1) fail('--jobs takes a whole number of child processes, 1 or more');

const corpus = loadCorpus(REPO, SHARED, names as SuiteName[]);
for (const reason of corpus.skipped) console.log(`skipped ${reason}`);

if (values.compare === undefined) fail('give --compare REF');
const started = performance.now();
const comparison = await compareWithCommit(REPO, values.compare, corpus.suites, jobs);
printComparison(comparison);
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
process.exitCode = anyDifference(comparison) ? 1 : 0;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
