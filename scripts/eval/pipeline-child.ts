/**
 * Child process of pipeline-runs.ts: `node --import tsx pipeline-child.ts ENTRY INPUTS.json OUTPUTS.json` imports
 * `extract` from ENTRY (any tree's src/extraction.ts or src/pipeline/index.ts) and writes its output for each input.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { DocumentInput, Extraction } from '../../src/extraction.js';
import type { ExtractOutput } from './pipeline-runs.js';

const [entry, inputFile, outputFile] = process.argv.slice(2);
if (!entry || !inputFile || !outputFile) throw new Error('usage: pipeline-child.ts ENTRY INPUTS.json OUTPUTS.json');

const { extract } = (await import(pathToFileURL(entry).href)) as { extract: (input: DocumentInput) => Extraction };
const inputs = JSON.parse(readFileSync(inputFile, 'utf8')) as DocumentInput[];
// One argument only: later versions take options as a second one, and the evaluation wants the plain output.
const outputs = inputs.map((input): ExtractOutput => {
  try {
    return withoutExplanations(extract(input));
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
});
writeFileSync(outputFile, JSON.stringify(outputs));

/**
 * The API's default response: extract gives every entity, quote and claim the `explain` of how it was decided, which
 * the API shows only with ?explain=true and which can change while the output itself does not.
 */
function withoutExplanations(extraction: Extraction): Extraction {
  const layers = Object.entries(extraction).map(([layer, items]) => [
    layer,
    Array.isArray(items) ? items.map(({ explain: _explain, ...item }: { explain?: unknown }) => item) : items,
  ]);
  return Object.fromEntries(layers) as Extraction;
}
