/**
 * Prints the claims the pipeline finds in the documented example article (schemas/examples.ts) as a markdown table;
 * with --write, puts the table into README.md between the claims-table markers. Run with `npm run claims-table`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { exampleRequest } from '../schemas/examples.js';
import type { Claim } from '../schemas/extract.js';
import { extract } from '../src/pipeline/index.js';

const result = extract(exampleRequest);
const textOf = new Map<string, string>(
  [...result.entities.map((e) => [e.id, e.name] as const), ...[...result.money, ...result.percentages, ...result.dates].map((item) => [item.id, item.text] as const)],
);

const cell = (value: string) => value.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const short = (text: string, most = 70) => (text.length > most ? `${text.slice(0, most - 1).trimEnd()}…` : text);
const list = (ids: readonly string[]) => ids.map((id) => textOf.get(id) ?? id).join(', ');
const roles = (claim: Claim) =>
  Object.entries(claim.arguments)
    .map(([role, id]) => `${role}: ${textOf.get(id) ?? id}`)
    .join('; ');

const rows = result.claims.map((claim) =>
  [
    short(claim.text),
    claim.speaker?.name ?? '—',
    claim.cue ?? '—',
    claim.kind,
    claim.modality,
    claim.subject?.name ?? '—',
    claim.predicate,
    list([...claim.figures, ...claim.dates]) || '—',
    claim.quotes.length ? String(claim.quotes.length) : '—',
    roles(claim) || '—',
  ].map(cell),
);
const table = [
  '| claim | speaker | cue | kind | modality | subject | predicate | figures, dates | quotes | arguments |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map((row) => `| ${row.join(' | ')} |`),
].join('\n');

if (process.argv.includes('--write')) {
  const readme = new URL('../README.md', import.meta.url);
  const before = readFileSync(readme, 'utf8');
  const after = before.replace(/(<!-- claims-table:start -->\n)[\s\S]*?(<!-- claims-table:end -->)/u, `$1${table}\n$2`);
  if (after === before && !before.includes(table)) throw new Error('README.md has no claims-table markers');
  writeFileSync(readme, after);
  process.stdout.write('wrote the claims table into README.md\n');
} else process.stdout.write(`${table}\n`);
