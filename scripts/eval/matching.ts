/** Pairing predicted items with gold ones, and the comparisons the pairing rests on. */
import type { Span } from './gold.js';

export const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Two figures agree within half a percent (rounding in "$1.2bn" against a precise gold amount). */
export function near(value: number | null | undefined, gold: number | null | undefined): boolean {
  return value != null && gold != null && Math.abs(value - gold) <= Math.max(1e-9, Math.abs(gold) * 0.005);
}

/**
 * One-to-one pairs: each gold item in turn takes the free prediction that overlaps it most among those `accept`
 * allows (the first on a tie).
 */
export function pairByLargestOverlap<G extends Span, P extends Span>(gold: readonly G[], predicted: readonly P[], accept: (g: G, p: P) => boolean = () => true): [G, P][] {
  const taken = new Set<number>();
  const pairs: [G, P][] = [];
  for (const g of gold) {
    let best = -1;
    let bestOverlap = 0;
    predicted.forEach((p, i) => {
      const shared = overlap(g, p);
      if (!taken.has(i) && shared > bestOverlap && accept(g, p)) [best, bestOverlap] = [i, shared];
    });
    if (best >= 0) {
      taken.add(best);
      pairs.push([g, predicted[best]!]);
    }
  }
  return pairs;
}

/** One-to-one pairs: each gold item in turn takes the first free prediction that `accept` allows. */
export function pairInTurn<G, P>(gold: readonly G[], predicted: readonly P[], accept: (g: G, p: P) => boolean): [G, P][] {
  const taken = new Set<number>();
  return gold.flatMap((g) => {
    const i = predicted.findIndex((p, j) => !taken.has(j) && accept(g, p));
    if (i < 0) return [];
    taken.add(i);
    return [[g, predicted[i]!] as [G, P]];
  });
}

/** One-to-one pairs: each gold item in turn takes the first free prediction that overlaps it and that `accept` allows. */
export function pairFirstOverlapping<G extends Span, P extends Span>(gold: readonly G[], predicted: readonly P[], accept: (g: G, p: P) => boolean): [G, P][] {
  return pairInTurn(gold, predicted, (g, p) => overlap(g, p) > 0 && accept(g, p));
}

/**
 * Gold items given only as text, with offsets: each is looked for after the previous one (gold is in text order),
 * then anywhere. One not in the text gets the empty span [-1, -1), which overlaps nothing.
 */
export function locate<T>(text: string, items: readonly T[], textOf: (item: T) => string): (T & Span)[] {
  let from = 0;
  return items.map((item) => {
    const wanted = textOf(item);
    let start = text.indexOf(wanted, from);
    if (start < 0) start = text.indexOf(wanted);
    if (start < 0) return { ...item, start: -1, end: -1 };
    from = start + wanted.length;
    return { ...item, start, end: start + wanted.length };
  });
}

/**
 * A name as compared across gold and output: "The Information Commissioner's Office." and "information
 * commissioner's office" are one form (case, a leading "the", a possessive 's, trailing punctuation, curly apostrophes
 * and runs of spaces do not count).
 */
export function nameForm(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[’‘`]/g, "'")
    .replace(/'s$/i, '')
    .replace(/^the\s+/i, '')
    .replace(/[.,;:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
