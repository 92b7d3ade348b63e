import type { EntityType } from '../../schemas/extract.js';

/**
 * A compact lexicon of real-world tech organizations, products and places that compromise's stock model
 * misses or mistypes. Each entry's forms are loaded into compromise as words, so the tagger sees them in
 * context; the entities stage maps a tagged form back to its entry for the canonical name and type.
 */
export interface LexiconEntry {
  readonly name: string;
  readonly type: EntityType;
  /** Other written forms of the same entity ("Alphabet Inc", "AWS"). */
  readonly forms?: readonly string[];
}

const organizations: LexiconEntry[] = [
  { name: 'Meta', type: 'organization', forms: ['Meta Platforms'] },
  { name: 'Nvidia', type: 'organization' },
  { name: 'OpenAI', type: 'organization' },
  { name: 'Anthropic', type: 'organization' },
  { name: 'DeepSeek', type: 'organization' },
  { name: 'Google', type: 'organization' },
  { name: 'Microsoft', type: 'organization' },
  { name: 'Apple', type: 'organization' },
  { name: 'Amazon', type: 'organization' },
  { name: 'IBM', type: 'organization' },
];

const products: LexiconEntry[] = [
  { name: 'ChatGPT', type: 'product' },
  { name: 'Llama 4', type: 'product' },
  { name: 'Llama 3', type: 'product' },
  { name: 'GPT-4o', type: 'product' },
  { name: 'Gemini', type: 'product' },
  { name: 'Linux', type: 'product' },
];

const places: LexiconEntry[] = [
  { name: 'U.S.', type: 'place', forms: ['US', 'U.S'] },
  { name: 'UK', type: 'place', forms: ['U.K.'] },
];

export const LEXICON: readonly LexiconEntry[] = [...organizations, ...products, ...places];

const TAG_OF: Record<EntityType, string> = {
  organization: 'Organization',
  product: 'Product',
  place: 'Place',
  person: 'Person',
};

const byForm = new Map<string, LexiconEntry>();
for (const entry of LEXICON) for (const form of [entry.name, ...(entry.forms ?? [])]) byForm.set(normalizeForm(form), entry);

/** Lower-cased, possessive-free, whitespace-collapsed form used as the lexicon key. */
export function normalizeForm(form: string): string {
  return form.replace(/['’]s?$/u, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function lookupLexicon(form: string): LexiconEntry | undefined {
  return byForm.get(normalizeForm(form));
}

/** The lexicon as compromise words: lower-cased form → tag. */
export function lexiconWords(): Record<string, string> {
  const words: Record<string, string> = {};
  for (const entry of LEXICON) for (const form of [entry.name, ...(entry.forms ?? [])]) words[form.toLowerCase()] = TAG_OF[entry.type];
  return words;
}
