/**
 * Weights by non-negative integer keys below 2^31, in a hash table of two typed arrays (open addressing): a lookup
 * reads a slot of each, where a Map of numbers goes through its buckets, its entries and then the boxed number of the
 * weight. The cue detector reads tens of these per word, from tables of thousands, so most reads miss the cache.
 */
export interface WeightTable {
  /** The key in each slot, EMPTY where there is none. */
  readonly keys: Int32Array;
  readonly weights: Float64Array;
  /** `32 - log2(slots)`: a key's first slot is the top bits of its product with GOLDEN (Fibonacci hashing). */
  readonly shift: number;
}

const EMPTY = -1;
/** 2^32 divided by the golden ratio, odd: multiplying by it spreads consecutive keys over the table. */
const GOLDEN = 0x9e3779b1;

export function weightTable(entries: ReadonlyMap<number, number>): WeightTable {
  let bits = 1;
  // At most half full, so that a search ends after a slot or two.
  while (2 ** bits < entries.size * 2) bits++;
  const keys = new Int32Array(2 ** bits).fill(EMPTY);
  const weights = new Float64Array(2 ** bits);
  const table = { keys, weights, shift: 32 - bits };
  for (const [key, weight] of entries) {
    if (!Number.isInteger(key) || key < 0 || key >= 2 ** 31) throw new Error(`a weight table's key must be an integer in [0, 2^31): ${key}`);
    let slot = firstSlot(table, key);
    while (keys[slot] !== EMPTY) slot = (slot + 1) & (keys.length - 1);
    keys[slot] = key;
    weights[slot] = weight;
  }
  return table;
}

const firstSlot = (table: WeightTable, key: number) => Math.imul(key, GOLDEN) >>> table.shift;

/** The weight of `key`, 0 for a key the table does not hold. */
export function weightOf(table: WeightTable, key: number): number {
  const { keys, weights } = table;
  const mask = keys.length - 1;
  for (let slot = firstSlot(table, key); ; slot = (slot + 1) & mask) {
    const found = keys[slot]!;
    if (found === key) return weights[slot]!;
    if (found === EMPTY) return 0;
  }
}
