/**
 * A commit's outputs on a suite, kept on disk: a commit's pipeline never changes, so comparing against the same ref
 * again reuses them. The key holds everything else the outputs depend on: the suite's inputs, the script that runs
 * the pipeline, and the installed packages (node_modules/.package-lock.json).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentInput } from '../../src/extraction.js';
import { CHILD_SCRIPT, type ExtractOutput } from './pipeline-runs.js';

export class OutputCache {
  constructor(private readonly repo: string) {}

  private get folder(): string {
    return path.join(this.repo, 'node_modules', '.cache', 'eval');
  }

  private file(sha: string, suite: string, inputs: readonly DocumentInput[]): string {
    const hash = createHash('sha256').update(JSON.stringify({ sha, suite, inputs })).update(readFileSync(CHILD_SCRIPT));
    const lockfile = path.join(this.repo, 'node_modules', '.package-lock.json');
    if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
    return path.join(this.folder, `${sha.slice(0, 12)}-${suite}-${hash.digest('hex').slice(0, 16)}.json`);
  }

  get(sha: string, suite: string, inputs: readonly DocumentInput[]): ExtractOutput[] | undefined {
    const file = this.file(sha, suite, inputs);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ExtractOutput[]) : undefined;
  }

  /** Written whole under a temporary name and renamed, so that an interrupted run leaves no half file. */
  set(sha: string, suite: string, inputs: readonly DocumentInput[], outputs: readonly ExtractOutput[]): void {
    const file = this.file(sha, suite, inputs);
    mkdirSync(this.folder, { recursive: true });
    writeFileSync(`${file}.${process.pid}`, JSON.stringify(outputs));
    renameSync(`${file}.${process.pid}`, file);
  }
}
