import { component } from '../doc/components.js';
import type { DateMention } from '../doc/layers.js';
import { contentSentences, type Doc, type Sentence } from '../doc/document.js';
import { withIds } from '../doc/ids.js';
import { parseDay, quarterShifted, shifted, weekValue } from './calendar.js';
import type { Candidate, Found } from './readers.js';
import { RULES } from './rules.js';

/*
 * Dates and periods, found by regexes over each content sentence (exact offsets) and checked against
 * compromise's tags on the tokens there (is "May" a month or a person, is "2000" a year or a count).
 *
 * Conventions, where the schema leaves room:
 * - A span is the date expression itself: no leading "on", "in" or "the" ("the 1990s" gives "1990s"), but with a
 *   leading "early", "mid-", "late", "earlier", "later" ("mid-2025", "early next year"), and the "in"/"ago" that
 *   make a count of units a date ("in three months", "two years ago"). "The" stays where it makes the date: "the end
 *   of 2026", "the rest of the year" (the value is the period's), "the quarter", "the latest period", "the weekend".
 * - The article's quarter ("the quarter", "the latest quarter") is the first quarter it names, "that quarter" the last
 *   one and "that year" the year of the last date; "a year ago" or "a year earlier" set against a figure ("up from
 *   $8 billion a year ago"), "the year-earlier quarter" and "year-ago profit" in an article about a quarter are that
 *   quarter a year back (without one, the year before publication); other offsets from another event or period ("A
 *   year earlier, she had founded", "the previous year") are not dates, nor are "now", "recently" (no calendar value).
 * - Halves ("H1 2025", "the second half of 2024", "the first two quarters of 1990") have granularity `half` and
 *   TimeML's value, "2024-H2"; "the second half" without a year is left out (a match has halves too).
 * - Seasons ("last fall", "the summer of 1994", "over the summer") have granularity `season` and TimeML's value, the
 *   year and SP, SU, FA or WI ("1998-FA"); a winter takes the year of its January (seasons.ts).
 * - A weekend has granularity `week` and, as TimeML writes it, its week's value with "WE": "over the weekend" 2025-W04-WE.
 * - `relative` is true whenever the expression needs the publication date to be placed: weekdays, "last week",
 *   "two years ago", and also a day, month or quarter named without its year ("March 3", "in May", "Q3").
 *   These get a value only when `publishedOn` is known; a bare weekday reads as the most recent such day on or before
 *   publication unless the clause is in the future tense; a yearless month, day or quarter is put in the
 *   year its clause's tense places it (past: the last one begun by publication; future: the first not yet over),
 *   and in the year that puts it nearest publication when the clause is in the present or has no tense.
 * - "last Tuesday" (and "this past Tuesday") is the most recent Tuesday strictly before publication, "next Tuesday"
 *   (and "this coming Tuesday") the first one after it, "this Tuesday" the one in the same ISO week.
 * - Decades ("1990s", "the '90s", "the nineties", "this decade") and centuries ("the 20th century", "this century")
 *   have no granularity of their own in the schema: they are reported with granularity `year` and the ISO 8601-2 value
 *   with unspecified digits, "199X" and "19XX". "The nineties" is the last such decade begun by publication.
 * - Fiscal years ("fiscal 2025", "FY25") are reported as that year; a fiscal year need not match the calendar one.
 *   "The fiscal year" alone is not a date. Two-digit years ("'98", "FY25") fall in the century that puts them at most
 *   20 years after publication.
 * - Counts of units without "ago" or "in" ("18 months", "three years") are durations, not dates; "in three months" is a
 *   date only in the future tense or after a modal ("will go public in three months"), else a duration ("sold a
 *   million units in three months", "the second increase in 18 months"); so are "the past three months", "the past
 *   decade".
 * - Holidays are days (data/holidays.json); numbers written out are read ("nineteen ninety-seven", "March eighth").
 */

export const datesComponent = component({
  name: 'dates',
  requires: [],
  assigns: ['dates'],
  run: (doc) => ({ dates: extractDates(doc) }),
});

export function extractDates(doc: Doc): DateMention[] {
  const anchor = parseDay(doc.publishedOn);
  const found: Candidate[] = [];
  for (const sentence of contentSentences(doc)) for (const date of datesIn(doc, sentence, anchor)) found.push(date);
  return withIds('d', withFocus(found, anchor));
}

/**
 * Gives each date that refers to a period under discussion its value: the article's quarter ("the quarter", "the
 * latest period") is the first recent quarter it names ("third quarter", "Q3 2024"), "that quarter" the last one; without
 * one, the last quarter to have ended by publication, whose results the article most likely reports. "That year" is
 * the year of the last date named before it; with none, it is left out.
 */
