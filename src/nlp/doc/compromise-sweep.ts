/**
 * compromise's bulk matcher (`methods.one.bulkMatch`, which its post-tagger runs on every parse with its 570 tag
 * patterns) with the same result, found in less time. compromise 14 picks each piece's candidate patterns (the
 * post-tagger's pieces are the text split at commas) by walking every key of the pattern index (730 words and tags)
 * and concatenating the lists it finds one array copy at a time, then checks each candidate's needs and wants by
 * string: about a quarter of a parse's CPU and of its garbage. Here the index is numbered once, when the net is built;
 * each piece walks only the words and tags it holds and checks by number. Candidates come out in the same order, with
 * the same duplicates dropped and the same filters (needs, ifNo, wants, minimum words), and are run by compromise's own
 * matcher: every tag of every parse is unchanged (test/nlp/compromise-sweep.test.ts runs both on the same documents).
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
  /** The hooks by number, added by `withIndex` below. */
  readonly index?: NetIndex;
}

/** A pattern with what the selection checks, as numbers: its needs and wants as places in the hooks' key order. */
interface IndexedMatch {
  readonly match: NetMatch;
  /** One number per distinct pattern text: compromise drops a pattern whose text it has already listed. */
  readonly id: number;
  readonly needs: Int32Array;
  readonly wants: Int32Array;
}

interface NetIndex {
  /** The hooks' lists in compromise's key order, and each key's place in it. */
  readonly lists: readonly (readonly IndexedMatch[])[];
  readonly place: ReadonlyMap<string, number>;
  readonly patternCount: number;
}

export interface SweepMethods {
  one: {
    cacheDoc(document: unknown[][]): ReadonlySet<string>[];
    match(document: unknown[][], match: NetMatch): { ptrs: [number, number, number][] };
    buildNet(matches: unknown, world: unknown): Net;
  };
}

function indexOf(net: Net): NetIndex {
  const keys = Object.keys(net.hooks);
  const place = new Map(keys.map((key, i) => [key, i]));
  const ids = new Map<string, number>();
  const indexed = new Map<NetMatch, IndexedMatch>();
  // Every need and want is a hook's key (buildNet files a pattern under each); -1 would never be present.
  const places = (items: readonly string[]) => Int32Array.from(items, (item) => place.get(item) ?? -1);
  const indexedOf = (match: NetMatch): IndexedMatch => {
    let entry = indexed.get(match);
    if (entry === undefined) {
      let id = ids.get(match.match);
      if (id === undefined) ids.set(match.match, (id = ids.size));
      indexed.set(match, (entry = { match, id, needs: places(match.needs), wants: places(match.wants) }));
    }
    return entry;
  };
  return { lists: keys.map((key) => net.hooks[key]!.map(indexedOf)), place, patternCount: ids.size };
}

/** compromise's `buildNet`, its result carrying its hooks by number. */
export function withIndex(buildNet: SweepMethods['one']['buildNet']): SweepMethods['one']['buildNet'] {
  return (matches, world) => {
    const net = buildNet(matches, world);
    return { ...net, index: indexOf(net) };
  };
}

/** Marks by number, each valid for one round (a piece of the document): no clearing between pieces. */
class RoundMarks {
  private readonly marks: Uint32Array;
  private round = 0;
  constructor(size: number) {
    this.marks = new Uint32Array(size);
  }
  next(): void {
    this.round++;
  }
  mark(i: number): void {
    this.marks[i] = this.round;
  }
  has(i: number): boolean {
    return i >= 0 && this.marks[i] === this.round;
  }
}

function passesCache({ match, needs, wants }: IndexedMatch, present: RoundMarks, haves: ReadonlySet<string>): boolean {
  for (const need of needs) if (!present.has(need)) return false;
  if (match.ifNo !== undefined && match.ifNo.some((no) => haves.has(no))) return false;
  if (wants.length === 0) return true;
  let found = 0;
  for (const want of wants) if (present.has(want)) found++;
  return found >= match.minWant;
}

/** The patterns worth trying on each piece, in the order compromise's `getHooks`, `trimDown` and `tooSmall` give them. */
function candidateLists(net: Net, caches: readonly ReadonlySet<string>[], document: unknown[][]): NetMatch[][] {
  const index = net.index ?? indexOf(net);
  const present = new RoundMarks(index.lists.length);
  const seen = new RoundMarks(index.patternCount);
  return caches.map((haves, n) => {
    present.next();
    seen.next();
    const places: number[] = [];
    for (const item of haves) {
      const place = index.place.get(item);
      if (place === undefined) continue;
      places.push(place);
      present.mark(place);
    }
    places.sort((a, b) => a - b);
    const termCount = document[n]!.length;
    const candidates: NetMatch[] = [];
    for (const place of places) {
      for (const entry of index.lists[place]!) {
        if (seen.has(entry.id)) continue;
        seen.mark(entry.id);
        if (passesCache(entry, present, haves) && termCount >= entry.match.minWords) candidates.push(entry.match);
      }
    }
    for (const match of net.always) if (termCount >= match.minWords) candidates.push(match);
    return candidates;
  });
}

/** A drop-in for compromise's `methods.one.bulkMatch`: the same found matches, in the same order. */
export function bulkMatch(document: unknown[][], net: Net, methods: SweepMethods, opts: { matchOne?: boolean } = {}): object[] {
  const candidates = candidateLists(net, methods.one.cacheDoc(document), document);
  const results: object[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const match of candidates[n]!) {
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
