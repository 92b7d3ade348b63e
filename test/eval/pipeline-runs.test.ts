import t from 'tap';
import { balancedShards } from '../../scripts/eval/pipeline-runs.js';

t.test('shards hold every index once, in order, at about equal cost', async (t) => {
  const costs = [50, 10, 40, 10, 30, 20];
  const shards = balancedShards(costs, 2);
  t.same(shards.flat().sort((a, b) => a - b), [0, 1, 2, 3, 4, 5]);
  for (const shard of shards) t.same(shard, [...shard].sort((a, b) => a - b));
  t.same(shards.map((shard) => shard.reduce((sum, i) => sum + costs[i]!, 0)), [80, 80]);
});

t.test('no more shards than items, and at least one', async (t) => {
  t.same(balancedShards([7], 4), [[0]]);
  t.same(balancedShards([], 2), [[]]);
});
