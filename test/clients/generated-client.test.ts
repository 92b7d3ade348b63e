/**
 * A client generated from the committed OpenAPI document with a maintained generator (openapi-typescript), and a
 * small program type-checked against it: what a client team would do, and what must keep compiling.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import t from 'tap';
import ts from 'typescript';

const PROGRAM = `
import type { components, paths } from './schema.js';

type Extract = paths['/v1/extract']['post'];
type Body = NonNullable<Extract['requestBody']>['content']['application/json'];
type Result = Extract['responses'][200]['content']['application/json'];
type Claim = components['schemas']['Claim'];

// Optional fields may be null; offsets is one of three units.
export const body: Body = { text: 'Acme cut 1,200 jobs.', title: null, publishedAt: '2025-03-05', offsets: 'codepoint' };
export const query: NonNullable<Extract['parameters']['query']> = { offsets: 'utf8', publishedAt: '2025-03-05' };

// Claim is a union on kind: each kind knows its own arguments.
export function describe(claim: Claim): string {
  switch (claim.kind) {
    case 'layoffs': {
      const jobs: number | undefined = claim.arguments.jobs;
      const share: string | undefined = claim.arguments.share;
      return \`\${claim.arguments.company ?? '?'} cut \${jobs ?? share ?? '?'}\`;
    }
    case 'funding': {
      const { company, amount, investors, valuation } = claim.arguments;
      return [company, amount, investors, valuation].join(' ');
    }
    default:
      return claim.kind;
  }
}

// @ts-expect-error a funding claim has no jobs
export const noJobs = (claim: components['schemas']['FundingClaim']) => claim.arguments.jobs;

export function units(result: Result): string[] {
  const offsets: 'utf16' | 'codepoint' | 'utf8' = result.meta.offsets;
  return [offsets, ...result.percentages.map((p) => (p.unit === 'basis_point' ? \`\${p.value} points, written in basis points\` : p.unit))];
}

// Errors are problem details.
export const problem: components['schemas']['Problem'] = { type: 'urn:x', title: 'Bad Request', status: 400, detail: 'no' };
export const tooMany: Extract['responses'][429]['content']['application/problem+json']['status'] = 429;
export type Metrics = paths['/metrics']['get']['responses'][200]['content']['text/plain'];
`;

t.test('openapi-typescript generates a client from openapi/openapi.json that a small program type-checks against', async (t) => {
  const document = JSON.parse(readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'news-claims-client-'));
  writeFileSync(join(dir, 'schema.d.ts'), astToString(await openapiTS(document)));
  writeFileSync(join(dir, 'program.ts'), PROGRAM);
  const program = ts.createProgram([join(dir, 'program.ts')], {
    strict: true,
    noEmit: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
  });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  t.same(diagnostics, [], 'the program compiles against the generated types');
  t.match(readFileSync(join(dir, 'schema.d.ts'), 'utf8'), /LayoffsClaim/, 'one type per claim kind');
});
