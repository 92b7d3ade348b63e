import t from 'tap';
import { readFloors } from './floors.js';
import { CASES_PER_CAPABILITY } from './generate.js';
import { percent } from './report.js';
import { CAPABILITIES, runCapability } from './suite.js';

/**
 * The behavioural suite (npm run behaviour prints it as a table): every capability must pass at least at the floor
 * recorded for it in floors.json, so that no capability regresses silently. The target is 98% for each; raise the
 * floors as the pipeline improves (npm run behaviour -- --raise-floors).
 */
const floors = readFloors();

// About 15 s of CPU for the whole suite (3,300 cases); the margin is for a shared machine under load.
t.setTimeout(300_000);

t.test('every capability has a recorded floor, and every floor a capability', async (t) => {
  const ids = CAPABILITIES.map((c) => c.id);
  t.same(ids.filter((id) => floors[id] === undefined), [], 'capabilities without a floor');
  t.same(Object.keys(floors).filter((id) => !ids.includes(id)), [], 'floors of no capability');
  t.equal(new Set(ids).size, ids.length, 'capability ids are unique');
});

t.test('the cases are generated the same way every time', async (t) => {
  for (const capability of CAPABILITIES.slice(0, 5)) {
    const texts = () => capability.cases().map((c) => c.inputs.map((input) => input.text));
    t.same(texts(), texts(), capability.id);
  }
});

for (const capability of CAPABILITIES) {
  t.test(capability.id, async (t) => {
    const result = runCapability(capability);
    const floor = floors[capability.id] ?? 1;
    t.ok(result.cases >= CASES_PER_CAPABILITY, `${result.cases} cases`);
    t.ok(result.rate >= floor, `${capability.id}: ${percent(result.rate)} passed (${result.passed}/${result.cases}), floor ${percent(floor)}`, {
      firstFailures: result.failures.slice(0, 3),
    });
  });
}
