import { z } from 'zod';
import { ENTITY_TYPES, type EntityType } from '../doc/layers.js';
import { coreOfKey, formKey } from './keys.js';
import data from './data/kb.json' with { type: 'json' };

/**
 * The knowledge base: companies, products, places (and the curated lexicon's names) with their canonical names, other
 * written forms, public ids and a prominence weight, built from public data by `npm run kb` (scripts/kb/build.ts; its
 * sources, versions and licences in data/sources.json). Loaded once, when this module is, and checked by a schema;
 * read-only after that.
 */
export interface KbEntry {
  readonly name: string;
  readonly type: EntityType;
  /** Every written form, the name first. */
  readonly forms: readonly string[];
  /** Namespace → id: `kb` (this knowledge base's own, on every entry), `wikidata`, `geonames`, `iso3166`, `ticker`, `cik`. */
  readonly ids: Readonly<Record<string, string>>;
  /** Prominence from its sources, 0-1: population for places, index membership and listing for companies. */
  readonly weight: number;
  /** ISO 3166-1 alpha-2 country of a place. */
  readonly country: string | null;
  /** ISO 3166-2 subdivision of a place, where the source gives it (US cities and the subdivisions themselves). */
  readonly region: string | null;
  readonly sources: readonly string[];
}

/** An entry found by a form. */
export interface KbMatch {
  readonly entry: KbEntry;
  /** Found only by a short form of a listed company's name ("Spotify" for "Spotify Technology"): no link on its own. */
  readonly weak: boolean;
}

/** One entry as the build writes it: name, type, other forms (`?` before a weak one), ids, weight, country, region, sources. */
const ENTRY_LINE = new RegExp(
  [
    '^[^\\t|]+',
    `(?:${ENTITY_TYPES.join('|')})`,
    '(?:\\??[^\\t|?][^\\t|]*(?:\\|\\??[^\\t|?][^\\t|]*)*)?',
    'kb:[a-z0-9-]+(?: [a-z0-9]+:[^\\t ]+)*',
    '(?:0(?:\\.\\d+)?|1)',
    '(?:[A-Z]{2})?',
    '(?:[A-Z]{2}-[A-Z0-9]{1,3})?',
    '[a-z0-9-]+(?:,[a-z0-9-]+)*$',
  ].join('\\t'),
  'u',
);
const kbSchema = z.object({ format: z.string(), entries: z.array(z.string().regex(ENTRY_LINE, 'an entry is name\\ttype\\tforms\\tids\\tweight\\tcountry\\tregion\\tsources')) });

const byKey = new Map<string, KbMatch[]>();
const byId = new Map<string, KbEntry>();

function add(entry: KbEntry, form: string, weak: boolean): void {
  const key = formKey(form);
  addKey(key, entry, weak);
  const core = coreOfKey(key);
  if (core !== key) addKey(core, entry, weak);
}

function addKey(key: string, entry: KbEntry, weak: boolean): void {
  const list = byKey.get(key);
  if (!list) {
    byKey.set(key, [{ entry, weak }]);
    return;
  }
  const known = list.findIndex((m) => m.entry === entry);
  if (known < 0) list.push({ entry, weak });
  else if (list[known]!.weak && !weak) list[known] = { entry, weak };
}

const ENTRIES: readonly KbEntry[] = kbSchema.parse(data).entries.map((line) => {
  const [name, type, written, idList, weight, country, region, sources] = line.split('\t') as [string, EntityType, string, string, string, string, string, string];
  // the name is a form of its own; it is listed among the others only when weak (`?Name`)
  const others = written ? written.split('|') : [];
  const weakName = others.includes(`?${name}`);
  const ids: Record<string, string> = {};
  for (const pair of idList.split(' ')) {
    const colon = pair.indexOf(':');
    ids[pair.slice(0, colon)] = pair.slice(colon + 1);
  }
  const entry: KbEntry = {
    name,
    type,
    forms: [name, ...others.filter((f) => f !== `?${name}`).map((f) => f.replace(/^\?/, ''))],
    ids,
    weight: Number(weight),
    country: country || null,
    region: region || null,
    sources: sources.split(','),
  };
  add(entry, name, weakName);
  for (const form of others) if (form !== `?${name}`) add(entry, form.replace(/^\?/, ''), form.startsWith('?'));
  for (const [namespace, id] of Object.entries(ids)) byId.set(`${namespace}:${id}`, entry);
  return entry;
});

/** The entries one of whose forms is `text` (case, accents and a company's legal form aside), most prominent first. */
export function lookup(text: string): readonly KbMatch[] {
  const key = formKey(text);
  const exact = byKey.get(key) ?? [];
  const core = byKey.get(coreOfKey(key)) ?? [];
  const found = core.length && core !== exact ? [...exact, ...core.filter((m) => !exact.some((e) => e.entry === m.entry))] : exact;
  return found;
}

/** The entry with an id (`ticker`, `NASDAQ:MSFT`). */
export function entryWithId(namespace: string, id: string): KbEntry | undefined {
  return byId.get(`${namespace}:${id}`);
}

/** How many entries the knowledge base holds. */
export const KB_SIZE = ENTRIES.length;

/**
 * What the knowledge base says of a name, as a feature for a tagger: the types it holds the name as (short forms
 * included) and the prominence of its most prominent entry, 0 for a name it does not hold.
 */
export function knownAs(text: string): { readonly types: readonly EntityType[]; readonly weight: number } {
  const matches = lookup(text);
  const types = ENTITY_TYPES.filter((type) => matches.some((m) => m.entry.type === type));
  return { types, weight: matches.reduce((most, m) => Math.max(most, m.entry.weight), 0) };
}
