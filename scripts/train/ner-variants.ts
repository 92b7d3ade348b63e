/**
 * Measures ways of combining the rule-based entities with the tagger's reading (src/nlp/entities/tagger/combine.ts)
 * on the team's articles, the dev articles, CoNLL-2003 dev and CrossNER-AI dev, scored as `npm run eval` scores them.
 * Each text is parsed, read by the rules and tagged once; only the combination changes between variants, so only the
 * entity measures mean anything here (the other layers are left empty).
 *
 *     node --import tsx scripts/train/ner-variants.ts [--weights FILE.json] [--variant NAME ...]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDoc } from '../../src/nlp/doc/document.js';
import type { Entity, EntityType } from '../../src/nlp/doc/layers.js';
import { combinedEntities, ruleStage, type RuleStage } from '../../src/nlp/entities/entities.js';
import { GUESSING_RULES, POLICY, SURE_RULES, type CombinationPolicy } from '../../src/nlp/entities/tagger/combine.js';
import { ruleMentions } from '../../src/nlp/entities/tagger/rule-mentions.js';
import { tagDocument, type TaggerReading } from '../../src/nlp/entities/tagger/tag.js';
import { readWeightLines } from '../../src/nlp/entities/tagger/weights-file.js';
import type { Extraction } from '../../src/extraction.js';
import { loadCorpus, type SuiteName } from '../eval/suites.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    weights: { type: 'string', default: path.join(REPO, 'src/nlp/entities/tagger/ner-weights.json') },
    variant: { type: 'string', multiple: true },
    /** Lists, per article, the entities a variant adds, drops or types otherwise than the rules. */
    diff: { type: 'string' },
  },
});
const model = readWeightLines(JSON.parse(readFileSync(values.weights, 'utf8')) as string[]);

const NEVER = Infinity;

const RULES_ONLY: CombinationPolicy = { ...POLICY, weakRules: new Set(), firmRules: new Set(), dropRules: new Set(['shape']), addMargin: NEVER, dropMargin: NEVER, replaceOutsideProse: false };
const WIDER = new Set([...GUESSING_RULES, 'organization-context', 'product-context', 'person-context', 'gazetteer', 'dateline', 'service']);
const ALL_RULES = new Set([...WIDER, 'name-words', 'apposition', 'product-line', 'lexicon-part', 'team-table', 'lexicon']);
/** The tagger alone: every name of its, typed by it (weak rules cover everything and nothing the rules found is kept). */
const VARIANTS: Record<string, CombinationPolicy> = {
  rules: RULES_ONLY,
  current: POLICY,
  'rules-type-only': { ...POLICY, againstRunnerUp: false },
  tagger: POLICY,
  ...variantsFrom(values.variant ?? []),
};

/**
 * Variants named by their settings, joined by "+": `retype5` (guessing rules, margin 5), `wide5` (wider set of weak
 * rules), `all5`, `shape5` (the shape guess only), `p1w20` (one-word person margin 20), `add10`, `prose5`
 * (tagger outside prose at margin 5), `drop10`, `firm20` (team tables yield to a tagger that sure), `firmg20` (and
 * gazetteer places), `runnerup0` (retype margins against the rules' type only), `addall20` (prose names of every type added); e.g. `prose5+drop10+retype5+p1w20`.
 * `current+PART+...` starts from the pipeline's policy.
 */
