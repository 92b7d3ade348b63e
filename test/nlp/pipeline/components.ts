import t from 'tap';
import { quotesComponent } from '../../../src/nlp/attribution/quotes.js';
import { addLayers, checkOrder, PipelineOrderError, runComponents } from '../../../src/nlp/doc/components.js';
import { createDoc } from '../../../src/nlp/doc/document.js';
import { entitiesComponent } from '../../../src/nlp/entities/entities.js';
import { moneyComponent } from '../../../src/nlp/figures/money.js';
import { analyze, PIPELINE } from '../../../src/nlp/pipeline.js';

t.test('the pipeline runs every component after the layers it requires', async (t) => {
  t.doesNotThrow(() => checkOrder(PIPELINE));
  const assigned = PIPELINE.flatMap((step) => step.assigns);
  t.same(new Set(assigned).size, assigned.length, 'each layer has one component');
  const doc = analyze({ text: 'Acme raised $5 million on Monday, chief executive Jane Smith said. "We will hire," she said.', publishedAt: '2025-03-04' });
  for (const layer of assigned) t.ok(doc[layer] !== undefined, `${layer} is there`);
});

t.test('a component put before a layer it requires fails, naming both', async (t) => {
  const misordered = [quotesComponent, ...PIPELINE.filter((step) => step !== quotesComponent)];
  t.throws(() => checkOrder(misordered), { name: 'PipelineOrderError', message: /quotes requires quoteSpans, personNames, speakers/ });
  t.throws(() => runComponents(createDoc({ text: '"Yes," she said.' }), [quotesComponent]), PipelineOrderError);
});

t.test('layers are added once', async (t) => {
  t.throws(() => checkOrder([moneyComponent, moneyComponent]), { message: /money assigns money, which an earlier component already assigned/ });
  const doc = runComponents(createDoc({ text: 'Acme said so.' }), [entitiesComponent]);
  t.throws(() => addLayers(doc, 'test', ['entities'], { entities: [] }), { message: /already has/ });
});
