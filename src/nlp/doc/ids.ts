/** Numbers items in order with a one-letter prefix: `e1`, `e2`, ... Ids are unique within one response. */
export function withIds<T extends object>(prefix: string, items: readonly T[]): (T & { id: string })[] {
  return items.map((item, index) => ({ id: `${prefix}${index + 1}`, ...item }));
}
