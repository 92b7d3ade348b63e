import { z } from 'zod';
import type { EntityType } from '../doc/layers.js';
import { asciiLowerCase, isAsciiLetterOrDigit } from '../doc/chars.js';
import names from './data/names.json' with { type: 'json' };

/**
 * A curated lexicon of real-world names from the technology industry and the news around it: companies and
 * their units, AI labs, chip makers, platforms, carriers, regulators, outlets, products, and places that
 * compromise's stock model misses or mistypes. It is general knowledge, organised by category; it lists no
 * article's names. The entries are data (data/names.json, by type and category), checked when loaded. Unambiguous
 * forms are also loaded into compromise as words (see `doc/compromise.ts`), so the tagger reads them as names in
 * context; the entities stage matches every form itself, token by token.
 *
 * An entry is written `Name|other form|other form`. A leading `~` marks a form that is also a common word or a
 * surname ("Apple", "Windows", "Switch"): it counts only when capitalised and not as the plain first word of a sentence.
 */
export interface LexiconEntry {
  readonly name: string;
  readonly type: EntityType;
  /** Every written form, `name` first ("Alphabet", "Alphabet Inc"), as listed (`~` included). */
  readonly forms: readonly string[];
}

/** One written form of an entry. */
export interface LexiconForm {
  readonly text: string;
  readonly entry: LexiconEntry;
  /** Also a common word ("Apple", "Windows"): it needs its capital, and a position where a common word would not have one. */
  readonly ambiguous: boolean;
}

function entries(type: EntityType, groups: Record<string, readonly string[]>): LexiconEntry[] {
  return Object.values(groups).flatMap((group) =>
    group.map((written) => {
      const forms = written.split('|');
      return { name: forms[0]!.replace(/^~/, ''), type, forms };
    }),
  );
}

/** An entry as written: `Name|other form|...`, each form non-empty, `~` only at a form's start. */
const writtenEntry = z.string().regex(/^~?[^|~\s](?:[^|~]*[^|~\s])?(?:\|~?[^|~\s](?:[^|~]*[^|~\s])?)*$/u, 'an entry is "Name|other form", a "~" only before a form');
const categories = z.record(z.string(), z.array(writtenEntry).min(1));
const namesSchema = z.strictObject({ organization: categories, product: categories, place: categories });
const NAMES = namesSchema.parse(names);

const LEXICON: readonly LexiconEntry[] = [
  ...entries('organization', NAMES.organization),
  ...entries('product', NAMES.product),
  ...entries('place', NAMES.place),
];

/** The key a form is found by: the lower-cased letters and digits it starts with ("at" for "AT&T", "gpt" for "GPT-4o"). */
export function leadingKey(text: string): string {
  // ASCII by its codes, the common case; from the first other character on, the Unicode pattern reads the text.
  let end = 0;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end);
    if (code >= 0x80) return LEADING_LETTERS.exec(text)![0].toLowerCase();
    if (!isAsciiLetterOrDigit(code)) break;
  }
  return text.slice(0, end).toLowerCase();
}

const LEADING_LETTERS = /^[\p{L}\p{N}]*/u;

/**
 * Whether two texts are the same lower-cased (`a.toLowerCase() === b.toLowerCase()`), settled without building either
 * when they differ within their ASCII start, as nearly every text tried against a form does ("The company" and "The Information").
 */
export function sameLowerCase(a: string, b: string): boolean {
  if (a.length !== b.length) return a.toLowerCase() === b.toLowerCase();
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x >= 0x80 || y >= 0x80) return a.toLowerCase() === b.toLowerCase();
    if (asciiLowerCase(x) !== asciiLowerCase(y)) return false;
  }
  return true;
}

/** Forms by their leading key, longest first, so the first that matches is the longest; a form listed twice keeps its first entry. */
const formsByKey = new Map<string, LexiconForm[]>();
const seen = new Set<string>();
for (const entry of LEXICON) {
  for (const written of entry.forms) {
    const text = written.replace(/^~/, '');
    if (seen.has(text)) continue;
    seen.add(text);
    const key = leadingKey(text);
    const list = formsByKey.get(key) ?? [];
    list.push({ text, entry, ambiguous: written.startsWith('~') });
    formsByKey.set(key, list);
  }
}
for (const list of formsByKey.values()) list.sort((a, b) => b.text.length - a.text.length);

const entriesByForm = new Map<string, LexiconEntry>();
for (const list of formsByKey.values()) for (const form of list) entriesByForm.set(form.text.toLowerCase(), form.entry);

/** The entry one of whose forms is `text`, ignoring case. */
export function entryWritten(text: string): LexiconEntry | undefined {
  return entriesByForm.get(text.toLowerCase());
}

/** The lexicon forms whose leading key is `key` (or, for a plural, its singular), longest first. */
export function formsWithKey(key: string, plural = false): readonly LexiconForm[] {
  const forms = formsByKey.get(key) ?? [];
  const singular = plural && key.endsWith('s') ? formsByKey.get(key.slice(0, -1)) : undefined;
  return singular ? [...forms, ...singular] : forms;
}

const TAG_OF: Record<EntityType, string> = {
  organization: 'Organization',
  product: 'Product',
  place: 'Place',
  person: 'Person',
};

/**
 * The unambiguous forms as compromise words (lower-cased form → tag). compromise looks words up in lower case, so
 * the ambiguous forms ("apple"), the abbreviations in capitals ("US" is "us", "SEC" is "sec") and forms with
 * punctuation other than a hyphen or an apostrophe are left to the entities stage, which matches them as written.
 */
export function lexiconWords(): Record<string, string> {
  const words: Record<string, string> = {};
  for (const list of formsByKey.values()) {
    for (const form of list) {
      const plain = /^[\p{L}\p{N}][\p{L}\p{N} '’-]*$/u.test(form.text) && form.text !== form.text.toUpperCase();
      if (!form.ambiguous && plain) words[form.text.toLowerCase()] = TAG_OF[form.entry.type];
    }
  }
  return words;
}
