#!/usr/bin/env -S npx tsx
// Entity linking on the team gold articles (test/eval/articles/team-*.json, gold `ids`): runs the pipeline in this
// process on each article and prints, per gold type, the precision of the public ids given and the recall on gold
// entities whose id the knowledge base knows. Usage: npm run eval:linking [-- --verbose] (every error and miss).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/extraction.js';
import { entryWithId } from '../../src/nlp/kb/kb.js';
import { rates, scoreLinking, type LinkingCase } from './linking-score.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? path.join(here, '..', '..', 'test', 'eval', 'articles');
const verbose = process.argv.includes('--verbose');

const cases: LinkingCase[] = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const article = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    const response = extract({ text: article.text, title: article.title, ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}) });
    return { id: article.id, gold: article.gold.entities, response: response.entities };
  });

const score = scoreLinking(cases, (ns, id) => entryWithId(ns, id) !== undefined);
const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
console.log(`${cases.length} articles, ${cases.reduce((n, c) => n + c.gold.length, 0)} gold entities`);
console.log('type             precision (correct/given)   recall (found/known)');
for (const [type, s] of [...Object.entries(score.byType).sort(), ['ALL', score.all] as const]) {
  const r = rates(s);
  const precision = s.given ? pct(r.precision) : '   n/a';
  const recall = s.known ? pct(r.recall) : '   n/a';
  console.log(`${type.padEnd(16)} ${precision}  (${s.correct}/${s.given})`.padEnd(45) + `${recall}  (${s.found}/${s.known})`);
}
// entries without public ids cannot be scored against the gold: listed for reading
const kbOnly = cases.flatMap((c) =>
  c.response.filter((r) => r.ids.kb && Object.keys(r.ids).length === 1).map((r) => `${c.id}: ${r.name} (${r.type}) -> kb:${r.ids.kb}`),
);
console.log(`${kbOnly.length} entities linked to entries with no public id (not scored)`);
if (verbose) {
  for (const k of kbOnly) console.log(`kb     ${k}`);
  for (const e of score.errors) console.log(`error  ${e}`);
  for (const m of score.misses) console.log(`miss   ${m}`);
}
