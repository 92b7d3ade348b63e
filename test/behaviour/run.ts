import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { raisedFloors, readFloors, TARGET_RATE, writeFloors } from './floors.js';
import { failureReport, resultTable } from './report.js';
import { CAPABILITIES, runCapability, type CapabilityResult } from './suite.js';

/**
 * npm run behaviour [-- --verbose] [--json FILE] [--only PREFIX] [--raise-floors]: runs the behavioural suite
 * in-process and prints the pass rate of each capability against its floor; --verbose adds every failing case, --json
 * writes the results (failures included), --raise-floors records the current rates in floors.json where they are higher.
 */
const { values } = parseArgs({
  options: {
    verbose: { type: 'boolean', short: 'v', default: false },
    json: { type: 'string' },
    only: { type: 'string' },
    'raise-floors': { type: 'boolean', default: false },
  },
});

const selected = CAPABILITIES.filter((capability) => !values.only || capability.id.startsWith(values.only));
const results: CapabilityResult[] = [];
const started = Date.now();
for (const capability of selected) results.push(runCapability(capability));

const floors = readFloors();
console.log(resultTable(results, floors, TARGET_RATE));
console.log(`\n${selected.length} capabilities in ${((Date.now() - started) / 1000).toFixed(1)} s; target ${TARGET_RATE * 100}% each`);
if (values.verbose) console.log(failureReport(results));
if (values.json) writeFileSync(values.json, `${JSON.stringify({ target: TARGET_RATE, results }, null, 2)}\n`);
if (values['raise-floors']) {
  if (values.only) throw new Error('--raise-floors needs the whole suite: drop --only');
  writeFloors(raisedFloors(floors, results));
  console.log('floors.json: floors raised to the current rates');
}
