import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { batchResultSchema } from '../schemas/batch.js';
import { extractResponseSchema, type ExtractResponse } from '../schemas/extract.js';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';

/** An app with the given settings (the pipeline in-process unless WORKERS is set), no logging, ready to inject. */
export async function testApp(env: Record<string, string> = {}): Promise<FastifyInstance> {
  const app = await buildApp({ config: loadConfig({ WORKERS: '0', ...env }), logger: false });
  await app.ready();
  while ((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode !== 200) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return app;
}

export function postJson(app: FastifyInstance, body: unknown, path = '/v1/extract'): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: path, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });
}

/**
 * Posts a short article until it is answered 200 (up to 100 tries, 100 ms apart), as once a replaced worker has
 * loaded; returns the last status.
 */
export async function servesAgain(app: FastifyInstance): Promise<number> {
  let status = 0;
  for (let attempt = 0; attempt < 100 && status !== 200; attempt++) {
    status = (await postJson(app, { text: 'Acme Corp raised $5 million.' })).statusCode;
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return status;
}

/** Parses a stream's NDJSON answer, one result per line, against the result schema. */
export function parseLines(body: string) {
  return body
    .trim()
    .split('\n')
    .map((line) => batchResultSchema.parse(JSON.parse(line)));
}

/** Parses a 200 body against the response schema: fails the test when the contract is broken. */
export function parseExtraction(response: LightMyRequestResponse): ExtractResponse {
  return extractResponseSchema.parse(response.json());
}

/** Every span the response reports, with where it came from, for `text === input.slice(start, end)` checks. */
export function spansOf(result: ExtractResponse): { where: string; start: number; end: number; text: string }[] {
  return [
    ...result.entities.flatMap((e) => e.mentions.map((m) => ({ where: `entity ${e.id}`, ...m }))),
    ...result.money.map((m) => ({ where: m.id, start: m.start, end: m.end, text: m.text })),
    ...result.percentages.map((p) => ({ where: p.id, start: p.start, end: p.end, text: p.text })),
    ...result.dates.map((d) => ({ where: d.id, start: d.start, end: d.end, text: d.text })),
    ...result.quotes.map((q) => ({ where: q.id, start: q.start, end: q.end, text: q.text })),
    ...result.claims.map((c) => ({ where: c.id, start: c.start, end: c.end, text: c.text })),
  ];
}

/** Every id referenced anywhere in the response, and every id defined: references must all resolve. */
export function danglingReferences(result: ExtractResponse): string[] {
  const defined = new Set([
    ...result.entities.map((e) => e.id),
    ...result.money.map((m) => m.id),
    ...result.percentages.map((p) => p.id),
    ...result.dates.map((d) => d.id),
    ...result.quotes.map((q) => q.id),
    ...result.claims.map((c) => c.id),
  ]);
  const referenced = [
    ...result.quotes.flatMap((q) => (q.speaker?.entityId ? [q.speaker.entityId] : [])),
    ...result.claims.flatMap((c) => [
      ...(c.speaker?.entityId ? [c.speaker.entityId] : []),
      ...(c.subject?.entityId ? [c.subject.entityId] : []),
      ...c.figures,
      ...c.dates,
      ...c.quotes,
      // Every role but a value (layoffs' jobs, funding's round) is an id.
      ...Object.entries(c.arguments).flatMap(([role, value]) => (role === 'jobs' || role === 'round' ? [] : [String(value)])),
    ]),
  ];
  return referenced.filter((id) => !defined.has(id));
}

export function allIds(result: ExtractResponse): string[] {
  return [result.entities, result.money, result.percentages, result.dates, result.quotes, result.claims].flatMap((items) => items.map((i) => i.id));
}
