import type { Entity } from '../doc/layers.js';
import type { Doc } from '../doc/document.js';
import { kindsOf } from '../lexicon/organization-nouns.js';

// What kind of organization each one is, as the article calls it ("telecoms regulator Ofcom", "Acme, the startup
// behind ..."), so that a description standing for it later ("the watchdog said") finds the one that fits.

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
