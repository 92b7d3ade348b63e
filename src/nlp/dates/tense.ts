import { calendar } from './calendar.js';
import { tokenIndexAt, type Site } from './site.js';
import { FUTURE_MARKERS } from './words.js';

export type Tense = 'past' | 'future' | 'unknown';

const TENSE_WINDOW = 8;
/** Future markers; contractions ("we'll", "won't") stay one token, so their endings count too. */
const FUTURE_CONTRACTION = /['’]ll$|^won['’]t$/;

/**
 * The tense of the clause around the site: the nearest tense-bearing word before it in the same clause ("will take
 * effect on May 1"), else the nearest after it ("On Monday, Apple said"), else the nearest before it further back.
 */
export function tenseAt(site: Site): Tense {
  const first = tokenIndexAt(site.doc, site.start);
  const last = tokenIndexAt(site.doc, site.end - 1);
  return tenseFrom(site, first - 1, -1, true) ?? tenseFrom(site, last + 1, 1, false) ?? tenseFrom(site, first - 1, -1, false) ?? 'unknown';
}

function tenseFrom(site: Site, from: number, step: 1 | -1, withinClause: boolean): Tense | undefined {
  const { doc, sentence } = site;
  for (let index = from, seen = 0; seen < TENSE_WINDOW && index >= sentence.tokenStart && index < sentence.tokenEnd; index += step, seen++) {
    const token = doc.tokens[index]!;
    if (withinClause && /[,;:–—]/.test(token.post)) return undefined;
    if (FUTURE_MARKERS.has(token.normal) || FUTURE_CONTRACTION.test(token.normal)) return 'future';
    if (token.tags.has('PastTense')) return 'past';
  }
  return undefined;
}

/**
 * The year of a period named without one: the publication year, or the one before (after) when the clause is in
 * the past (future) tense and the period would otherwise lie after (before) publication.
 */
export function yearAround(site: Site, periodIn: (year: number) => [number, number]): number | undefined {
  if (site.anchor === undefined) return undefined;
  const year = calendar(site.anchor).year;
  const [start, end] = periodIn(year);
  const tense = tenseAt(site);
  if (tense === 'past' && start > site.anchor) return year - 1;
  if (tense === 'future' && end < site.anchor) return year + 1;
  return year;
}
