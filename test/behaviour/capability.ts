import type { DocumentInput, Extraction } from '../../src/extraction.js';

/**
 * One generated test: the article(s) it sends, what it expects in words, and the check that compares what came back.
 * `check` answers `null` when the expectation is met, else a short account of what came back instead.
 */
export interface BehaviourCase {
  readonly inputs: readonly DocumentInput[];
  readonly expected: string;
  check(responses: readonly Extraction[]): string | null;
}

/** A capability: a named behaviour and the cases its templates generate (deterministic: the same list every time). */
export interface Capability {
  readonly id: string;
  readonly description: string;
  readonly cases: () => readonly BehaviourCase[];
}

/** A single-article expectation: what it wants in words, and the check of one response. */
export interface Expectation {
  readonly expected: string;
  check(response: Extraction): string | null;
}

/** A case of one article that must meet every expectation. */
export function caseOf(input: DocumentInput, ...expectations: readonly Expectation[]): BehaviourCase {
  return {
    inputs: [input],
    expected: expectations.map((e) => e.expected).join('; '),
    check: ([response]) => {
      if (!response) return 'no response';
      const mismatches = expectations.map((e) => e.check(response)).filter((m): m is string => m !== null);
      return mismatches.length > 0 ? mismatches.join('; ') : null;
    },
  };
}
