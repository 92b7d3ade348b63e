import t from 'tap';
import { weightOf, weightTable } from '../../src/nlp/attribution/models/weight-table.js';
import { seededRandom } from '../../src/nlp/seeded-random.js';

t.test('a weight table gives every weight of the map it was built from, to the bit, and 0 for any other key', (t) => {
  const random = seededRandom(7);
  const entries = new Map<number, number>();
  // Keys as the cue detector makes them (pairs of numbers below 2^15), weights of any sign and size.
  while (entries.size < 5000) entries.set(Math.floor(random() * 2 ** 15) * 2 ** 15 + Math.floor(random() * 2 ** 15), (random() - 0.5) * 10 ** Math.floor(random() * 6 - 3));
  const table = weightTable(entries);
  let mismatches = 0;
  for (const [key, weight] of entries) if (!Object.is(weightOf(table, key), weight)) mismatches++;
  t.equal(mismatches, 0, 'every key read back');
  let absent = 0;
  for (let i = 0; i < 5000; i++) {
    const key = Math.floor(random() * 2 ** 30);
    if (!entries.has(key) && weightOf(table, key) !== 0) absent++;
  }
  t.equal(absent, 0, 'absent keys weigh nothing');
  t.end();
});

t.test('a table of one weight, and keys it cannot hold', (t) => {
  const table = weightTable(new Map([[2 ** 30, -0.25]]));
  t.equal(weightOf(table, 2 ** 30), -0.25);
  t.same([0, 1, 2 ** 29, 2 ** 31 - 1].map((key) => weightOf(table, key)), [0, 0, 0, 0], 'a search of a small table ends at an empty slot');
  t.throws(() => weightTable(new Map([[-1, 1]])), /key must be an integer/);
  t.throws(() => weightTable(new Map([[2 ** 31, 1]])), /key must be an integer/);
  t.end();
});
