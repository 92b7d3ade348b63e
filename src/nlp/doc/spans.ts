/** A half-open span of offsets into the text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Index of the first item whose key is at least `offset`, in items sorted by that key (binary search). */
export function firstAtOrAfter<T>(items: readonly T[], offset: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (key(items[mid]!) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

export const startOf = (span: Span) => span.start;
export const endOf = (span: Span) => span.end;

/** Index of the last of `spans` (sorted by start) that starts at or before `offset`; -1 when none does. */
export function lastStartingAtOrBefore(spans: readonly { readonly start: number }[], offset: number): number {
  return firstAtOrAfter(spans, offset + 1, (span) => span.start) - 1;
}

/** The items of a sorted list that lie inside `span`. */
export function within<T extends Span>(items: readonly T[], span: Span): T[] {
  const found: T[] = [];
  for (let i = firstAtOrAfter(items, span.start, startOf); i < items.length && items[i]!.start < span.end; i++) {
    if (items[i]!.end <= span.end) found.push(items[i]!);
  }
  return found;
}
