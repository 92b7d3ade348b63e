import t from 'tap';
import type { LabelledSpan } from '../../../../src/nlp/entities/tagger/alignment.js';
import { trainingSentences } from '../../../../src/nlp/entities/tagger/examples.js';
import { createDoc } from '../../../../src/nlp/doc/document.js';
import { tagDocument } from '../../../../src/nlp/entities/tagger/tag.js';
import { trainModel } from '../../../../src/nlp/entities/tagger/train.js';
import { readWeights, writeWeights } from '../../../../src/nlp/entities/tagger/weights-file.js';

/** A made-up world, so that nothing but this fixture can teach the tagger its names. */
const FIXTURE: [string, [string, LabelledSpan['label']][]][] = [
  ['Mira Voss said Zentrik would open an office in Quarlo.', [['Mira Voss', 'person'], ['Zentrik', 'organization'], ['Quarlo', 'place']]],
  ['Zentrik hired Tomas Brel to run its Quarlo lab.', [['Zentrik', 'organization'], ['Tomas Brel', 'person'], ['Quarlo', 'place']]],
  ['The Holvex tablet from Zentrik sells well in Dravia.', [['Holvex', 'product'], ['Zentrik', 'organization'], ['Dravia', 'place']]],
  ['Tomas Brel showed the Holvex to reporters in Dravia.', [['Tomas Brel', 'person'], ['Holvex', 'product'], ['Dravia', 'place']]],
];

function gold(text: string, names: [string, LabelledSpan['label']][]): LabelledSpan[] {
  let from = 0;
  return names.map(([name, label]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: start + name.length, label };
  });
}

const documents = FIXTURE.map(([text, names]) => ({ doc: createDoc({ text }), names: gold(text, names) }));
const sentences = documents.flatMap(({ doc, names }) => trainingSentences(doc, names, []).sentences);
const model = trainModel(sentences, { epochs: 10, minCount: 1, seed: 1 });

const tagged = (m: typeof model, text: string) => {
  const doc = createDoc({ text });
  return tagDocument(m, doc, []).names.map((name) => `${name.text}/${name.label}`);
};

t.test('the tagger learns the names of its training sentences', (t) => {
  for (const [text, names] of FIXTURE) t.same(tagged(model, text), names.map(([name, label]) => `${name}/${label}`), text);
  t.end();
});

t.test('and reads them in a sentence it has not seen', (t) => {
  t.same(tagged(model, 'Mira Voss took the Holvex to Quarlo.'), ['Mira Voss/person', 'Holvex/product', 'Quarlo/place']);
  t.end();
});

t.test('training is deterministic and the weights file keeps the model', (t) => {
  const again = trainModel(sentences, { epochs: 10, minCount: 1, seed: 1 });
  const file = writeWeights(model, 0.001);
  t.equal(writeWeights(again, 0.001), file, 'the same data and seed give the same bytes');
  const read = readWeights(file);
  t.equal(writeWeights(read, 0.001), file, 'reading and writing again changes nothing');
  for (const [text] of FIXTURE) t.same(tagged(read, text), tagged(model, text), `same names after reading: ${text}`);
  t.end();
});
