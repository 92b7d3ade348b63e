import t from 'tap';
import type { Extraction } from '../../src/extraction.js';
import { diffOutputs, formatDifference } from '../../scripts/eval/diff.js';

const TEXT = 'Acme Corp said it raised $5m. Acme will hire 20% more staff.';

/** A hand-written output for TEXT: two entities, one figure of each kind, one claim referring to them by id. */
function output(): Extraction {
  return {
    meta: { language: 'en', characters: TEXT.length, words: 13, sentences: 2, paragraphs: 1, boilerplate: [] },
    entities: [
      { id: 'e1', name: 'Acme Corp', type: 'organization', aliases: ['Acme'], mentions: [{ start: 0, end: 9, text: 'Acme Corp' }, { start: 30, end: 34, text: 'Acme' }], salience: 1, ids: {} },
      { id: 'e2', name: 'Orbital', type: 'organization', aliases: [], mentions: [], salience: 0.2, ids: {} },
    ],
    money: [{ id: 'm1', text: '$5m', start: 25, end: 28, amount: 5e6, currency: 'USD', qualifier: 'exact', sentence: 0 }],
    percentages: [{ id: 'p1', text: '20%', start: 45, end: 48, value: 20, unit: 'percent', qualifier: 'exact', sentence: 1 }],
    dates: [],
    quotes: [],
    claims: [
      {
        id: 'c1',
        text: 'it raised $5m',
        start: 15,
        end: 28,
        sentence: 0,
        speaker: { entityId: 'e1', name: 'Acme Corp' },
        cue: 'said',
        subject: { entityId: 'e1', name: 'Acme Corp' },
        predicate: 'raise',
        object: '$5m',
        kind: 'funding',
        modality: 'asserted',
        figures: ['m1'],
        dates: [],
        quotes: [],
        arguments: { company: 'e1', amount: 'm1' },
      },
    ],
  };
}

t.test('identical outputs have no differences', async (t) => {
  t.same(diffOutputs(output(), output()), []);
});

t.test('a different entity type is exactly one difference, on that entity', async (t) => {
  const after = output();
  after.entities[0]!.type = 'product';
  const differences = diffOutputs(output(), after);
  t.same(differences, [{ layer: 'entities', item: 'Acme Corp', before: { type: '"organization"' }, after: { type: '"product"' } }]);
  t.equal(formatDifference(differences[0]!), '~ Acme Corp: type "organization" → "product"');
});

t.test('ids are compared as what they point at: renumbering and reordering are no difference', async (t) => {
  const after = output();
  after.entities.reverse();
  after.entities[0]!.id = 'e1';
  after.entities[1]!.id = 'e2';
  after.claims[0]!.speaker = { entityId: 'e2', name: 'Acme Corp' };
  after.claims[0]!.subject = { entityId: 'e2', name: 'Acme Corp' };
  after.claims[0]!.arguments = { amount: 'm1', company: 'e2' };
  t.same(diffOutputs(output(), after), []);
});

t.test('salience is left out, mentions are compared', async (t) => {
  const after = output();
  after.entities[0]!.salience = 0.5;
  t.same(diffOutputs(output(), after), []);
  after.entities[0]!.mentions.pop();
  t.same(diffOutputs(output(), after), [
    { layer: 'entities', item: 'Acme Corp', before: { mentions: ['"Acme Corp" 0-9', '"Acme" 30-34'] }, after: { mentions: ['"Acme Corp" 0-9'] } },
  ]);
  t.equal(formatDifference(diffOutputs(output(), after)[0]!), '~ Acme Corp: mentions -"Acme" 30-34');
});

t.test('an item gone and an item new are shown whole, in layer order', async (t) => {
  const after = output();
  after.money[0] = { ...after.money[0]!, text: 'raised $5m', start: 18, qualifier: 'exact' };
  after.meta.sentences = 3;
  const differences = diffOutputs(output(), after);
  t.same(
    differences.map((d) => [d.layer, d.item, d.before === null ? 'new' : d.after === null ? 'gone' : 'changed']),
    [
      ['meta', 'meta', 'changed'],
      ['money', '"raised $5m" 18-28', 'new'],
      ['money', '"$5m" 25-28', 'gone'],
      // the claim's figure now points at the new span
      ['claims', '"it raised $5m" 15-28', 'changed'],
    ],
  );
  t.equal(formatDifference(differences[2]!), '- "$5m" 25-28: text "$5m"; amount 5000000; currency "USD"; qualifier "exact"; sentence 0');
});

t.test('a text on which extract threw differs in that alone', async (t) => {
  t.same(diffOutputs(output(), { error: 'boom' }).filter((d) => d.layer === 'failure'), [{ layer: 'failure', item: 'extract threw', before: null, after: { error: '"boom"' } }]);
});
