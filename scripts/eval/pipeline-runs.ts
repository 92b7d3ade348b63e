/**
 * Runs one tree's pipeline over many inputs in child processes (pipeline-child.ts), so that the working tree and an
 * older commit's tree can run side by side and a long corpus can use more than one core.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DocumentInput, Extraction } from '../../src/extraction.js';

/** What a document gave: the extraction, or the message of the error `extract` threw. */
export type ExtractOutput = Extraction | ExtractFailure;

export interface ExtractFailure {
  error: string;
}

export function isFailure(output: ExtractOutput): output is ExtractFailure {
  return 'error' in output;
}

/** The pipeline entry is src/extraction.ts; commits before it had the same `extract` at src/pipeline/index.ts. */
const ENTRIES = ['src/extraction.ts', 'src/pipeline/index.ts'];

function pipelineEntry(tree: string): string {
  const entry = ENTRIES.map((file) => path.join(tree, file)).find((file) => existsSync(file));
  if (!entry) throw new Error(`${tree} has neither ${ENTRIES.join(' nor ')}`);
  return entry;
}

export const CHILD_SCRIPT = path.join(import.meta.dirname, 'pipeline-child.ts');

/** `extract` over every input in `shards` child processes (balanced by text length), outputs in input order. */
async function runPipeline(tree: string, inputs: readonly DocumentInput[], shards: number): Promise<ExtractOutput[]> {
  const entry = pipelineEntry(tree);
  if (!inputs.length) return [];
  const io = mkdtempSync(path.join(tmpdir(), 'eval-io-'));
  try {
    const groups = balancedShards(inputs.map((input) => input.text.length), shards);
    const parts = await Promise.all(
      groups.map(async (indices, shard) => {
        const inputFile = path.join(io, `in-${shard}.json`);
        const outputFile = path.join(io, `out-${shard}.json`);
        writeFileSync(inputFile, JSON.stringify(indices.map((i) => inputs[i])));
        await runChild(tree, [entry, inputFile, outputFile]);
        return JSON.parse(readFileSync(outputFile, 'utf8')) as ExtractOutput[];
      }),
    );
    const outputs: ExtractOutput[] = new Array(inputs.length);
    groups.forEach((indices, shard) => indices.forEach((index, k) => (outputs[index] = parts[shard]![k]!)));
    return outputs;
  } finally {
    rmSync(io, { recursive: true, force: true });
  }
}

/** Texts to run, in groups (a suite's cases). */
export interface TextGroup {
  name: string;
  cases: readonly { input: DocumentInput }[];
}

/** `extract` over every group's texts in one run, outputs by group name. */
export async function runGroups(tree: string, groups: readonly TextGroup[], shards: number): Promise<Map<string, ExtractOutput[]>> {
  const outputs = await runPipeline(tree, groups.flatMap((group) => group.cases.map((c) => c.input)), shards);
  let offset = 0;
  return new Map(groups.map((group) => [group.name, outputs.slice(offset, (offset += group.cases.length))]));
}

/** Indices of the items split into at most `count` groups of about equal total cost (longest first, onto the lightest group). */
export function balancedShards(costs: readonly number[], count: number): number[][] {
  const groups = Array.from({ length: Math.max(1, Math.min(count, costs.length)) }, () => ({ cost: 0, indices: [] as number[] }));
  const byCost = costs.map((cost, index) => ({ cost, index })).sort((a, b) => b.cost - a.cost);
  for (const { cost, index } of byCost) {
    const lightest = groups.reduce((a, b) => (b.cost < a.cost ? b : a));
    lightest.cost += cost;
    lightest.indices.push(index);
  }
  return groups.map((group) => group.indices.sort((a, b) => a - b));
}

/** The child runs with the tree as its working directory, so tsx reads that tree's tsconfig. */
function runChild(tree: string, args: readonly string[]): Promise<void> {
  const tsx = import.meta.resolve('tsx');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsx, CHILD_SCRIPT, ...args], { cwd: tree, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`the pipeline of ${tree} failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}
