import type { DocumentInput, Extraction } from '../../src/extraction.js';
import type { BehaviourCase } from './capability.js';
import { namesById } from './views.js';

/**
 * Invariance: two articles that differ only in what the substitutions name must come back the same, once each side's
 * name (or sign, or date value) is masked by a shared placeholder. Offsets, ids, salience and counts of characters
 * are left out: they move with the length of a name.
 */

/** A word of the original article, the word that replaces it, and the values each stands for in a response. */
export interface Substitution {
  readonly original: string;
  readonly variant: string;
}

/**
 * Everything a reader compares in a response, every string passed through `rewrite` (the masking of a side's names):
 * ids resolved to what they stand for, entities in the order of their masked names (salience moves with a name's length).
 */
export function comparableView(response: Extraction, rewrite: (text: string) => string): Record<string, unknown> {
  const names = namesById(response);
  const resolve = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id);
  const view = {
    entities: response.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions.map((m) => m.text) })),
    money: response.money.map(({ text, amount, currency, qualifier, min, max, sentence }) => ({ text, amount, currency, qualifier, min, max, sentence })),
    percentages: response.percentages.map(({ text, value, qualifier, min, max, sentence }) => ({ text, value, qualifier, min, max, sentence })),
    dates: response.dates.map(({ text, value, granularity, relative, sentence }) => ({ text, value, granularity, relative, sentence })),
    quotes: response.quotes.map((q) => ({ text: q.text, speaker: q.speaker?.name ?? null, cue: q.cue, sentence: q.sentence })),
    claims: response.claims.map((c) => ({
      text: c.text,
      speaker: c.speaker?.name ?? null,
      cue: c.cue,
      subject: c.subject?.name ?? null,
      predicate: c.predicate,
      object: c.object,
      kind: c.kind,
      modality: c.modality,
      figures: resolve(c.figures),
      dates: resolve(c.dates),
      quotes: resolve(c.quotes),
      arguments: Object.fromEntries(Object.entries(c.arguments).map(([role, id]) => [role, typeof id === 'string' ? (names.get(id) ?? id) : id])),
    })),
  };
  const masked = mapStrings(view, rewrite) as typeof view;
  const entities = masked.entities.map((e) => ({ ...e, aliases: [...e.aliases].sort() })).sort((a, b) => a.name.localeCompare(b.name));
  return { ...masked, entities };
}

/** Every string in a JSON-like value passed through `rewrite`. */
function mapStrings(value: unknown, rewrite: (text: string) => string): unknown {
  if (typeof value === 'string') return rewrite(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, rewrite));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, rewrite)]));
  return value;
}

/** Replaces each word by its placeholder, longest first, so that a full name is masked before the surname inside it. */
function masker(words: readonly string[]): (text: string) => string {
  const ordered = words.map((word, index) => ({ word, placeholder: `«${index}»` })).sort((a, b) => b.word.length - a.word.length);
  return (text) => ordered.reduce((masked, { word, placeholder }) => masked.split(word).join(placeholder), text);
}

/** What one list holds and the other does not, item by item, as JSON. */
function onlyIn(items: unknown, others: unknown): string[] {
  const written = (list: unknown) => (Array.isArray(list) ? list.map((item) => JSON.stringify(item)) : [JSON.stringify(list)]);
  const rest = new Set(written(others));
  return written(items).filter((item) => !rest.has(item));
}

/** The first part of two views that differs: the items only the original has, and those only the variant has. */
function firstDifference(original: Record<string, unknown>, variant: Record<string, unknown>): string | null {
  for (const part of Object.keys(original)) {
    if (JSON.stringify(original[part]) === JSON.stringify(variant[part])) continue;
    const [left, right] = [onlyIn(original[part], variant[part]), onlyIn(variant[part], original[part])];
    if (left.length === 0 && right.length === 0) return `${part} differ in order`;
    return `${part} differ: only in the original [${left.join(', ')}], only in the variant [${right.join(', ')}]`;
  }
  return null;
}

export interface InvarianceOptions {
  /** Applied to every string of both views before comparing (whitespace or quotation marks made uniform). */
  readonly normalize?: (text: string) => string;
}

/** A case of two articles whose responses must agree once the substitutions are masked. */
export function invariantCase(
  original: DocumentInput,
  variant: DocumentInput,
  substitutions: readonly Substitution[],
  what: string,
  options: InvarianceOptions = {},
): BehaviourCase {
  const normalize = options.normalize ?? ((text: string) => text);
  const maskOriginal = masker(substitutions.map((s) => s.original));
  const maskVariant = masker(substitutions.map((s) => s.variant));
  return {
    inputs: [original, variant],
    expected: `the same extraction for both (${what})`,
    check: ([first, second]) => {
      if (!first || !second) return 'missing response';
      const left = comparableView(first, (text) => normalize(maskOriginal(text)));
      const right = comparableView(second, (text) => normalize(maskVariant(text)));
      return firstDifference(left, right);
    },
  };
}
