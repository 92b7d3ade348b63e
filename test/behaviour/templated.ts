import { caseOf, type Capability, type Expectation } from './capability.js';
import { capability, fill, pick, type Random } from './generate.js';

/** The publication date of a templated case whose slots give none. */
const DEFAULT_PUBLISHED_AT = '2025-03-06';

/**
 * A capability in CheckList's form: sentence templates with `{slot}`s, the slots (strings, or numbers written as they print) drawn afresh for each case, and the
 * expectations those slots imply. A `publishedAt` slot, when drawn, is the article's publication date.
 */
export interface TemplatedCapability<Slots extends Readonly<Record<string, string | number>>> {
  readonly id: string;
  readonly description: string;
  readonly templates: readonly string[];
  readonly slots: (random: Random) => Slots;
  /** The expectations of one case, from its slots and the text its template made of them. */
  readonly expect: (slots: Slots, text: string) => readonly Expectation[];
}

export function templated<Slots extends Readonly<Record<string, string | number>>>(spec: TemplatedCapability<Slots>): Capability {
  return capability(spec.id, spec.description, (random) => {
    const slots = spec.slots(random);
    const text = fill(pick(random, spec.templates), slots);
    const publishedAt = typeof slots.publishedAt === 'string' ? slots.publishedAt : DEFAULT_PUBLISHED_AT;
    return caseOf({ text, publishedAt }, ...spec.expect(slots, text));
  });
}
