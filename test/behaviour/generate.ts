import type { BehaviourCase, Capability } from './capability.js';
import { seededRandom as numberSeededRandom } from '../../src/nlp/seeded-random.js';

/** A source of numbers in [0, 1), the same sequence for the same seed. */
export type Random = () => number;

/** mulberry32 seeded from the FNV-1a hash of a string: each capability draws from its own fixed sequence. */
export function seededRandom(seed: string): Random {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  return numberSeededRandom(hash);
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick: no items to pick from');
  return item;
}

/** Two different items of a list. */
export function pickTwo<T>(random: Random, items: readonly T[]): [T, T] {
  const first = pick(random, items);
  const rest = items.filter((item) => item !== first);
  return [first, pick(random, rest)];
}

/** The possessive of a name as news style writes it: "Nvidia's", but "Siemens'". */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/**
 * A template with its `{slot}`s filled, `{slot's}` with the possessive of the slot's value; a slot without a value is
 * a mistake in the suite.
 */
export function fill(template: string, slots: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)('s)?\}/g, (_whole, slot: string, owner: string | undefined) => {
    const value = slots[slot];
    if (value === undefined) throw new Error(`template "${template}" has no value for {${slot}}`);
    return owner ? possessive(String(value)) : String(value);
  });
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How many cases a capability generates, unless its templates allow fewer distinct ones. */
export const CASES_PER_CAPABILITY = 50;

/**
 * Up to `count` cases with distinct inputs, drawn by `build` from a sequence seeded by the capability's id, in the
 * order drawn: the same list on every run. Stops early when the templates cannot give more distinct ones.
 */
export function generateCases(seed: string, build: (random: Random) => BehaviourCase, count = CASES_PER_CAPABILITY): BehaviourCase[] {
  const random = seededRandom(seed);
  const cases = new Map<string, BehaviourCase>();
  for (let attempt = 0; attempt < count * 40 && cases.size < count; attempt++) {
    const generated = build(random);
    const key = JSON.stringify(generated.inputs);
    if (!cases.has(key)) cases.set(key, generated);
  }
  return [...cases.values()];
}

/** A capability whose cases `build` draws, seeded by its id. */
export function capability(id: string, description: string, build: (random: Random) => BehaviourCase, count = CASES_PER_CAPABILITY): Capability {
  return { id, description, cases: () => generateCases(id, build, count) };
}
