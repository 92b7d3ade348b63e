import type { Extraction } from '../../src/extraction.js';
import { extract } from '../../src/extraction.js';
import type { BehaviourCase, Capability } from './capability.js';
import { attributionCapabilities } from './capabilities/attribution.js';
import { claimKindCapabilities } from './capabilities/claim-kinds.js';
import { dateCapabilities } from './capabilities/dates.js';
import { entityCapabilities } from './capabilities/entities.js';
import { figureCapabilities } from './capabilities/figures.js';
import { invarianceCapabilities } from './capabilities/invariance.js';
import { quoteCapabilities } from './capabilities/quotes.js';
import { robustnessCapabilities } from './capabilities/robustness.js';

/** Every capability of the behavioural suite, in the order the report lists them. */
export const CAPABILITIES: readonly Capability[] = [
  ...attributionCapabilities,
  ...quoteCapabilities,
  ...entityCapabilities,
  ...figureCapabilities,
  ...dateCapabilities,
  ...claimKindCapabilities,
  ...invarianceCapabilities,
  ...robustnessCapabilities,
];

/** A case that failed: what went in, what was expected, what came back. */
export interface Failure {
  readonly texts: readonly string[];
  readonly expected: string;
  readonly got: string;
}

export interface CapabilityResult {
  readonly id: string;
  readonly description: string;
  readonly cases: number;
  readonly passed: number;
  /** passed / cases, as a fraction (1 when there are no cases). */
  readonly rate: number;
  readonly failures: readonly Failure[];
}

function runCase(testCase: BehaviourCase): Failure | null {
  let got: string | null;
  try {
    const responses: Extraction[] = testCase.inputs.map((input) => extract(input));
    got = testCase.check(responses);
  } catch (error) {
    got = `threw ${error instanceof Error ? error.message : String(error)}`;
  }
  return got === null ? null : { texts: testCase.inputs.map((input) => input.text), expected: testCase.expected, got };
}

/** Runs every case of a capability through the pipeline, in-process. */
export function runCapability(capability: Capability): CapabilityResult {
  const cases = capability.cases();
  const failures = cases.map(runCase).filter((failure): failure is Failure => failure !== null);
  const passed = cases.length - failures.length;
  return { id: capability.id, description: capability.description, cases: cases.length, passed, rate: cases.length > 0 ? passed / cases.length : 1, failures };
}
