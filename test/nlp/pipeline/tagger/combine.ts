import t from 'tap';
import { createDoc } from '../../../../src/nlp/doc/document.js';
import type { Entity, EntityType } from '../../../../src/nlp/doc/layers.js';
import type { TypedMention } from '../../../../src/nlp/entities/classify.js';
import { extractEntities } from '../../../../src/nlp/entities/entities.js';
import { isProse, POLICY, retyped, withTaggerCandidates } from '../../../../src/nlp/entities/tagger/combine.js';
import type { EntityLabel } from '../../../../src/nlp/entities/tagger/labels.js';
import type { SpanScores, TaggedName, TaggerReading } from '../../../../src/nlp/entities/tagger/tag.js';

const at = (text: string, name: string, from = 0) => ({ start: text.indexOf(name, from), end: text.indexOf(name, from) + name.length, text: name });

/** A reading made by hand: the given names, and for any span the given scores (all 0 but those listed). */
function reading(names: TaggedName[], scores: Partial<Record<EntityLabel | 'none', number>> = {}): TaggerReading {
  const all: SpanScores = { none: 0, person: 0, organization: 0, place: 0, product: 0, misc: 0, ...scores };
  return { names, spanScores: () => all };
}

const entity = (text: string, name: string, type: EntityType, typedBy: string): Entity => ({
  id: 'e1',
  name,
  type,
  aliases: [],
  mentions: [at(text, name)],
  salience: 1,
  typedBy,
});

const candidate = (text: string, name: string, type: EntityType, rule: string, strength = 1): TypedMention => ({ ...at(text, name), type, strength, rule, acronym: false });

t.test('headlines in capitals, tables and lists are not prose; running text is, short or long', (t) => {
  const doc = createDoc({ text: 'SOCCER - LEEDS BEAT SPURS IN LONDON.\n\nThe club said on Monday that its manager would stay.\n\nJones scored twice.' });
  t.same(doc.sentences.map((sentence) => isProse(doc, sentence)), [false, true, true]);
  const table = createDoc({ text: 'Leeds 3 Spurs 1\n\nArsenal 2 Everton 2' });
  t.notOk(table.sentences.some((sentence) => isProse(table, sentence)));
  t.end();
});

t.test('the tagger retypes what the rules only guessed, and no more', (t) => {
  const text = 'Veridian Silicon said sales rose.';
  const guessed = entity(text, 'Veridian Silicon', 'person', 'person-shape');
  const known = entity(text, 'Veridian Silicon', 'person', 'lexicon');
  const sure = reading([], { organization: 40 });
  const [retypedEntity] = retyped(text, [guessed], sure, POLICY);
  t.equal(retypedEntity!.type, 'organization');
  t.equal(retypedEntity!.typedBy, 'tagger', 'the entity says the tagger typed it');
  t.same(retyped(text, [known], sure, POLICY), [known], 'a name the lexicon knows keeps its type');
  t.same(retyped(text, [guessed], reading([], { organization: 1 }), POLICY), [guessed], 'a small margin changes nothing');
  t.same(retyped(text, [guessed], reading([], { product: 80 }), POLICY), [guessed], 'an unknown person is not taken for a product');
  t.end();
});

t.test('a retype needs the tagger sure of its type against every other reading, not only the rules\' type', (t) => {
  const text = 'The goal came from Takuya Morimoto in the second half.';
  const guessed = entity(text, 'Takuya Morimoto', 'person', 'person-shape');
  t.same(retyped(text, [guessed], reading([], { organization: 40, product: 38 }), POLICY), [guessed], 'torn between organization and product');
  t.same(retyped(text, [guessed], reading([], { organization: 40, misc: 45 }), POLICY), [guessed], 'a name of no reported type reads best');
  t.equal(retyped(text, [guessed], reading([], { organization: 40, product: 20 }), POLICY)[0]!.type, 'organization');
  t.end();
});

t.test('a place the gazetteer knows yields only to a name the tagger reads itself, and sure of it', (t) => {
  const text = 'Surrey beat Kent in the south of Europe.';
  const county = entity(text, 'Surrey', 'place', 'gazetteer');
  const team: TaggedName = { ...at(text, 'Surrey'), label: 'organization', margin: 30 };
  t.equal(retyped(text, [county], reading([team], { organization: 40 }), POLICY)[0]!.type, 'organization');
  t.same(retyped(text, [county], reading([], { organization: 40 }), POLICY), [county], 'scores alone, no name of the tagger\'s there');
  t.same(retyped(text, [county], reading([team], { organization: 5 }), POLICY), [county], 'a small margin changes nothing');
  t.end();
});

t.test('a name typed only by its shape is dropped when the tagger reads no name there', (t) => {
  const text = 'Early Results were mixed.';
  const shaped = entity(text, 'Early Results', 'organization', 'shape');
  t.same(retyped(text, [shaped], reading([], { none: 30 }), POLICY), []);
  t.same(retyped(text, [shaped], reading([], { none: 2 }), POLICY), [shaped]);
  t.end();
});

