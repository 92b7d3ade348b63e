/**
 * compromise's bulk matcher (`methods.one.bulkMatch`, which its post-tagger runs on every parse with a few hundred tag
 * patterns) with the same result, found in less time. compromise 14 picks each sentence's candidate patterns by
 * walking every key of the pattern index (about 1,700 words and tags) per comma-separated piece of the text and
 * concatenating the lists it finds one array copy at a time: about a quarter of a parse's CPU and of its garbage. Here
 * the index's key order is taken once, when the net is built, and each piece walks only the words and tags it holds.
 * Candidates come out in the same order, with the same duplicates dropped and the same filters (needs, ifNo, wants,
 * minimum words), and are run by compromise's own matcher: every tag of every parse is unchanged (test/nlp/doc/
 * compromise-sweep.test.ts runs both on the same documents).
 */

/** One compiled match pattern, as compromise's `buildNet` makes it (only what the selection reads). */
interface NetMatch {
  readonly match: string;
  readonly needs: readonly string[];
  readonly wants: readonly string[];
  readonly minWant: number;
  readonly minWords: number;
  readonly ifNo?: readonly string[];
  readonly unTag?: unknown;
}

interface Net {
  readonly hooks: Readonly<Record<string, readonly NetMatch[]>>;
  readonly always: readonly NetMatch[];
  /** The hooks' keys in compromise's order and each key's place in it, added by `buildNet` below. */
  readonly keyOrder?: KeyOrder;
}

interface KeyOrder {
  readonly keys: readonly string[];
  readonly place: ReadonlyMap<string, number>;
}

type Pointer = [number, number, number];
export interface SweepMethods {
  one: {
    cacheDoc(document: unknown[][]): ReadonlySet<string>[];
    match(document: unknown[][], match: NetMatch): { ptrs: Pointer[] };
    buildNet(matches: unknown, world: unknown): Net;
  };
}

function keyOrderOf(hooks: Net['hooks']): KeyOrder {
  const keys = Object.keys(hooks);
  return { keys, place: new Map(keys.map((key, i) => [key, i])) };
}

/** compromise's `buildNet`, its result carrying its hooks' key order. */
export function withKeyOrder(buildNet: SweepMethods['one']['buildNet']): SweepMethods['one']['buildNet'] {
  return (matches, world) => {
    const net = buildNet(matches, world);
    return { ...net, keyOrder: keyOrderOf(net.hooks) };
  };
}

function passesCache(match: NetMatch, haves: ReadonlySet<string>): boolean {
  if (!match.needs.every((need) => haves.has(need))) return false;
  if (match.ifNo !== undefined && match.ifNo.some((no) => haves.has(no))) return false;
  if (match.wants.length === 0) return true;
  let found = 0;
  for (const want of match.wants) if (haves.has(want)) found++;
  return found >= match.minWant;
}

/** The patterns worth trying on one piece, in the order compromise's `getHooks`, `trimDown` and `tooSmall` give them. */
function candidatesFor(net: Net, order: KeyOrder, haves: ReadonlySet<string>, termCount: number): NetMatch[] {
  const present: number[] = [];
  for (const item of haves) {
    const place = order.place.get(item);
    if (place !== undefined) present.push(place);
  }
  present.sort((a, b) => a - b);
  const seen = new Set<string>();
  const candidates: NetMatch[] = [];
  for (const place of present) {
    for (const match of net.hooks[order.keys[place]!]!) {
      if (seen.has(match.match)) continue;
      seen.add(match.match);
      if (passesCache(match, haves) && termCount >= match.minWords) candidates.push(match);
    }
  }
  for (const match of net.always) if (termCount >= match.minWords) candidates.push(match);
  return candidates;
}

/** A drop-in for compromise's `methods.one.bulkMatch`: the same found matches, in the same order. */
export function bulkMatch(document: unknown[][], net: Net, methods: SweepMethods, opts: { matchOne?: boolean } = {}): object[] {
  const caches = methods.one.cacheDoc(document);
  const order = net.keyOrder ?? keyOrderOf(net.hooks);
  const results: object[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const match of candidatesFor(net, order, caches[n]!, document[n]!.length)) {
      const found = methods.one.match([document[n]!], match);
      if (found.ptrs.length === 0) continue;
      for (const pointer of found.ptrs) {
        pointer[0] = n;
        results.push({ ...match, pointer });
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
}