function variantsFrom(specs: readonly string[], from?: CombinationPolicy): Record<string, CombinationPolicy> {
  return Object.fromEntries(
    specs.filter((spec) => !['rules', 'current', 'tagger'].includes(spec)).map((spec) => {
      if (spec.startsWith('current+')) return [spec, spec.slice('current+'.length).split('+').reduce((policy, part) => variantsFrom([part], policy)[part]!, POLICY)];
      let policy: CombinationPolicy = from ?? { ...RULES_ONLY, retypeMargin: NEVER, oneWordPersonMargin: 0, personShapeMargin: 0, outsideProseAddMargin: 0, weakRules: GUESSING_RULES };
      for (const part of spec.split('+')) {
        const [, key, number] = /^([a-z0-9]*?[a-z])(\d+(?:\.\d+)?)$/u.exec(part) ?? [];
        const value = Number(number);
        if (key === 'retype') policy = { ...policy, retypeMargin: value };
        else if (key === 'wide') policy = { ...policy, weakRules: WIDER, retypeMargin: value };
        else if (key === 'all') policy = { ...policy, weakRules: ALL_RULES, retypeMargin: value };
        else if (key === 'shape') policy = { ...policy, weakRules: new Set(['shape']), retypeMargin: value };
        else if (key === 'noperson') policy = { ...policy, weakRules: new Set([...policy.weakRules].filter((r) => r !== 'person-shape')), retypeMargin: value };
        else if (key === 'p1w') policy = { ...policy, oneWordPersonMargin: value };
        else if (key === 'add') policy = { ...policy, addMargin: value };
        else if (key === 'addall') policy = { ...policy, addMargin: value, addTypes: new Set(['person', 'organization', 'place', 'product']) };
        else if (key === 'prose') policy = { ...policy, replaceOutsideProse: true, outsideProseMargin: value };
        else if (key === 'bound') policy = { ...policy, boundaryMargin: value };
        else if (key === 'dropshape') policy = { ...policy, dropMargin: value, dropRules: new Set(['shape', 'compromise-tags']) };
        else if (key === 'pshape') policy = { ...policy, personShapeMargin: value };
        else if (key === 'oadd') policy = { ...policy, outsideProseAddMargin: value };
        else if (key === 'keepnone') policy = { ...policy, keptOutsideProse: new Set() };
        else if (key === 'keepsure') policy = { ...policy, keptOutsideProse: SURE_RULES };
        else if (key === 'drop') policy = { ...policy, dropMargin: value };
        else if (key === 'dropg') policy = { ...policy, dropMargin: value, dropRules: GUESSING_RULES };
        else if (key === 'dropgc') policy = { ...policy, dropMargin: value, dropRules: new Set([...GUESSING_RULES].filter((r) => r !== 'context')) };
        else if (key === 'firm') policy = { ...policy, firmRules: new Set(['team-table']), firmMargin: value };
        else if (key === 'firmg') policy = { ...policy, firmRules: new Set(['team-table', 'gazetteer']), firmMargin: value };
        else if (key === 'firmall') policy = { ...policy, firmRules: new Set(['team-table', 'gazetteer', 'lexicon', 'name-words']), firmMargin: value };
        else if (key === 'firml') policy = { ...policy, firmRules: new Set(['team-table', 'gazetteer', 'lexicon']), firmMargin: value };
        else if (key === 'firmn') policy = { ...policy, firmRules: new Set(['team-table', 'gazetteer', 'name-words']), firmMargin: value };
        else if (key === 'firmp') policy = { ...policy, firmRules: new Set(['team-table', 'gazetteer', 'person-context']), firmMargin: value };
        else if (key === 'runnerup') policy = { ...policy, againstRunnerUp: value > 0 };
        else if (key === 'nocontext') policy = { ...policy, weakRules: new Set([...policy.weakRules].filter((r) => r !== 'context')), retypeMargin: value };
        else throw new Error(`unknown variant part ${part}`);
      }
      return [spec, policy];
    }),
  );
}