t.test('a name a reporting verb follows is kept, whatever the tagger reads there', (t) => {
  for (const text of ['Quarrow Sound on Tuesday said sales rose.', 'Quarrow Sound said sales rose.', 'Quarrow Sound told Reuters sales rose.']) {
    const shaped = entity(text, 'Quarrow Sound', 'organization', 'shape');
    t.same(retyped(text, [shaped], reading([], { none: 30 }), POLICY), [shaped], text);
  }
  const text = 'Quarrow Sound results said little.';
  t.same(retyped(text, [entity(text, 'Quarrow Sound', 'organization', 'shape')], reading([], { none: 30 }), POLICY), [], 'not a verb after other words');
  t.end();
});

t.test('outside prose the tagger replaces weak candidates, not those the lexicon knows', (t) => {
  const text = 'LEEDS 3 Spurs 1 Apple 2';
  const doc = createDoc({ text });
  const candidates = [candidate(text, 'LEEDS', 'place', 'shouting'), candidate(text, 'Apple', 'organization', 'lexicon', 3)];
  const names: TaggedName[] = [
    { ...at(text, 'LEEDS'), label: 'organization', margin: 20 },
    { ...at(text, 'Spurs'), label: 'organization', margin: 40 },
    { ...at(text, 'Apple'), label: 'product', margin: 20 },
  ];
  const result = withTaggerCandidates(doc, candidates, [], reading(names), POLICY);
  t.same(
    result.map((c) => `${c.text}/${c.type}/${c.rule}`),
    ['LEEDS/organization/tagger', 'Spurs/organization/tagger', 'Apple/organization/lexicon'],
  );
  t.end();
});

t.test('in prose the tagger fixes the bounds of weak candidates when it is sure', (t) => {
  const text = 'The report was read by committee member Werner Zwingmann on Monday in the morning.';
  const doc = createDoc({ text });
  const candidates = [candidate(text, 'Werner Zwingmann on', 'organization', 'shape', 0)];
  const sure: TaggedName[] = [{ ...at(text, 'Werner Zwingmann'), label: 'person', margin: 60 }];
  t.same(withTaggerCandidates(doc, candidates, [], reading(sure), POLICY).map((c) => `${c.text}/${c.type}`), ['Werner Zwingmann/person']);
  const unsure: TaggedName[] = [{ ...sure[0]!, margin: 2 }];
  t.equal(withTaggerCandidates(doc, candidates, [], reading(unsure), POLICY), candidates, 'unchanged when unsure');
  t.end();
});

t.test('in prose the tagger adds a product no rule found when it is sure, and names of no other type', (t) => {
  const text = 'The model was written in MATLAB by a team at Corvel Labs in Lisbon.';
  const doc = createDoc({ text });
  const names: TaggedName[] = [
    { ...at(text, 'MATLAB'), label: 'product', margin: 30 },
    { ...at(text, 'Corvel Labs'), label: 'organization', margin: 60 },
  ];
  t.same(withTaggerCandidates(doc, [], [], reading(names), POLICY).map((c) => `${c.text}/${c.type}/${c.rule}`), ['MATLAB/product/tagger']);
  const unsure: TaggedName[] = [{ ...names[0]!, margin: POLICY.addMargin - 1 }];
  t.same(withTaggerCandidates(doc, [], [], reading(unsure), POLICY), [], 'not when unsure');
  t.end();
});

t.test('the tagger adds no generic thing as a product: a name is written as one', (t) => {
  const text = 'Existing warehouse robot systems use the industrial robot arm, and Nimbus 3 runs on Corvo.';
  const doc = createDoc({ text });
  const product = (name: string): TaggedName => ({ ...at(text, name), label: 'product', margin: 30 });
  const added = withTaggerCandidates(doc, [], [], reading(['Existing warehouse robot systems', 'industrial robot', 'Nimbus 3', 'Corvo'].map(product)), POLICY);
  t.same(added.map((c) => c.text), ['Nimbus 3', 'Corvo'], 'a capital only opening the sentence, or none, is no name');
  t.end();
});

t.test('the combined entities never mention the same characters twice', (t) => {
  const texts = [
    'SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN\n\nLONDON 1996-08-30\n\nThe world\'s costliest footballer Alan Shearer was named as the new England captain on Friday. Shearer said he was honoured.',
    'Leeds 3 Spurs 1\n\nArsenal 2 Everton 2\n\nApple 1 Microsoft 0',
    'The U.S. Securities and Exchange Commission opened an inquiry. The SEC declined to comment.',
    'Nadella said Microsoft would cut 1,900 jobs. Veridian Silicon, a chip designer, raised $20 million from Point Nine.',
  ];
  for (const text of texts) {
    const mentions = extractEntities(createDoc({ text }))
      .flatMap((e) => e.mentions)
      .sort((a, b) => a.start - b.start);
    const overlapping = mentions.filter((m, i) => i > 0 && m.start < mentions[i - 1]!.end);
    t.same(overlapping, [], text.slice(0, 40));
  }
  t.end();
});
