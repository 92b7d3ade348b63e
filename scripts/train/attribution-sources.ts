// Trains the learned source linker (src/nlp/attribution/learned-sources.ts) on PolNeAR's train split and writes its
// weights to src/nlp/attribution/models/source-model.json. Deterministic: the same data, pipeline and compromise give the
// same file, byte for byte (scripts/train/source-linker.ts).
//
//   npm run train:sources [-- --data ../shared/eval/peer/polnear-train.jsonl] [-- --out FILE]
//
// The corpus (copyrighted news, research use) is read, never copied: only the weights are written. PolNeAR's dev split
// is not read here; it is for measuring (npm run eval -- --suite polnear) and for choosing the threshold.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../../src/nlp/pipeline.js';
import { trainSourceModel, type AnalysedArticle, type SourceAttribution } from './source-linker.js';

const { values: options } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/eval/peer/polnear-train.jsonl' },
    out: { type: 'string', default: 'src/nlp/attribution/models/source-model.json' },
  },
});
const DATA = options.data;
const OUT = options.out;

interface Article {
  id: string;
  text: string;
  attributions: SourceAttribution[];
}

const started = Date.now();
const articles: AnalysedArticle[] = fs
  .readFileSync(DATA, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => {
    const article = JSON.parse(line) as Article;
    return { doc: analyze({ text: article.text }), attributions: article.attributions };
  });
const { json, examples, features, vocabulary } = trainSourceModel(articles, `PolNeAR train split (networkdynamics/PolNeAR, commit c3eee83): ${articles.length} articles`);
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, json);
console.log(`${OUT}: ${features} of ${vocabulary} features, ${examples.labels.length} candidates of ${examples.cues} cues, ${((Date.now() - started) / 1000).toFixed(0)} s`);
