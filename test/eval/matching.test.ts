import t from 'tap';
import { locate, nameForm, near, pairByLargestOverlap, pairInTurn } from '../../scripts/eval/matching.js';
import { measure, Tally } from '../../scripts/eval/measures.js';

t.test('each gold item takes the free prediction that overlaps it most, once', async (t) => {
  const gold = [{ start: 10, end: 20 }, { start: 12, end: 14 }];
  const predicted = [{ start: 0, end: 11 }, { start: 12, end: 20 }, { start: 30, end: 40 }];
  // The second gold item's best prediction is taken by the first, and nothing else overlaps it.
  t.same(pairByLargestOverlap(gold, predicted), [[gold[0], predicted[1]]]);
  t.same(pairByLargestOverlap(gold, predicted, (_, p) => p.start === 0), [[gold[0], predicted[0]]], 'only what accept allows');
});

t.test('pairing in turn takes the first acceptable prediction', async (t) => {
  t.same(pairInTurn(['a', 'b'], ['b', 'a', 'a'], (g, p) => g === p), [['a', 'a'], ['b', 'b']]);
  t.same(pairInTurn(['a', 'a'], ['a'], (g, p) => g === p), [['a', 'a']], 'one prediction pairs once');
});

t.test('gold text is located in order, a repeat after the one before it', async (t) => {
  const text = 'up 5% and then 5% again';
  const items = [{ text: '5%' }, { text: '5%' }, { text: '7%' }];
  t.same(locate(text, items, (item) => item.text), [
    { text: '5%', start: 3, end: 5 },
    { text: '5%', start: 15, end: 17 },
    { text: '7%', start: -1, end: -1 },
  ]);
});

t.test('names match whatever their case, leading "the", possessive and trailing full stop', async (t) => {
  t.equal(nameForm("The  Information Commissioner’s"), nameForm('information commissioner'));
  t.equal(nameForm('Acme Inc.'), 'acme inc');
  t.not(nameForm('Acme'), nameForm('Acme Corp'));
});

t.test('figures agree within half a percent', async (t) => {
  t.ok(near(1_204_000_000, 1.2e9));
  t.notOk(near(1.21e9, 1.2e9));
  t.notOk(near(null, 0));
  t.ok(near(0, 0));
});

t.test('measures', async (t) => {
  t.same(measure('x', 3, 4, 6), { name: 'x', tp: 3, pred: 4, gold: 6, precision: 0.75, recall: 0.5, f1: 0.6 });
  t.same([measure('none', 0, 0, 0).f1, measure('nothing found', 0, 0, 2).f1, measure('nothing to find', 0, 2, 0).recall], [1, 0, 1]);
  const tally = new Tally(['a', 'b', 'c']);
  tally.add('b', 1, 2, 2);
  tally.add('a', 1, 1, 1);
  tally.add('b', 1, 2, 2);
  t.same(tally.measures().map((m) => [m.name, m.tp, m.pred, m.gold]), [['a', 1, 1, 1], ['b', 2, 4, 4]], 'in the given order, only those counted');
  t.throws(() => tally.add('d', 0, 0, 0));
});
