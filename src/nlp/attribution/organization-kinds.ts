import type { Entity } from '../doc/layers.js';
import type { Doc } from '../doc/document.js';

// What kind of organization each one is, as the article calls it ("telecoms regulator Ofcom", "Acme, the startup
// behind ..."), so that a description standing for it later ("the watchdog said") finds the one that fits.

/** Nouns for an organization that say nothing of its kind: any organization fits them. */
const GENERIC = ['company', 'firm', 'group', 'business', 'organisation', 'organization', 'concern', 'outfit'];
/** The same in the plural, for two organizations at once ("the companies said"). */
export const GENERIC_PLURAL: readonly string[] = ['companies', 'firms', 'groups', 'businesses'];

/**
 * Nouns of a kind, with the kinds each stands for: "the watchdog" fits an organization introduced as a regulator, "the
 * maker" one introduced as a chipmaker.
 */
const KINDS: ReadonlyMap<string, readonly string[]> = new Map([
  ...ofKinds(['regulator', 'watchdog', 'authority', 'commission', 'ombudsman'], 'regulator'),
  // a government's agency, or a news or advertising agency: only "the agency" fits it
  ...ofKinds(['agency'], 'agency'),
  ...ofKinds(['startup', 'start-up', 'upstart'], 'startup'),
  ...ofKinds(['chipmaker'], 'chipmaker', 'maker'),
  ...ofKinds(['carmaker', 'automaker'], 'carmaker', 'maker'),
  ...ofKinds(['maker', 'manufacturer'], 'maker'),
  ...ofKinds(['bank', 'lender'], 'bank'),
  ...ofKinds(['network', 'broadcaster'], 'network'),
  ...ofKinds(['carrier', 'operator', 'telco'], 'carrier'),
  ...['giant', 'conglomerate', 'retailer', 'publisher', 'studio', 'provider', 'insurer', 'airline', 'association', 'body', 'house', 'lab', 'platform'].flatMap((word) => ofKinds([word], word)),
]);

function ofKinds(nouns: readonly string[], ...kinds: readonly string[]): [string, readonly string[]][] {
  return nouns.map((noun) => [noun, kinds]);
}

/** Kinds whose noun names things as often ("the network will double", "the platform"): with no organization of the kind in sight, a thing is meant. */
const THING_LIKE = new Set(['network', 'lab', 'platform']);

/** Every noun that may stand for one organization ("the company", "the watchdog"). */
export const ORGANIZATION_NOUNS: readonly string[] = [...GENERIC, ...KINDS.keys()];

/** The kinds a noun of a kind stands for, in the singular or the plural ("the two biggest smartphone makers"). */
function kindsOf(noun: string): readonly string[] | undefined {
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

/** "Telecoms regulator Ofcom", "Chipmaker Kurobe": the noun right before a name. */
const DESCRIPTOR_BEFORE = /(?:^|[^\p{L}'’-])(\p{L}[\p{Ll}-]{1,29})\s+$/u;
/** "Acme, the startup behind ...", "Volt, Europe's biggest carmaker": an apposition after a name, up to a preposition. */
const APPOSITION_AFTER =
  /^(?:['’]s?)?,\s+(?:the|a|an|(?:\p{Lu}[\p{L}.]*|the\s+world)['’]s?)\s+((?:(?!(?:of|for|with|behind|by|in|at|from|to|on|that|which|who|and)\s)[\p{L}\p{N}&.'’-]{1,30}(?:\s+|$)){1,5})/u;
/** What only a regulator does to others, right after its name: "Ofcom has fined Vireo", "the CMA is investigating". */
const ACTS_AS_REGULATOR =
  /^(?:['’]s?)?\s+(?:(?:has|have|had|is|was|were|also)\s+)?(?:fined|fines|fining|penali[sz]ed|sanctioned|investigating|opened an (?:investigation|inquiry)|launched an (?:investigation|inquiry)|ordered|banned)\b/u;

/** How far around a name its description is read, in characters. */
const DESCRIPTION_REACH = 80;

/** The kinds the text gives each organization (by entity id): from descriptors, appositions, the words of its name and what it does. */
export function organizationKinds(doc: Doc, entities: readonly Entity[]): Map<string, Set<string>> {
  const kinds = new Map<string, Set<string>>();
  const { text } = doc;
  for (const entity of entities) {
    if (entity.type !== 'organization') continue;
    const found = new Set<string>();
    const add = (word: string | undefined) => kindsOf(word ?? '')?.forEach((kind) => found.add(kind));
    for (const word of entity.name.split(/\s+/u)) add(word);
    for (const mention of entity.mentions) {
      add(DESCRIPTOR_BEFORE.exec(text.slice(Math.max(0, mention.start - DESCRIPTION_REACH / 2), mention.start))?.[1]);
      const apposition = APPOSITION_AFTER.exec(text.slice(mention.end, mention.end + DESCRIPTION_REACH))?.[1] ?? '';
      add(apposition.split(/\s+/u).findLast((word) => kindsOf(word)));
      if (ACTS_AS_REGULATOR.test(text.slice(mention.end, mention.end + DESCRIPTION_REACH))) found.add('regulator');
    }
    if (found.size) kinds.set(entity.id, found);
  }
  return kinds;
}
