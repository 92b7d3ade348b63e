/**
 * Lists the entity errors of the pipeline's entity stage on a peer corpus (dev split): each spurious or mistyped
 * mention with the rule that typed it and the tagger's scores, and each missed gold name with its sentence.
 *
 *     node --import tsx scripts/train/ner-errors.ts [--corpus crossner-ai-dev|conll2003-dev] [--weights FILE.json]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDoc } from '../../src/nlp/doc/document.js';
import { combinedEntities, ruleStage } from '../../src/nlp/entities/entities.js';
import { POLICY } from '../../src/nlp/entities/tagger/combine.js';
import { ruleMentions } from '../../src/nlp/entities/tagger/rule-mentions.js';
import { tagDocument } from '../../src/nlp/entities/tagger/tag.js';
import { readWeightLines } from '../../src/nlp/entities/tagger/weights-file.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'crossner-ai-dev' },
    weights: { type: 'string', default: path.join(REPO, 'src/nlp/entities/tagger/ner-weights.json') },
  },
});
const model = readWeightLines(JSON.parse(readFileSync(values.weights, 'utf8')) as string[]);
const TYPES: Record<string, string> = { PER: 'person', ORG: 'organization', LOC: 'place', person: 'person', organization: 'organization', place: 'place', product: 'product' };
interface Gold { text: string; type: string; start: number; end: number }
const lines = readFileSync(path.join(REPO, '../shared/eval/peer', `${values.corpus}.jsonl`), 'utf8').split('\n').filter(Boolean);
const fixed = (n: number) => n.toFixed(0);
for (const line of lines) {
  const { id, text, entities } = JSON.parse(line) as { id: string; text: string; entities: Gold[] };
  const doc = createDoc({ text });
  const stage = ruleStage(doc);
  const rules = stage.entities(stage.candidates);
  const reading = tagDocument(model, doc, ruleMentions(rules));
  const final = combinedEntities(doc, stage, rules, reading, POLICY);
  const gold = entities.filter((g) => TYPES[g.type]);
  const others = entities.filter((g) => !TYPES[g.type]);
  const out: string[] = [];
  const predicted = final.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type, typedBy: e.typedBy })));
  for (const p of predicted) {
    const right = gold.find((g) => g.start === p.start && g.end === p.end);
    if (right && TYPES[right.type] === p.type) continue;
    if (!right && others.some((o) => o.start < p.end && p.start < o.end)) continue;
    const scores = reading.spanScores(p.start, p.end);
    const s = scores ? Object.entries(scores).map(([k, v]) => `${k[0]}${fixed(v)}`).join(' ') : '';
    out.push(`  ${right ? 'MISTYPED' : 'SPURIOUS'} ${p.type}/${p.typedBy} "${p.text}"${right ? ` gold ${TYPES[right.type]}` : ''} [${s}]`);
  }
  for (const g of gold) {
    if (predicted.some((p) => p.start === g.start && p.end === g.end)) continue;
    out.push(`  MISSED ${TYPES[g.type]} "${g.text}"`);
  }
  if (out.length) console.log(`${id}: ${text.slice(0, 400)}\n${out.join('\n')}`);
}