function withFocus(found: readonly Candidate[], anchor: number | undefined): Found[] {
  let first: string | null = null;
  let last: string | null = null;
  let year: string | null = null;
  return found.flatMap(({ focus, ...date }) => {
    if (!focus) {
      if (date.granularity === 'quarter' && date.value) [first, last] = [first ?? (isRecent(date.value, anchor) ? date.value : null), date.value];
      if (date.value && /^\d{4}/u.test(date.value)) year = date.value.slice(0, 4);
      return date;
    }
    if (focus === 'lastYear') return year ? [{ ...date, value: year }] : [];
    // "from $90 million a year ago" in an article about a quarter: that quarter a year back
    if (focus === 'yearBack') return first ? { ...date, value: quarterShifted(first, -4), granularity: 'quarter' } : date;
    const quarter = (focus === 'first' ? first : last) ?? shifted(anchor, 'quarter', -1);
    // "the 1988 quarter": the article's quarter, in the year given
    const value = date.value && quarter ? `${date.value}${quarter.slice(4)}` : quarter;
    return { ...date, value };
  });
}

/** A period of the year before publication or later: one an article can be about ("the third quarter of 1984" is history). */
function isRecent(value: string, anchor: number | undefined): boolean {
  return anchor === undefined || Number(value.slice(0, 4)) >= new Date(anchor).getUTCFullYear() - 1;
}

/**
 * The rules' hints, each written once (rules share MONTH_HINT and DIGIT_HINT, and some write the same hint twice),
 * and each rule's as their numbers among them: a sentence is tested for each hint once, not once per rule.
 */
const HINTS: readonly RegExp[] = [...new Map(RULES.flatMap((rule) => rule.hints).map((hint) => [`${hint.flags}/${hint.source}`, hint])).values()];
const RULE_HINTS: readonly (readonly number[])[] = RULES.map((rule) => rule.hints.map((hint) => HINTS.findIndex((h) => h.flags === hint.flags && h.source === hint.source)));

/** Whether a sentence holds every hint of a rule; `known` remembers each hint's answer for the sentence (0: not yet tested). */
function holdsHints(body: string, hints: readonly number[], known: Uint8Array): boolean {
  for (const hint of hints) {
    if (known[hint] === 0) known[hint] = HINTS[hint]!.test(body) ? 1 : 2;
    if (known[hint] === 2) return false;
  }
  return true;
}

function datesIn(doc: Doc, sentence: Sentence, anchor: number | undefined): Candidate[] {
  const body = doc.text.slice(sentence.start, sentence.end);
  const candidates: Candidate[] = [];
  const known = new Uint8Array(HINTS.length);
  for (let r = 0; r < RULES.length; r++) {
    const rule = RULES[r]!;
    if (!holdsHints(body, RULE_HINTS[r]!, known)) continue;
    for (const match of body.matchAll(rule.pattern)) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      const reading = rule.read(match.groups ?? {}, { doc, sentence, start, end, anchor });
      if (!reading) continue;
      const found: Candidate = { text: '', start, end, sentence: sentence.index, ...reading };
      candidates.push(withWeekOf(body, sentence.start, withEdge(body, sentence.start, withModifier(body, sentence.start, found))));
    }
  }
  return longestFirst(candidates).map((c) => ({ ...c, text: doc.text.slice(c.start, c.end) }));
}

/** Keeps, among overlapping candidates, the one that starts first and, at the same start, the longest. */
function longestFirst(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const last = kept[kept.length - 1];
    if (!last || candidate.start >= last.end) kept.push(candidate);
  }
  return kept;
}

const MODIFIER = /(?<![\p{L}\p{N}-])(?:[Ee]arl(?:y|ier)|[Mm]id|[Ll]ater?)(?:-|\s+)$/u;

/** Takes in a hedge on the period just before it: "mid-2025", "early next year", "earlier this month"; not "year-earlier". */
function withModifier(body: string, offset: number, found: Candidate): Candidate {
  return withPrefix(body, offset, found, MODIFIER, 12);
}

const EDGE = /(?<![\p{L}\p{N}-])(?:[Tt]he\s+)?(?:end|close|rest|remainder|start|beginning|middle|turn)\s+of\s+(?:the\s+)?$/u;

/** Takes in "the end of" and the like before a period, which keep their "the" ("the end of 2026", "the rest of the year"). */
function withEdge(body: string, offset: number, found: Candidate): Candidate {
  return withPrefix(body, offset, found, EDGE, 40);
}

/** The found date with the `prefix` that ends right before it in its sentence (`body`, starting at `offset`) taken in. */
function withPrefix(body: string, offset: number, found: Candidate, prefix: RegExp, reach: number): Candidate {
  const match = prefixOf(body, offset, found, prefix, reach);
  return match ? { ...found, start: found.start - match.length } : found;
}

function prefixOf(body: string, offset: number, found: Candidate, prefix: RegExp, reach: number): string | undefined {
  const at = found.start - offset;
  return prefix.exec(body.slice(Math.max(0, at - reach), at))?.[0];
}

const WEEK_OF = /(?<![\p{L}\p{N}-])(?:[Tt]he\s+)?week\s+of\s+$/u;

/** "the week of March 6": the ISO week of the day named. */
function withWeekOf(body: string, offset: number, found: Candidate): Candidate {
  if (found.granularity !== 'day') return found;
  const match = prefixOf(body, offset, found, WEEK_OF, 16);
  if (!match) return found;
  const day = parseDay(found.value ?? undefined);
  return { ...found, start: found.start - match.length, granularity: 'week', value: day === undefined ? null : weekValue(day) };
}
