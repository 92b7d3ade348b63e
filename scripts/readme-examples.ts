/**
 * Keeps the README's examples real: the curl example under "Try it" with the service's actual answer, and the table of
 * claims under "Claims" from a run on the documented example article (schemas/examples.ts). `npm run readme` rewrites
 * both between their markers; a test fails when the README differs from what this renders.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { exampleRequest } from '../schemas/examples.js';
import type { Claim, ExtractResponse } from '../schemas/extract.js';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { extract } from '../src/extraction.js';

/** The request the README's curl example sends. */
export const curlRequest = {
  text: 'Acme Robotics, of Austin, Texas, raised $45 million in a Series B round, chief executive Dana Whitfield said on Tuesday. "We will double the team," Whitfield said.',
  publishedAt: '2025-03-06',
};

/** The curl command and the service's answer to it, as the README shows them. */
export async function renderCurlExample(): Promise<string> {
  const app = await buildApp({ config: loadConfig({ WORKERS: '0' }), logger: false });
  try {
    const response = await app.inject({ method: 'POST', url: '/v1/extract', headers: { 'content-type': 'application/json' }, payload: curlRequest });
    const body = response.json<ExtractResponse>();
    const shown = { ...body, meta: { ...body.meta, tookMs: 0 } }; // the one figure that differs from run to run
    const payload = JSON.stringify(curlRequest).replace(/'/g, "'\\''");
    return [
      '```sh',
      `curl -s localhost:3000/v1/extract -H 'content-type: application/json' \\\n  -d '${payload}'`,
      '```',
      '',
      `answers (\`meta.tookMs\` shown as 0; it is the time the extraction took):`,
      '',
      '```json',
      JSON.stringify(shown, null, 2),
      '```',
    ].join('\n');
  } finally {
    await app.close();
  }
}

const cell = (value: string) => value.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const short = (text: string, most = 70) => (text.length > most ? `${text.slice(0, most - 1).trimEnd()}…` : text);

/** The claims of the documented example article as a markdown table. */
export function renderClaimsTable(): string {
  const result = extract(exampleRequest);
  const textOf = new Map<string, string>([
    ...result.entities.map((e) => [e.id, e.name] as const),
    ...[...result.money, ...result.percentages, ...result.dates].map((item) => [item.id, item.text] as const),
  ]);
  const list = (ids: readonly string[]) => ids.map((id) => textOf.get(id) ?? id).join(', ');
  const roles = (claim: Claim) =>
    Object.entries(claim.arguments)
      .map(([role, id]) => `${role}: ${typeof id === 'string' ? (textOf.get(id) ?? id) : id}`)
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
  return [
    '| claim | speaker | cue | kind | modality | subject | predicate | figures, dates | quotes | arguments |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** The README with every marked block replaced by what it should hold. */
export async function renderReadme(readme: string): Promise<string> {
  const blocks: Record<string, string> = { 'curl-example': await renderCurlExample(), 'claims-table': renderClaimsTable() };
  let rendered = readme;
  for (const [marker, content] of Object.entries(blocks)) {
    const block = new RegExp(`(<!-- ${marker}:start -->\\n)[\\s\\S]*?(<!-- ${marker}:end -->)`, 'u');
    if (!block.test(rendered)) throw new Error(`README.md has no ${marker} markers`);
    rendered = rendered.replace(block, (_, start: string, end: string) => `${start}${content}\n${end}`);
  }
  return rendered;
}

export const readmeUrl = new URL('../README.md', import.meta.url);

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(readmeUrl, await renderReadme(readFileSync(readmeUrl, 'utf8')));
  process.stdout.write('wrote the curl example and the claims table into README.md\n');
}
