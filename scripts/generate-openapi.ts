/**
 * Regenerates the committed OpenAPI document and the example response it shows:
 * runs the pipeline on the documentation's example article, writes schemas/examples/extract-response.json,
 * then builds the app (which reads that file) and writes openapi/openapi.json. Run with `npm run openapi`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { exampleRequest } from '../schemas/examples.js';
import { extractResponseSchema } from '../schemas/extract.js';
import { extract, withMeta } from '../src/extraction.js';
import { SERVICE_VERSION } from '../src/version.js';

const started = performance.now();
const extraction = extract(exampleRequest);
const tookMs = Math.round((performance.now() - started) * 100) / 100;
const exampleUrl = new URL('../schemas/examples/extract-response.json', import.meta.url);
// The time taken is kept from the committed example when nothing else changed, so a rerun leaves the files as they are.
const previous = extractResponseSchema.safeParse(JSON.parse(readFileSync(exampleUrl, 'utf8')));
const responseTaking = (ms: number) => extractResponseSchema.parse(withMeta(extraction, SERVICE_VERSION, ms));
const unchanged = previous.success && JSON.stringify(responseTaking(previous.data.meta.tookMs)) === JSON.stringify(previous.data);
const response = responseTaking(unchanged && previous.success ? previous.data.meta.tookMs : tookMs);
writeFileSync(exampleUrl, `${JSON.stringify(response, null, 2)}\n`);

// Imported only now, so the app reads the example just written.
const { buildApp } = await import('../src/app.js');
const app = await buildApp({ logger: false });
await app.ready();
writeFileSync(new URL('../openapi/openapi.json', import.meta.url), `${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
process.stdout.write('wrote schemas/examples/extract-response.json and openapi/openapi.json\n');
