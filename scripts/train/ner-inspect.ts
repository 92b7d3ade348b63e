/**
 * Shows how the entity stage reads a few sentences with a weights file of one's choice: the rules' entities with the
 * tagger's span scores on each mention, the tagger's names with their margins, and the combined entities; with
 * TOKENS=word,word also each listed token's tag scores and the features behind them (weights of 3 or more).
 *
 *     node --import tsx scripts/train/ner-inspect.ts [--weights FILE.json] "text" ...
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { contentSentences, createDoc, type Doc } from '../../src/nlp/doc/document.js';
import { combinedEntities, ruleStage } from '../../src/nlp/entities/entities.js';
import { POLICY } from '../../src/nlp/entities/tagger/combine.js';
import { documentFeatures } from '../../src/nlp/entities/tagger/features.js';
import { TAG_NAMES } from '../../src/nlp/entities/tagger/labels.js';
import { featureIds, type Model } from '../../src/nlp/entities/tagger/model.js';
import { ruleMentions } from '../../src/nlp/entities/tagger/rule-mentions.js';
import { tagDocument } from '../../src/nlp/entities/tagger/tag.js';
import { readWeightLines } from '../../src/nlp/entities/tagger/weights-file.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { weights: { type: 'string', default: new URL('../../src/nlp/entities/tagger/ner-weights.json', import.meta.url).pathname } },
});
const model = readWeightLines(JSON.parse(readFileSync(values.weights, 'utf8')) as string[]);
const watched = new Set((process.env.TOKENS ?? '').split(',').filter(Boolean));
const fixed = (n: number) => n.toFixed(1);

for (const text of positionals) {
  const doc = createDoc({ text });
  const stage = ruleStage(doc);
  const rules = stage.entities(stage.candidates);
  const reading = tagDocument(model, doc, ruleMentions(rules));
  console.log(`# ${text}`);
  for (const entity of rules) {
    const scores = entity.mentions.map((m) => Object.entries(reading.spanScores(m.start, m.end) ?? {}).map(([label, score]) => `${label}:${fixed(score)}`).join(' '));
    console.log(`rules   ${entity.type.padEnd(12)} ${entity.typedBy.padEnd(16)} ${entity.name}  [${scores.join(' | ')}]`);
  }
  for (const name of reading.names) console.log(`tagger  ${name.label.padEnd(12)} ${fixed(name.margin).padStart(6)}  ${name.text}`);
  for (const entity of combinedEntities(doc, stage, rules, reading, POLICY)) console.log(`final   ${entity.type.padEnd(12)} ${entity.typedBy.padEnd(16)} ${entity.name}`);
  if (watched.size) explainTokens(doc, ruleMentions(rules), model);
}

function explainTokens(doc: Doc, rules: ReturnType<typeof ruleMentions>, model: Model): void {
  const names = [...model.features.keys()];
  const ids = documentFeatures({ doc, sentences: contentSentences(doc), rules }, featureIds(model));
  console.log(doc.tokens.map((token) => `${token.pre}[${token.text}]${token.post}`).join(''));
  doc.tokens.forEach((token, i) => {
    if (!watched.has(token.text)) return;
    const totals = new Map<string, number>();
    const rows: string[] = [];
    for (let at = Math.max(0, i - 2); at <= Math.min(doc.tokens.length - 1, i + 2); at++) {
      for (const id of ids[at]!) {
        for (let row = model.firstRow[id]!; row < model.firstRow[id + 1]!; row++) {
          if (at - model.rowOffset[row]! !== i) continue;
          const cells: string[] = [];
          for (let cell = model.firstCell[row]!; cell < model.firstCell[row + 1]!; cell++) {
            const tag = TAG_NAMES[model.cellTag[cell]!]!;
            const weight = model.cellWeight[cell]!;
            totals.set(tag, (totals.get(tag) ?? 0) + weight);
            if (Math.abs(weight) >= 3) cells.push(`${tag}:${weight.toFixed(0)}`);
          }
          if (cells.length) rows.push(`   ${names[id]}@${model.rowOffset[row]} ${cells.join(' ')}`);
        }
      }
    }
    const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`${token.text}: ${top.map(([tag, score]) => `${tag} ${score.toFixed(0)}`).join(', ')}\n${rows.join('\n')}`);
  });
}
