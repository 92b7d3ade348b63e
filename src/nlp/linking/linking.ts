import { component } from '../doc/components.js';
import type { Doc } from '../doc/document.js';
import { lastStartingAtOrBefore } from '../doc/spans.js';
import type { Entity, Link, LinkRule } from '../doc/layers.js';
import { entryWithId, lookup, type KbEntry, type KbMatch } from '../kb/kb.js';

/**
 * Entity linking: each entity of the article to the knowledge-base entry it names, or to none. Candidates are the
 * entries of the entity's type one of whose forms is the entity's fullest name (or, when that is unknown, an alias
 * that is not part of it: "RBI" for "Reserve Bank of India"); a short form of a listed company's name alone ("Spotify"
 * for "Spotify Technology") is not enough. Between several candidates the article decides (a ticker it gives, the
 * countries and states of its other places, "state" or "city" in the sentences it is named in), then prominence, by a
 * margin; with no margin there is no link. Entities
 * that link to one entry are one entity (`sameAs`, the most salient of them).
 */

/** How much more prominent the first candidate must be than the second to be chosen on prominence alone. */
export const PROMINENCE_MARGIN = 0.1;
/** What the article's places add to a candidate place in their country, and again in their state. */
const SAME_COUNTRY = 0.3;
const SAME_REGION = 0.3;
/** What a word for its kind around a mention adds to a candidate of that kind ("the state's", "the city of"). */
const KIND_WORD = 0.3;
const STATE_WORD = /\b(?:state|states|state's|statewide)\b/i;
const CITY_WORD = /\b(?:city|city's|mayor)\b/i;

const TICKER_IN_TEXT = /\b(NYSE|NASDAQ|Nasdaq|NYSE American|NYSE Arca)\s*:\s*([A-Z][A-Z.]{0,5})\b/g;

interface Found {
  readonly form: string;
  readonly matches: readonly KbMatch[];
  /** Entries of another type that have the form (for the explanation of no link). */
  readonly otherType: boolean;
}

/** The candidates of an entity: by its name, else by an alias that the name does not contain. */
function candidatesOf(entity: Entity): Found | null {
  let otherType = false;
  const forms = [entity.name, ...entity.aliases.filter((alias) => !entity.name.toLowerCase().includes(alias.toLowerCase()))];
  for (const form of forms) {
    const all = lookup(form);
    const matches = all.filter((m) => m.entry.type === entity.type);
    if (matches.length) return { form, matches, otherType };
    if (all.length) otherType = true;
  }
  return otherType ? { form: entity.name, matches: [], otherType } : null;
}

/** Tickers the article gives ("(Nasdaq: CDNS)"), as the entries they name. */
function tickersIn(text: string): Set<KbEntry> {
  const entries = new Set<KbEntry>();
  for (const [, exchange, symbol] of text.matchAll(TICKER_IN_TEXT)) {
    const market = exchange!.toUpperCase().replace(/\s+/g, '');
    const entry = entryWithId('ticker', `${market}:${symbol}`) ?? (market === 'NYSE' ? undefined : entryWithId('ticker', `NASDAQ:${symbol}`));
    if (entry) entries.add(entry);
  }
  return entries;
}

/** A link as it is being decided: with its entry. */
interface Decided extends Link {
  readonly entry: KbEntry | null;
}

function link(entity: Entity, entry: KbEntry, rule: LinkRule, form: string, candidates: number): Decided {
  return { entityId: entity.id, entry, ids: entry.ids, canonicalName: entry.name, rule, form, candidates, sameAs: null };
}

function noLink(entity: Entity, rule: LinkRule, form: string | null, candidates: number): Decided {
  return { entityId: entity.id, entry: null, ids: {}, canonicalName: null, rule, form, candidates, sameAs: null };
}

/** The words of the sentences an entity is mentioned in: what says which kind of place it is. */
function sentencesOf(doc: Pick<Doc, 'text' | 'sentences'>, entity: Entity): string {
  const texts = new Set<string>();
  for (const m of entity.mentions) {
    const s = doc.sentences[lastStartingAtOrBefore(doc.sentences, m.start)];
    if (s) texts.add(doc.text.slice(s.start, s.end));
  }
  return [...texts].join(' ');
}

/** Whether a place entry is a country's subdivision (a state) rather than a country or a city. */
const isSubdivision = (entry: KbEntry) => (entry.ids.iso3166 ?? '').includes('-');
const isCity = (entry: KbEntry) => entry.ids.geonames !== undefined && entry.ids.iso3166 === undefined;

/** Links every entity of a document (in the entities' order). Pure. */
export function linkEntities(doc: Pick<Doc, 'text' | 'sentences'>, entities: readonly Entity[]): Link[] {
  const tickers = tickersIn(doc.text);
  const found = entities.map(candidatesOf);
  const links: (Decided | null)[] = entities.map((entity, i) => {
    const f = found[i];
    if (!f) return noLink(entity, 'not-in-kb', null, 0);
    const strong = f.matches.filter((m) => !m.weak || tickers.has(m.entry));
    if (!f.matches.length) return noLink(entity, 'other-type', f.form, 0);
    if (!strong.length) return noLink(entity, 'short-name', f.form, f.matches.length);
    const quoted = strong.filter((m) => tickers.has(m.entry));
    if (quoted.length === 1) return link(entity, quoted[0]!.entry, 'ticker', f.form, strong.length);
    if (strong.length === 1) return link(entity, strong[0]!.entry, 'only-candidate', f.form, 1);
    return null; // decided below, with the article's places
  });

  // the article's places: the countries and states of the places linked so far
  const countries = new Set<string>();
  const regions = new Set<string>();
  for (const l of links) {
    if (!l?.entry || l.entry.type !== 'place') continue;
    if (l.entry.country) countries.add(l.entry.country);
    if (l.entry.region) regions.add(l.entry.region);
  }
  const resolved = links.map((l, i) => {
    if (l) return l;
    const entity = entities[i]!;
    const f = found[i]!;
    const strong = f.matches.filter((m) => !m.weak);
    const around = entity.type === 'place' ? sentencesOf(doc, entity) : '';
    const stateWord = STATE_WORD.test(around);
    const cityWord = CITY_WORD.test(around);
    const scored = strong
      .map((m) => {
        const context =
          (m.entry.country && countries.has(m.entry.country) ? SAME_COUNTRY : 0) +
          (m.entry.region && regions.has(m.entry.region) ? SAME_REGION : 0) +
          (stateWord && isSubdivision(m.entry) ? KIND_WORD : 0) +
          (cityWord && isCity(m.entry) ? KIND_WORD : 0);
        return { entry: m.entry, context, score: m.entry.weight + context };
      })
      .sort((a, b) => b.score - a.score);
    const [first, second] = scored as [(typeof scored)[0], (typeof scored)[0]];
    // a country over its own cities of its name ("Hong Kong", "Singapore"): the name of a city-state is the state's
    const country = scored.find((c) => c.entry.ids.iso3166?.length === 2);
    if (country && scored.every((c) => c === country || (isCity(c.entry) && c.entry.country === country.entry.country)))
      return link(entity, country.entry, 'prominence', f.form, scored.length);
    if (first.score - second.score < PROMINENCE_MARGIN) return noLink(entity, 'ambiguous', f.form, scored.length);
    return link(entity, first.entry, first.context > second.context ? 'context' : 'prominence', f.form, scored.length);
  });

  // one entity per entry: the later (less salient) entities linked to an entry are the first one's
  const first = new Map<KbEntry, string>();
  return resolved.map(({ entry, ...l }) => {
    if (!entry) return l;
    const survivor = first.get(entry);
    if (survivor === undefined) {
      first.set(entry, l.entityId);
      return l;
    }
    return { ...l, sameAs: survivor };
  });
}

export const linkingComponent = component({
  name: 'linking',
  requires: ['entities'],
  assigns: ['links'],
  run: (doc) => ({ links: linkEntities(doc, doc.entities) }),
});
