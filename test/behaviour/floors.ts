import { readFileSync, writeFileSync } from 'node:fs';
import type { CapabilityResult } from './suite.js';

/** The pass rate every capability should reach. */
export const TARGET_RATE = 0.98;

/** Capability id → the lowest pass rate the test accepts: the rate when last recorded, rounded down to a whole percent. */
export type Floors = Record<string, number>;

const FLOORS_FILE = new URL('./floors.json', import.meta.url);

export function readFloors(): Floors {
  return JSON.parse(readFileSync(FLOORS_FILE, 'utf8')) as Floors;
}

/** A rate rounded down to a whole percent (0.58 stays 0.58 despite 0.58 * 100 = 57.99...). */
export const floorOf = (rate: number) => Math.floor(rate * 100 + 1e-9) / 100;

/**
 * The floors raised to the current rates: a capability's floor only ever goes up here (lowering one is a deliberate
 * edit of floors.json), a new capability gets its current rate, and a capability that is gone loses its floor.
 */
export function raisedFloors(current: Floors, results: readonly CapabilityResult[]): Floors {
  return Object.fromEntries(results.map((r) => [r.id, Math.max(current[r.id] ?? 0, floorOf(r.rate))]));
}

export function writeFloors(floors: Floors): void {
  writeFileSync(FLOORS_FILE, `${JSON.stringify(floors, null, 2)}\n`);
}
