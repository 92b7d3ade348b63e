/**
 * What the entity tagger costs: loading its weights (CPU time and heap kept), and tagging a 1,000-word article
 * (bench/articles.ts) against parsing it with parseDocument, in CPU time over many rounds. Run with --expose-gc:
 *
 *     node --expose-gc --single-threaded-gc --import tsx scripts/train/ner-cost.ts
 */
import { readFileSync } from 'node:fs';
import { generateArticle } from '../../bench/articles.js';
import { createDoc } from '../../src/nlp/doc/document.js';
import { ruleEntities } from '../../src/nlp/entities/entities.js';
import { ruleMentions } from '../../src/nlp/entities/tagger/rule-mentions.js';
import { tagDocument } from '../../src/nlp/entities/tagger/tag.js';
import { readWeightLines } from '../../src/nlp/entities/tagger/weights-file.js';

const ROUNDS = 60;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('run with --expose-gc');

collect();
const before = process.memoryUsage();
const loadStart = cpuMs();
const model = readWeightLines(JSON.parse(readFileSync(new URL('../../src/nlp/entities/tagger/ner-weights.json', import.meta.url), 'utf8')) as string[]);
const loadMs = cpuMs() - loadStart;
collect();
const after = process.memoryUsage();
const heapMb = (after.heapUsed - before.heapUsed + after.arrayBuffers - before.arrayBuffers) / 1e6;
console.log(`load: ${loadMs.toFixed(0)} ms CPU; kept ${heapMb.toFixed(1)} MB (heap and array buffers), ${model.features.size} features`);

const text = generateArticle(1000);
const parse: number[] = [];
const tag: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  let start = cpuMs();
  const doc = createDoc({ text });
  parse.push(cpuMs() - start);
  const rules = ruleMentions(ruleEntities(doc));
  start = cpuMs();
  tagDocument(model, doc, rules);
  tag.push(cpuMs() - start);
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0);
console.log(
  `${text.split(/\s+/u).length} words: parse ${median(parse).toFixed(1)} ms, tag ${median(tag).toFixed(1)} ms (medians); ` +
    `tagging costs ${((100 * total(tag)) / total(parse)).toFixed(1)}% of parsing`,
);
