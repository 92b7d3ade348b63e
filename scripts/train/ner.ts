/**
 * Trains the entity tagger and writes its weights file (src/nlp/entities/tagger/ner-weights.json), from the public
 * training splits in ../shared/eval/peer: CoNLL-2003 train and CrossNER-AI train. `npm run train:ner` (or `npm run train`, which also trains the cue detector); the same data
 * gives the same file, byte for byte (--out FILE writes it elsewhere).
 * See src/nlp/entities/tagger/MODEL.md.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { LabelledSpan } from '../../src/nlp/entities/tagger/alignment.js';
import { trainingSentences } from '../../src/nlp/entities/tagger/examples.js';
import type { EntityLabel } from '../../src/nlp/entities/tagger/labels.js';
import { createDoc } from '../../src/nlp/doc/document.js';
import { ruleEntities } from '../../src/nlp/entities/entities.js';
import { formsWithKey, leadingKey, lexiconWords } from '../../src/nlp/lexicon/lexicon.js';
import { ruleMentions } from '../../src/nlp/entities/tagger/rule-mentions.js';
import { seededRandom } from '../../src/nlp/seeded-random.js';
import { trainModel, type TrainingSentence } from '../../src/nlp/entities/tagger/train.js';
import { writeWeightsJson } from '../../src/nlp/entities/tagger/weights-file.js';
import { withReplacedNames } from './augment.js';
import { detokenise, readCorpus, type CorpusDocument } from './corpus.js';

const { values: options } = parseArgs({
  options: {
    out: { type: 'string', default: new URL('../../src/nlp/entities/tagger/ner-weights.json', import.meta.url).pathname },
    // For trying other settings (the committed weights come from the defaults).
    epochs: { type: 'string', default: '8' },
    'min-count': { type: 'string', default: '2' },
    copies: { type: 'string', default: '20' },
    runs: { type: 'string', default: '1' },
  },
});

const EPOCHS = Number(options.epochs);
/** How many times the CrossNER sentences are learned again with other names (augment.ts). */
const CROSSNER_COPIES = Number(options.copies);
/** Features seen on fewer tokens are left out. */
const MIN_COUNT = Number(options['min-count']);
const SEED = 20250601;
/** Weights are stored as multiples of this; smaller ones are dropped (the tagger's figures do not change). */
const STEP = 0.01;
/** The share of replaced CrossNER names that are scrambled into names no list knows (augment.ts). */
const SCRAMBLE_SHARE = 0.5;

/** A name joined by a hyphen to a lower-case word that ends it ("Richmond-based", "U.S.-led", "Viacom Inc-owned"). */
const COMPOUND = /^(.*\S)-\p{Ll}+$/u;

const started = performance.now();
const conll = readCorpus('conll2003-train');
const crossner = readCorpus('crossner-ai-train');

// Every corpus as tokenised (as the peer scorers post it) and as a writer would type it (as the service reads articles);
// the CrossNER sentences again with their names replaced, half of those copies detokenised.
const random = seededRandom(SEED);
const pools = namePools([...conll, ...crossner]);
const copies = Array.from({ length: CROSSNER_COPIES }, (_, copy) =>
  crossner.map((document) => {
    const replaced = withReplacedNames(document, pools, random, SCRAMBLE_SHARE);
    return copy % 2 === 1 ? detokenise(replaced) : replaced;
  }),
).flat();
const documents = [...conll, ...conll.map(detokenise), ...crossner, ...crossner.map(detokenise), ...copies];

const sentences: TrainingSentence[] = [];
const alignment = { exact: 0, approximate: 0, lost: 0 };
for (const document of documents) {
  const doc = createDoc({ text: document.text });
  const rules = ruleMentions(ruleEntities(doc));
  const examples = trainingSentences(doc, productsAmongMisc(namesBeforeCompounds(document.text, document.names, rules), rules), rules);
  sentences.push(...examples.sentences);
  alignment.exact += examples.alignment.exact;
  alignment.approximate += examples.alignment.approximate;
  alignment.lost += examples.alignment.lost;
}
console.log(`${documents.length} documents, ${sentences.length} sentences; names aligned to tokens: ${JSON.stringify(alignment)}`);

const model = trainModel(sentences, { epochs: EPOCHS, minCount: MIN_COUNT, seed: SEED, runs: Number(options.runs) });
const file = writeWeightsJson(model, STEP);
writeFileSync(options.out, file);
console.log(`${model.features.size} features; wrote ${options.out} (${(file.length / 1e6).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(0)} s`);

/**
 * Names to swap into the CrossNER sentences, per label: the training splits' own names and the lexicon's forms (its
 * entries are reached through the words it gives compromise), in code-unit order so that the draw is reproducible.
 */
function namePools(corpus: readonly CorpusDocument[]): Map<EntityLabel, string[]> {
  const pools = new Map<EntityLabel, Set<string>>();
  const add = (label: EntityLabel, name: string) => pools.set(label, (pools.get(label) ?? new Set()).add(name));
  for (const word of Object.keys(lexiconWords())) for (const form of formsWithKey(leadingKey(word))) add(form.entry.type, form.text);
  for (const document of corpus) for (const name of document.names) if (name.label !== 'misc') add(name.label, document.text.slice(name.start, name.end));
  return new Map([...pools].map(([label, names]) => [label, [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))]));
}

/**
 * CoNLL marks a compound adjective made of a name ("Richmond-based", "U.S.-led") as a MISC name, lower-case word
 * included. The service's names never include that word (alignment.ts gives the characters back without it) and
 * take the name for what it is (a Cambridge-based studio is in a place, Cambridge), so the tagger learns the name
 * before the hyphen, with the type the rule stage gives that name when it finds it exactly, else as misc; learned
 * whole, the lower-case word taught it that any word hyphenated to a name closes a misc name ("Yoon Sun-hee").
 */
function namesBeforeCompounds(text: string, names: readonly LabelledSpan[], rules: readonly LabelledSpan[]): LabelledSpan[] {
  return names.map((name) => {
    const compound = name.label === 'misc' ? COMPOUND.exec(text.slice(name.start, name.end)) : null;
    if (!compound) return name;
    const end = name.start + compound[1]!.length;
    const rule = rules.find((r) => r.start === name.start && r.end === end && r.label !== 'misc');
    return { start: name.start, end, label: rule?.label ?? 'misc' };
  });
}

/**
 * CoNLL's MISC holds products beside nationalities, events and the like: a MISC name the rule-based stage takes for a
 * product (a lexicon entry, a product word) is learned as a product.
 */
function productsAmongMisc(names: readonly LabelledSpan[], rules: readonly LabelledSpan[]): LabelledSpan[] {
  return names.map((name) =>
    name.label === 'misc' && rules.some((rule) => rule.label === 'product' && rule.start < name.end && name.start < rule.end) ? { ...name, label: 'product' } : name,
  );
}
