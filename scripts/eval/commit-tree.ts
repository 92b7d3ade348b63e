/** A commit's files in a temporary folder, to run that commit's pipeline beside the working tree's. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The full sha of the commit `ref` names (anything `git rev-parse` accepts). */
export function resolveCommit(repo: string, ref: string): string {
  try {
    return git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).toString().trim();
  } catch {
    throw new Error(`${ref} names no commit in ${repo}`);
  }
}

/**
 * Runs `use` on a folder holding the commit's tracked files (git archive: no worktree to register or prune) and the
 * repository's node_modules linked in, and removes the folder afterwards, also on Ctrl-C.
 */
export async function withCommitTree<T>(repo: string, sha: string, use: (tree: string) => Promise<T>): Promise<T> {
  const tree = mkdtempSync(path.join(tmpdir(), `eval-${sha.slice(0, 8)}-`));
  const remove = () => rmSync(tree, { recursive: true, force: true });
  const interrupted = () => {
    remove();
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  try {
    execFileSync('tar', ['-x', '-C', tree], { input: git(repo, ['archive', '--format=tar', sha]) });
    symlinkSync(realpathSync(path.join(repo, 'node_modules')), path.join(tree, 'node_modules'), 'dir');
    return await use(tree);
  } finally {
    process.removeListener('SIGINT', interrupted);
    remove();
  }
}

function git(repo: string, args: readonly string[]): Buffer {
  return execFileSync('git', ['-C', repo, ...args], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
}
