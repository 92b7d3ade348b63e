import { z } from 'zod';
import data from './data/organization-nouns.json' with { type: 'json' };

// The nouns for an organization, one list with what each may do (data/organization-nouns.json): describe a name
// ("research firm Gartner", "Voxa, a chip designer"), stand for an organization named earlier ("the watchdog", of the
// kinds listed; any organization when none are), or stand for two ("the companies").

const nounSchema = z.strictObject({
  noun: z.string().regex(/^\p{Ll}[\p{Ll}-]*$/u),
  describes: z.literal(true).optional(),
  standsFor: z.array(z.string().min(1)).optional(),
  standsForTwo: z.literal(true).optional(),
});
const { nouns, thingLike } = z.strictObject({ nouns: z.array(nounSchema), thingLike: z.array(z.string()) }).parse(data);

/** Nouns that, before a name or in an apposition after it, say it is an organization ("rival Sega", "Acme, a chip firm"). */
export const ORGANIZATION_DESCRIPTORS: ReadonlySet<string> = new Set(nouns.filter((n) => n.describes).map((n) => n.noun));

/** Nouns that stand for one organization of any kind ("the company", "the firm"). */
const GENERIC = nouns.filter((n) => n.standsFor?.length === 0).map((n) => n.noun);

/** Nouns of a kind, with the kinds each stands for: "the watchdog" fits a regulator, "the maker" a chipmaker. */
const KINDS: ReadonlyMap<string, readonly string[]> = new Map(nouns.filter((n) => n.standsFor?.length).map((n) => [n.noun, n.standsFor!]));

/** Every noun that may stand for one organization ("the company", "the watchdog"), the generic ones first. */
export const ORGANIZATION_REFERENCE_NOUNS: readonly string[] = [...GENERIC, ...KINDS.keys()];

/** Plurals that stand for two organizations at once ("the companies said"). */
export const TWO_ORGANIZATION_NOUNS: readonly string[] = nouns.filter((n) => n.standsForTwo).map((n) => n.noun);

/** Kinds whose noun names things as often ("the network will double", "the platform"): with no organization of the kind in sight, a thing is meant. */
const THING_LIKE: ReadonlySet<string> = new Set(thingLike);

/** The kinds a noun of a kind stands for, in the singular or the plural ("the two biggest smartphone makers"). */
export function kindsOf(noun: string): readonly string[] | undefined {
  const word = noun.toLowerCase();
  return KINDS.get(word) ?? KINDS.get(word.replace(/s$/u, ''));
}

/** The kind a noun stands for: null for a generic one ("company"), undefined for a noun that is no organization's. */
export function kindOf(noun: string): string | null | undefined {
  const word = noun.toLowerCase();
  return GENERIC.includes(word) ? null : KINDS.get(word)?.[0];
}

/** Whether "the <noun>" with no organization of its kind in sight stands for the article's organization all the same. */
export const fallsBackToSalient = (kind: string) => !THING_LIKE.has(kind);