const names = Object.keys(VARIANTS);
const SUITES: SuiteName[] = ['articles', 'dev', 'conll-dev', 'crossner-ai'];
const corpus = loadCorpus(REPO, path.resolve(REPO, '../shared/eval'), SUITES);
const results = new Map<string, string[]>(names.map((name) => [name, []]));
const started = performance.now();
for (const suite of corpus.suites) {
  const outputs = new Map<string, Extraction[]>(names.map((name) => [name, []]));
  for (const { input } of suite.cases) {
    const doc = createDoc(input);
    const stage = ruleStage(doc);
    const rules = stage.entities(stage.candidates);
    const reading = tagDocument(model, doc, ruleMentions(rules));
    for (const name of names) {
      outputs.get(name)!.push(extraction(name === 'tagger' ? taggerAlone(stage, reading) : combinedEntities(doc, stage, rules, reading, VARIANTS[name]!)));
    }
    if (values.diff && (suite.name === 'articles' || suite.name === 'dev')) printDiff(suite.name, rules, combinedEntities(doc, stage, rules, reading, VARIANTS[values.diff]!), reading);
  }
  for (const name of names) {
    const score = suite.score(outputs.get(name)!);
    const f1 = (measure: string) => score.measures.find((m) => m.name.trim() === measure);
    const show = (measure: string) => {
      const m = f1(measure);
      return m ? `${(100 * m.f1).toFixed(1)}` : '-';
    };
    const row = suite.name === 'articles' || suite.name === 'dev'
      ? [show('entities (typed)'), `org P ${(100 * (f1('organization')?.precision ?? 0)).toFixed(1)}`, `prod R ${(100 * (f1('product')?.recall ?? 0)).toFixed(1)}`]
      : suite.name === 'conll-dev'
        ? [show('ALL (exact span)')]
        : [show('ALL (exact span)'), `product ${show('product (exact span)')}`, `org P ${(100 * (f1('organization (exact span)')?.precision ?? 0)).toFixed(1)}`];
    results.get(name)!.push(`${suite.name} ${row.join(' ')}`);
  }
}
for (const [name, rows] of results) console.log(`${name.padEnd(16)} ${rows.join(' | ')}`);
console.log(`(${((performance.now() - started) / 1000).toFixed(0)} s)`);

function extraction(entities: readonly Entity[]): Extraction {
  return {
    meta: { language: 'en', characters: 0, words: 0, sentences: 0, paragraphs: 0, boilerplate: [] },
    entities: entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: [...e.aliases], mentions: e.mentions.map(({ start, end, text }) => ({ start, end, text })), ids: {}, salience: e.salience, explain: { typedBy: e.typedBy } })),
    money: [],
    percentages: [],
    dates: [],
    quotes: [],
    claims: [],
  } as unknown as Extraction;
}

function printDiff(suite: string, before: readonly Entity[], after: readonly Entity[], reading: TaggerReading): void {
  const gap = (e: Entity, from: string, to: string) => {
    const all = e.mentions.map((m) => reading.spanScores(m.start, m.end)).filter((x) => x !== undefined);
    return all.map((x) => (x[to as 'none'] - x[from as 'none']).toFixed(1)).join(',');
  };
  const key = (e: Entity) => `${e.name}/${e.type}`;
  const was = new Map(before.map((e) => [e.name, e]));
  const now = new Map(after.map((e) => [e.name, e]));
  for (const e of after) {
    const old = was.get(e.name);
    if (!old) console.log(`${suite}: + ${key(e)} (${e.typedBy})`);
    else if (old.type !== e.type) console.log(`${suite}: ${key(old)} -> ${e.type} (${old.typedBy} -> ${e.typedBy}) gaps ${gap(old, old.type, e.type)}`);
  }
  for (const e of before) if (!now.has(e.name)) console.log(`${suite}: - ${key(e)} (${e.typedBy})`);
}

/** The tagger's names alone (its misc ones left out), grouped into entities as the rules' candidates are. */
function taggerAlone(stage: RuleStage, reading: TaggerReading): Entity[] {
  const names = reading.names.filter((name) => name.label !== 'misc');
  return stage.entities(names.map((name) => ({ start: name.start, end: name.end, text: name.text, type: name.label as EntityType, strength: 1, rule: 'tagger', acronym: false })));
}
