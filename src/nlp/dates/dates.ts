import { component } from '../doc/components.js';
import type { DateMention } from '../doc/layers.js';
import { contentSentences, type Doc, type Sentence, type Token } from '../doc/document.js';
import { withIds } from '../doc/ids.js';
import {
  DAY_MS,
  calendar,
  dayValue,
  daysIn,
  fullYear,
  isoWeekday,
  monthNumber,
  monthValue,
  parseDay,
  quarterValue,
  shifted,
  utc,
  weekValue,
  yearValue,
} from './calendar.js';
import { HOLIDAY_LEADS, HOLIDAY_NAMES, holidayIn, holidayNamed } from './holidays.js';
import { SPELLED_DAY, SPELLED_YEAR, spelledDay, spelledYear } from './numbers.js';
import { nextToken, previousToken, tokenBefore, tokenCovering, type Site } from './site.js';
import { isProspective, isSince, tenseAt, yearAround } from './tense.js';
import { COUNT_WORDS, DETERMINERS, EARLY_YEAR_LEADS, MONTH_LEADS, NOT_BEFORE_WEEKDAY, PERIOD_NOUNS, QUARTER_RESULTS, YEAR_LEADS } from './words.js';

/*
 * Dates and periods, found by regexes over each content sentence (exact offsets) and checked against
 * compromise's tags on the tokens there (is "May" a month or a person, is "2000" a year or a count).
 *
 * Conventions, where the schema leaves room:
 * - A span is the date expression itself: no leading "on", "in" or "the" ("the 1990s" gives "1990s"), but with a
 *   leading "early", "mid-", "late", "earlier", "later" ("mid-2025", "early next year"), and the "in"/"ago" that
 *   make a count of units a date ("in three months", "two years ago").
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
 * - Counts of units without "ago" or "in" ("18 months", "three years") are durations, not dates; "in three months" is a
 *   date only in the future tense or after a modal ("will go public in three months"), else a duration ("sold a million units in three
 *   months", "the second increase in 18 months").
 */

type Found = Omit<DateMention, 'id'>;
type Granularity = DateMention['granularity'];
/**
 * `focus`: the value is a period known only from the dates before it: the article's quarter, the first it names
 * ("the latest quarter", "the quarter"), the last quarter named ("that quarter") or the last year named ("that year").
 */
type Focus = 'first' | 'last' | 'lastYear';
type Reading = Pick<DateMention, 'value' | 'granularity' | 'relative'> & { readonly focus?: Focus };
type Candidate = Found & { readonly focus?: Focus };
type Groups = Partial<Record<string, string>>;

interface Rule {
  readonly pattern: RegExp;
  /** Text every match of `pattern` holds: a sentence without all of it is not scanned (most hold no date at all). */
  readonly hints: readonly RegExp[];
  read(groups: Groups, site: Site): Reading | null;
}

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
 * latest period") is the first quarter it names ("third quarter", "Q3 2024"), "that quarter" the last one; without
 * one, the last quarter to have ended by publication, whose results the article most likely reports. "That year" is
 * the year of the last date named before it; with none, it is left out.
 */
function withFocus(found: readonly Candidate[], anchor: number | undefined): Found[] {
  let first: string | null = null;
  let last: string | null = null;
  let year: string | null = null;
  return found.flatMap(({ focus, ...date }) => {
    if (!focus) {
      if (date.granularity === 'quarter' && date.value) [first, last] = [first ?? date.value, date.value];
      if (date.value && /^\d{4}/u.test(date.value)) year = date.value.slice(0, 4);
      return date;
    }
    if (focus === 'lastYear') return year ? [{ ...date, value: year }] : [];
    const quarter = (focus === 'first' ? first : last) ?? shifted(anchor, 'quarter', -1);
    // "the 1988 quarter": the article's quarter, in the year given
    const value = date.value && quarter ? `${date.value}${quarter.slice(4)}` : quarter;
    return { ...date, value };
  });
}

function datesIn(doc: Doc, sentence: Sentence, anchor: number | undefined): Candidate[] {
  const body = doc.text.slice(sentence.start, sentence.end);
  const candidates: Candidate[] = [];
  for (const rule of RULES) {
    if (!rule.hints.every((hint) => hint.test(body))) continue;
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

// ---------------------------------------------------------------------------------------------------------------
// Patterns. Every one is a plain alternation with bounded repetition: linear on any input.

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH = `(?<month>(?:${MONTH_FULL})(?![\\p{L}\\p{N}])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![\\p{L}\\p{N}])\\.?)`;
/** A month's name or abbreviation, without a group of its own. */
const MONTH_NAME = `${MONTH_FULL}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec`;
const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const LEFT = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
/** A year from 1000 to 2099; one before 1900 is taken only after a word that introduces it (readYear). */
const YEAR = `(?<year>(?:1\\d|20)\\d\\d)${END}`;
const DAY = `(?<day>[0-3]?\\d)(?:st|nd|rd|th)?${END}(?![.,]\\d)`;
/** A comma between date parts, also as tokenised text writes it ("January 1 , 1996"). */
const COMMA = '(?:\\s*,\\s*|\\s+)';
const WEEKDAY_BEFORE = `(?:(?<weekday>${WEEKDAY})${COMMA})?`;
const WHICH = '(?:(?<which>[Ll]ast|[Tt]his|[Nn]ext)\\s+)';
/** Decades by their tens, from the twenties (2) to the nineties (9). */
const DECADE_WORD_LIST = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
const DECADE_WORDS = DECADE_WORD_LIST.map((word) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`).join('|');
/** Before a weekday also "this coming", "this past" ("this coming Sunday"). */
const WEEKDAY_WHICH = '(?:(?<which>[Ll]ast|[Tt]his(?:\\s+(?:coming|past))?|[Nn]ext|[Cc]oming|[Pp]ast)\\s+)';
const COUNT = '(?<![.,])(?<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})';
const UNITS = '(?<unit>day|week|month|quarter|year|decade)(?<plural>s)?';

const pattern = (source: string, flags = '') => new RegExp(source, `gu${flags}`);

/** Hints: the three letters every month's name and abbreviation starts with; a digit; a unit of time. */
const MONTH_HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/u;
const DIGIT_HINT = /\d/u;
const UNIT_HINT = /day|week|month|quarter|year|decade/u;
/** The words every spelled-out year or day holds one of. */
const SPELLED_HINT = /(?:een|thousand|irst|econd|hird|th)(?![\p{L}])/iu;

const RULES: readonly Rule[] = [
  // "January 29, 2025", "Wednesday, Jan. 29", "March 3"
  { pattern: pattern(`${LEFT}${WEEKDAY_BEFORE}${MONTH}\\s+${DAY}(?:${COMMA}${YEAR})?`), hints: [MONTH_HINT, DIGIT_HINT], read: readDay },
  // "29 January 2025", "29th of January", "11 March"
  { pattern: pattern(`(?<![\\p{L}\\p{N}$£€¥.,])${WEEKDAY_BEFORE}${DAY}\\s+(?:of\\s+)?${MONTH}(?:${COMMA}${YEAR})?`), hints: [MONTH_HINT, DIGIT_HINT], read: readDay },
  // the second day of "April 24 and 25", "Oct. 3 or 4"
  {
    pattern: pattern(`(?<=(?<![\\p{L}\\p{N}])${MONTH}\\s+(?<firstDay>[0-3]?\\d)(?:st|nd|rd|th)?\\s*(?:and|or|&)\\s+)${DAY}(?!\\s*(?:%|percent|per\\s+cent))(?:${COMMA}${YEAR})?`),
    hints: [MONTH_HINT, / (?:and|or|&) \d/u],
    read: (g, site) => (Number(g.day) > Number(g.firstDay) ? readDay(g, site) : null),
  },
  // broadcast transcripts: "March eighth", "Sunday, March eighth, nineteen ninety-eight", "the twenty-first of May"
  {
    pattern: pattern(`${LEFT}${WEEKDAY_BEFORE}${MONTH}\\s+(?<dayWord>${SPELLED_DAY})${END}(?:${COMMA}(?:${YEAR}|(?<spelled>${SPELLED_YEAR})${END}))?`),
    hints: [MONTH_HINT, SPELLED_HINT],
    read: readDay,
  },
  {
    pattern: pattern(`${LEFT}(?<dayWord>${SPELLED_DAY})\\s+of\\s+${MONTH}(?:${COMMA}(?:${YEAR}|(?<spelled>${SPELLED_YEAR})${END}))?`),
    hints: [MONTH_HINT, SPELLED_HINT],
    read: (g, site) => (COUNT_WORDS.includes(tokenBefore(site)?.normal ?? '') ? null : readDay(g, site)),
  },
  // "January nineteen ninety-seven"
  {
    pattern: pattern(`${LEFT}${MONTH}(?:,?\\s+|\\s+of\\s+)(?<spelled>${SPELLED_YEAR})${END}`),
    hints: [MONTH_HINT, SPELLED_HINT],
    read: (g) => monthReading(spelledYear(g.spelled!), monthNumber(g.month!), false),
  },
  // "2025-01-29"
  {
    pattern: pattern(`${LEFT}${YEAR}-(?<isoMonth>[01]\\d)-(?<isoDay>[0-3]\\d)${END}`),
    hints: [/\d-[01]\d-/u],
    read: (g) => readExplicitDay(Number(g.year), Number(g.isoMonth), Number(g.isoDay)),
  },
  // "March 2018", "May of 2024"
  {
    pattern: pattern(`${LEFT}${MONTH}(?:,?\\s+|\\s+of\\s+)(?:${YEAR}|['’](?<yy>\\d\\d)${END}(?!['’]))`),
    hints: [MONTH_HINT, DIGIT_HINT],
    read: (g, site) => monthReading(fullYear(g.year ?? g.yy!, site.anchor), monthNumber(g.month!), false),
  },
  // "July last year", "March next year"
  {
    pattern: pattern(`${LEFT}${MONTH}\\s+(?<which>last|this|next)\\s+year${END}`),
    hints: [MONTH_HINT, /year/u],
    read: (g, site) => readMonthOfRelativeYear(monthNumber(g.month!), g.which!, site),
  },
  // "in March", "last May"
  { pattern: pattern(`${LEFT}${WHICH}?(?<month>${MONTH_FULL})${END}`), hints: [MONTH_HINT], read: readBareMonth },
  // "Q3 2024", "Q3 FY25", "Q4'24", "Q1"; not "Audi Q3"
  {
    pattern: pattern(`${LEFT}Q(?<quarter>[1-4])(?:\\s*(?:(?:FY|[Ff]iscal)\\s*)?${YEAR}|\\s*(?:FY\\s*|['’])(?<yy>\\d\\d)${END})?${END}`),
    hints: [/Q[1-4]/u],
    read: (g, site) => (g.year || g.yy || !followsName(site) ? quarterReading(site, Number(g.quarter), g.year ?? g.yy) : null),
  },
  // "third quarter of 2024", "first-quarter", "fiscal fourth quarter", "first quarter of next year", "next year's first
  // quarter", "the year-ago third quarter"
  {
    pattern: pattern(
      `${LEFT}(?:(?<which>last|this|next)\\s+year['’]s\\s+|(?<ago>year[- ](?:ago|earlier)|prior[- ]year|previous[- ]year)\\s+)?` +
        `(?:fiscal[- ])?(?<ordinal>first|second|third|fourth|final|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter${END}` +
        `(?:\\s+(?:of\\s+)?(?:(?:fiscal\\s+(?:year\\s+)?|FY\\s*)?${YEAR}|(?<whichAfter>last|this|next)\\s+year${END}))?`,
      'i',
    ),
    hints: [/quarter/iu],
    read: (g, site) => ordinalQuarterReading(g, site),
  },
  // "the July-September quarter", "the October-December period": the calendar quarter the three months make
  {
    pattern: pattern(`${LEFT}(?<from>${MONTH_NAME})\\.?\\s*(?:-|–|—|\\s+to\\s+)\\s*(?<to>${MONTH_NAME})\\.?\\s+(?:quarter|period)${END}`),
    hints: [MONTH_HINT, /quarter|period/u],
    read: (g, site) => monthsQuarterReading(monthNumber(g.from!), monthNumber(g.to!), site),
  },
  // "the March quarter", "its December-quarter results": the quarter that ends in that month
  {
    pattern: pattern(`${LEFT}(?<to>${MONTH_NAME})\\.?(?:[- ]end(?:ed|ing))?[- ]quarter${END}`),
    hints: [MONTH_HINT, /quarter/u],
    read: (g, site) => (DETERMINERS.has(tokenBefore(site)?.normal ?? '') ? monthsQuarterReading(monthNumber(g.to!) - 2, monthNumber(g.to!), site) : null),
  },
  // "2024 third quarter"
  {
    pattern: pattern(`${LEFT}${YEAR}\\s+(?:fiscal\\s+)?(?<ordinal>first|second|third|fourth|final)[- ]quarter${END}`, 'i'),
    hints: [/quarter/iu, DIGIT_HINT],
    read: (g, site) => quarterReading(site, ordinalQuarter(g.ordinal!), g.year),
  },
  // "fiscal 2025", "fiscal year 2025", "FY2025", "FY25"
  {
    pattern: pattern(`${LEFT}(?:[Ff]iscal\\s+(?:[Yy]ear\\s+)?|FY\\s*['’]?)(?<fiscal>(?:19|20)?\\d\\d)${END}`),
    hints: [/[Ff]iscal|FY/u, DIGIT_HINT],
    read: (g, site) => ({ value: yearValue(fullYear(g.fiscal!, site.anchor)), granularity: 'year', relative: false }),
  },
  // "H1 2025", "the second half of 2024": the year, as halves have no granularity of their own
  {
    pattern: pattern(`${LEFT}(?:H[12]\\s*|(?:[Ff]irst|[Ss]econd)\\s+half\\s+of\\s+)${YEAR}`),
    hints: [/H[12]|half/u, DIGIT_HINT],
    read: (g) => ({ value: g.year!, granularity: 'year', relative: false }),
  },
  // "1990s", "the '90s"
  {
    pattern: pattern(`${LEFT}(?:(?<century>19|20)(?<decade>\\d)0|['’](?<short>\\d)0)s${END}`),
    hints: [/0s/u],
    read: (g) => ({ value: `${g.century ?? (Number(g.short) >= 3 ? '19' : '20')}${g.decade ?? g.short}X`, granularity: 'year', relative: false }),
  },
  // "the nineties", "the late eighties" (after "the": "in their forties" is an age)
  {
    pattern: pattern(`(?<=(?<![\\p{L}\\p{N}])[Tt]he\\s+(?:(?:[Ee]arly|[Mm]id|[Ll]ate)(?:-|\\s+))?)(?<tens>${DECADE_WORDS})${END}`),
    hints: [/ties(?![\p{L}])/u],
    read: (g, site) => decadeReading(site, DECADE_WORD_LIST.indexOf(g.tens!.toLowerCase()) + 2),
  },
  // "this decade", "last decade" ("the past decade" is a duration, as "the past three years" is)
  {
    pattern: pattern(`${LEFT}(?<which>[Tt]his|[Ll]ast|[Nn]ext)\\s+decade${END}`),
    hints: [/decade/u],
    read: (g, site) => (tokenBefore(site)?.normal === 'the' ? null : decadeOf(site, shiftOf(g.which!))),
  },
  // "the 20th century", "the twenty-first century", "this century"; not "the fifth century BC"
  {
    pattern: pattern(
      `${LEFT}(?:(?<number>\\d{1,2})(?:st|nd|rd|th)|(?<ordinal>${SPELLED_DAY})|(?<which>[Tt]his|[Ll]ast|[Nn]ext))[- ]century${END}(?!\\s*(?:B\\.?C|BCE|A\\.?D))`,
    ),
    hints: [/century/u],
    read: (g, site) => centuryReading(g, site),
  },
  // "2025", "in 2004", "mid-2025"
  {
    pattern: pattern(`(?<![\\p{L}\\p{N}$£€¥#.,/:]|\\d )${YEAR}(?![.,/:]\\d|-\\p{L}|\\s*(?:%|percent|per\\s+cent|[x×*]\\s*\\d))`),
    hints: [/(?:1\d|20)\d\d/u],
    read: readYear,
  },
  // "nineteen ninety-six", "the year two thousand"; not "two thousand people"
  { pattern: pattern(`${LEFT}(?<spelled>${SPELLED_YEAR})${END}`), hints: [SPELLED_HINT], read: readSpelledYear },
  // "Thanksgiving Day", "on Election Day", "last Christmas"
  {
    pattern: pattern(`${LEFT}(?:(?<which>[Ll]ast|[Tt]his|[Nn]ext)\\s+)?(?<holiday>${HOLIDAY_NAMES})${END}`),
    hints: [/Day|Eve|Sunday|Monday|Christmas|Easter|Thanksgiving|Halloween/u],
    read: readHoliday,
  },
  // "in '98", "the class of '98": after a word that introduces a year (not "CBS's '60 Minutes'")
  {
    pattern: pattern(`(?<![\\p{L}\\p{N}'’])['’](?<yy>\\d\\d)${END}(?!['’])`),
    hints: [/['’]\d\d/u],
    read: (g, site) => (EARLY_YEAR_LEADS.has(tokenBefore(site)?.normal ?? '') ? { value: yearValue(fullYear(g.yy!, site.anchor)), granularity: 'year', relative: false } : null),
  },
  // "yesterday", "today", "tomorrow", "tonight", "this morning", "last night"
  {
    pattern: pattern(`${LEFT}(?<dayWord>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Tt]his\\s+(?:morning|afternoon|evening)|[Ll]ast\\s+night)${END}`),
    hints: [/[Yy]esterday|[Tt]o(?:day|morrow|night)|morning|afternoon|evening|night/u],
    read: readDayWord,
  },
  // "the end of the year", "the rest of the month": the publication's year or month (not "the fiscal year")
  {
    pattern: pattern(`${LEFT}(?:[Tt]he\\s+)?(?:end|close|rest|remainder|start|beginning|middle|turn)\\s+of\\s+the\\s+(?<unit>week|month|quarter|year)${END}`),
    hints: [/ of the (?:week|month|quarter|year)/u],
    read: (g, site) => ({ value: shifted(site.anchor, g.unit as Granularity, 0), granularity: g.unit as Granularity, relative: true }),
  },
  // "year-end", "year's end", "by year end": the publication year, or the one before after "since"
  {
    pattern: pattern(`${LEFT}[Yy]ear(?:-|\\s+|['’]s\\s+)end${END}`),
    hints: [/ear(?:-|\s+|['’]s\s+)end/u],
    read: (_g, site) => ({ value: shifted(site.anchor, 'year', isSince(site) ? -1 : 0), granularity: 'year', relative: true }),
  },
  // the quarter under discussion: "the latest quarter", "the latest period", "that quarter", and "the quarter" after
  // "in", "for", "during"; not "the quarter ended Sept. 30", which names its end instead
  {
    pattern: pattern(
      `${LEFT}(?:[Tt]he\\s+(?:latest|most\\s+recent|just[- ]ended)\\s+(?:fiscal\\s+)?(?:quarter|period)|[Tt]hat\\s+quarter|(?<=(?:[Ii]n|[Ff]or|[Dd]uring|[Tt]hroughout|[Oo]ver)\\s+)[Tt]he\\s+quarter)${END}(?![-‐]|\\s+(?:that\\s+|which\\s+)?(?:ended|ending|ends|through)${END}|\\s+to\\s+(?:the\\s+end|${MONTH_NAME})${END}|\\s+a\\s+year\\s+(?:ago|earlier)${END})`,
    ),
    hints: [/quarter|period/u],
    read: (_g, site) => ({ value: null, granularity: 'quarter', relative: true, focus: /^that/iu.test(site.doc.text.slice(site.start, site.end)) ? 'last' : 'first' }),
  },
  // "the 1988 quarter", "the 1989 period": the article's quarter in that year
  {
    pattern: pattern(`(?<=(?<![\\p{L}\\p{N}])[Tt]he\\s+)${YEAR}\\s+(?:quarter|period)${END}`),
    hints: [/quarter|period/u, DIGIT_HINT],
    read: (g) => ({ value: g.year!, granularity: 'quarter', relative: false, focus: 'first' }),
  },
  // "that year", "later that year": the year of the last date named
  {
    pattern: pattern(`${LEFT}[Tt]hat\\s+year${END}(?![-‐])`),
    hints: [/hat year/u],
    read: () => ({ value: null, granularity: 'year', relative: false, focus: 'lastYear' }),
  },
  // "for the year", "for the full year", "earlier in the year", "the first nine months of the year": the publication's
  // year; not "the year ended March 31" (its end is the date), "the year before", "car of the year"
  {
    pattern: pattern(
      `${LEFT}(?:(?:[Ee]arlier|[Ll]ater)\\s+in\\s+)?[Tt]he\\s+(?:(?:full|whole|entire)\\s+)?year${END}(?![-‐]|\\s+(?:ended|ending|to|through|before|after|since|earlier|ago|of)${END})`,
    ),
    hints: [/the (?:full |whole |entire )?year/u],
    read: (_g, site) => (isYearInContext(site) ? { value: shifted(site.anchor, 'year', 0), granularity: 'year', relative: true } : null),
  },
  // "over the weekend", "ahead of the weekend": the weekend the tense places, as its week
  {
    pattern: pattern(`(?<=(?:[Oo]ver|[Dd]uring|[Oo]n|[Aa]t|[Ff]or|[Uu]ntil|[Bb]y|[Oo]f|[Tt]hrough|[Ss]ince|[Bb]efore|[Aa]fter)\\s+)[Tt]he\\s+weekend${END}`),
    hints: [/weekend/u],
    read: readWeekend,
  },
  // "for the week", "the week's most active session": the publication's week; not "the week before"
  {
    pattern: pattern(
      `(?:(?<=(?:[Ff]or|[Dd]uring|[Tt]hroughout)\\s+)[Tt]he\\s+week${END}(?![-‐]|\\s+(?:ended|ending|to|through|before|after|since|earlier|ago|of)${END})|${LEFT}[Tt]he\\s+week(?=['’]s${END}))`,
    ),
    hints: [/the week/u],
    read: (_g, site) => ({ value: shifted(site.anchor, 'week', 0), granularity: 'week', relative: true }),
  },
  // "last week", "this month", "next year", "the current quarter", "last weekend"
  {
    pattern: pattern(`${LEFT}(?<which>[Ll]ast|[Tt]his|[Nn]ext|[Cc]urrent)\\s+(?<unit>week|weekend|month|quarter|year|fiscal\\s+year)${END}`),
    hints: [/week|month|quarter|year/u],
    read: readRelativeUnit,
  },
  // "Monday", "last Tuesday", "next Friday"
  { pattern: pattern(`${LEFT}${WEEKDAY_WHICH}?(?<weekday>${WEEKDAY})${END}`), hints: [/(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/u], read: readWeekday },
  // "a week ago", "two years ago"
  { pattern: pattern(`${LEFT}${COUNT}\\s+${UNITS}(?:\\s+or\\s+so)?\\s+ago${END}`, 'i'), hints: [/ago/iu], read: (g, site) => readCountedUnits(g, site, -1) },
  // "in three months", "in a year's time"
  {
    pattern: pattern(`${LEFT}[Ii]n\\s+${COUNT}\\s+${UNITS}(?:['’]s?\\s+time)?${END}`),
    hints: [UNIT_HINT],
    read: (g, site) => (isProspective(site) ? readCountedUnits(g, site, 1) : null),
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Readers: from a match to a value, or null when the context says it is not a date.

function readDay(groups: Groups, site: Site): Reading | null {
  const month = monthNumber(groups.month!);
  const day = groups.dayWord ? spelledDay(groups.dayWord) : Number(groups.day);
  const given = groups.spelled ? spelledYear(groups.spelled) : Number(groups.year);
  if (given) return readExplicitDay(given, month, day);
  if (day < 1 || day > daysIn(2000, month)) return null;
  const year = yearAround(site, (y) => [utc(y, month, day), utc(y, month, day)]);
  return { value: year === undefined ? null : dayValue(utc(year, month, day)), granularity: 'day', relative: true };
}

function readExplicitDay(year: number, month: number, day: number): Reading | null {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return { value: dayValue(utc(year, month, day)), granularity: 'day', relative: false };
}

/**
 * "May" and "March" are months only after a word that introduces a date; a month compromise takes for a person is
 * one there too ("In April, Hanul signed", "by June, Krishnamurthy said"), unless a name goes on ("and June Park").
 */
function readBareMonth(groups: Groups, site: Site): Reading | null {
  const token = tokenCovering(site, site.end - 1);
  if (!token || token.tags.has('Verb')) return null;
  const led = Boolean(groups.which) || MONTH_LEADS.has(previousToken(site, token)?.normal ?? '');
  if (token.tags.has('Person') && (!led || startsName(site, token))) return null;
  const month = monthNumber(groups.month!);
  const ambiguous = month === 3 || month === 5;
  if (ambiguous && !led && !beforeNoun(site, token)) return null;
  if (site.anchor === undefined) return { value: null, granularity: 'month', relative: true };
  const published = calendar(site.anchor);
  const which = groups.which?.toLowerCase();
  let year = published.year;
  // "last February" in March is a year back: the February just ended is "last month"
  if (which === 'last') year -= month >= published.month - 1 ? 1 : 0;
  else if (which === 'next') year += month <= published.month ? 1 : 0;
  else if (!which) year = yearAround(site, (y) => [utc(y, month, 1), utc(y, month, daysIn(y, month))])!;
  return monthReading(year, month, true);
}

/** "the March accession", "the May elections": a month between "the" and a noun; not "the March of Dimes". */
function beforeNoun(site: Site, token: Token): boolean {
  const next = nextToken(site, token);
  return previousToken(site, token)?.normal === 'the' && next !== undefined && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun') && !next.tags.has('Verb');
}

function readMonthOfRelativeYear(month: number, which: string, site: Site): Reading {
  const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  const year = site.anchor === undefined ? undefined : calendar(site.anchor).year + shift;
  return { value: year === undefined ? null : monthValue(year, month), granularity: 'month', relative: true };
}

function monthReading(year: number, month: number, relative: boolean): Reading {
  return { value: monthValue(year, month), granularity: 'month', relative };
}

function quarterReading(site: Site, quarter: number, year: string | undefined): Reading {
  if (year) return { value: quarterValue(fullYear(year, site.anchor), quarter), granularity: 'quarter', relative: false };
  const [first, last] = [tokenCovering(site, site.start), tokenCovering(site, site.end - 1)];
  const [before, next] = [first && previousToken(site, first), last && nextToken(site, last)];
  const results = (next && QUARTER_RESULTS.has(next.normal)) || (before?.normal === 'the' && previousToken(site, before)?.normal === 'for');
  const grace = results ? RESULTS_GRACE_DAYS : 0;
  const around = yearAround(site, (y) => [utc(y, quarter * 3 - 2, 1), utc(y, quarter * 3 + 1, 1) - DAY_MS], grace);
  return { value: around === undefined ? null : quarterValue(around, quarter), granularity: 'quarter', relative: true };
}

/**
 * A quarter's results come out in the quarter after it: "will report fourth-quarter results" or "expects a loss for
 * the fourth quarter" in March is last year's fourth quarter.
 */
const RESULTS_GRACE_DAYS = 92;

/** An ordinal quarter, in a year given ("of 2024"), named relative to publication ("next year's"), or placed by the tense. */
function ordinalQuarterReading(groups: Groups, site: Site): Reading {
  const quarter = ordinalQuarter(groups.ordinal!);
  const which = (groups.which ?? groups.whichAfter)?.toLowerCase();
  if (groups.year || !which) {
    const reading = quarterReading(site, quarter, groups.year);
    return groups.ago && reading.value ? { ...reading, value: quarterValue(Number(reading.value.slice(0, 4)) - 1, quarter) } : reading;
  }
  const year = site.anchor === undefined ? undefined : calendar(site.anchor).year + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
  return { value: year === undefined ? null : quarterValue(year, quarter), granularity: 'quarter', relative: true };
}

/** Three months that make a quarter ("July-September"): the quarter of the middle month; other spans are no quarter. */
function monthsQuarterReading(from: number, to: number, site: Site): Reading | null {
  const first = ((from + 11) % 12) + 1;
  if ((to - first + 12) % 12 !== 2) return null;
  return quarterReading(site, Math.ceil(((first % 12) + 1) / 3), undefined);
}

const QUARTER_ORDINALS: Partial<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };

function ordinalQuarter(ordinal: string): number {
  return QUARTER_ORDINALS[ordinal.toLowerCase()]!;
}

function readYear(groups: Groups, site: Site): Reading | null {
  const token = tokenCovering(site, site.start);
  const next = token && nextToken(site, token);
  if (!token || (next && isCountedBy(next)) || followsName(site)) return null;
  if (Number(groups.year) < 1900 && !EARLY_YEAR_LEADS.has(previousToken(site, token)?.normal ?? '')) return null;
  return { value: groups.year!, granularity: 'year', relative: false };
}

const relativeNull: Reading = { value: null, granularity: 'year', relative: true };
const shiftOf = (which: string) => ({ last: -1, next: 1 })[which.toLowerCase()] ?? 0;

/** A decade named by its tens ("the nineties", 9): the last such decade begun by publication. */
function decadeReading(site: Site, tens: number): Reading {
  if (site.anchor === undefined) return relativeNull;
  const year = calendar(site.anchor).year;
  const century = Math.floor(year / 100) - (tens > Math.floor(year / 10) % 10 ? 1 : 0);
  return { value: `${century}${tens}X`, granularity: 'year', relative: true };
}

/** The decade `shift` decades from publication's ("last decade" -1). */
function decadeOf(site: Site, shift: number): Reading {
  return site.anchor === undefined ? relativeNull : { value: `${Math.floor(calendar(site.anchor).year / 10) + shift}X`, granularity: 'year', relative: true };
}

/** A century as the years it holds, with the last two digits unspecified: "the 20th century" is 19XX. */
function centuryReading(groups: Groups, site: Site): Reading | null {
  if (groups.which) {
    if (site.anchor === undefined) return relativeNull;
    return { value: `${pad2(Math.floor(calendar(site.anchor).year / 100) + shiftOf(groups.which))}XX`, granularity: 'year', relative: true };
  }
  const number = groups.number ? Number(groups.number) : spelledDay(groups.ordinal!);
  return number >= 1 && number <= 21 ? { value: `${pad2(number - 1)}XX`, granularity: 'year', relative: false } : null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A year in words is a count before a counted noun; "two thousand" is a year only after "the year", "in", "by"... */
function readSpelledYear(groups: Groups, site: Site): Reading | null {
  const last = tokenCovering(site, site.end - 1);
  const next = last && nextToken(site, last);
  if (next && isCountedBy(next)) return null;
  const year = spelledYear(groups.spelled!);
  const before = tokenBefore(site)?.normal ?? '';
  if (/^two/iu.test(groups.spelled!) && before !== 'year' && !EARLY_YEAR_LEADS.has(before)) return null;
  return { value: yearValue(year), granularity: 'year', relative: false };
}

const UNIT_SYMBOL = /^(?:[kMGT]?(?:Wh|W|Hz|B|b)|mAh|mph|kph|km|kg|mm|cm|nm|ft|lbs?|px|rpm|fps|dpi|GMT|UTC)$/;

/**
 * A unit or a plural noun that counts things makes the number before it a quantity ("2000 employees", "2000 mAh");
 * compromise's plural tag on a word with no plural ending is no plural ("the 1995 shooting").
 */
function isCountedBy(next: Token): boolean {
  const plural = next.tags.has('Plural') && /s$/iu.test(next.text);
  return next.tags.has('Unit') || UNIT_SYMBOL.test(next.text) || (plural && !PERIOD_NOUNS.has(next.normal));
}

const FUNCTION_WORD_TAGS = ['Date', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Possessive', 'Adjective', 'Adverb', 'Verb', 'Value'];

/** Whether the site follows a capitalised name-like word, making it part of a name ("Windows 2000", "Audi Q3"). */
function followsName(site: Site): boolean {
  const token = tokenCovering(site, site.start);
  const previous = token && previousToken(site, token);
  if (!previous || previous.post.trim() !== '' || !/^\p{Lu}/u.test(previous.text) || /['’]s$/.test(previous.text) || YEAR_LEADS.has(previous.normal)) return false;
  return !FUNCTION_WORD_TAGS.some((tag) => previous.tags.has(tag));
}

/** Capitalised inside a sentence, "Today" is a title ("USA Today", "the Today programme"). */
function readDayWord(groups: Groups, site: Site): Reading | null {
  const token = tokenCovering(site, site.start);
  if (!token || (/^\p{Lu}/u.test(groups.dayWord!) && token.index > site.sentence.tokenStart)) return null;
  const word = groups.dayWord!.toLowerCase();
  const shift = word === 'yesterday' || word.startsWith('last') ? -1 : word === 'tomorrow' ? 1 : 0;
  return { value: site.anchor === undefined ? null : dayValue(site.anchor + shift * DAY_MS), granularity: 'day', relative: true };
}

/**
 * Words after which "the year" is the publication's ("for the year"; "in the year" only after "earlier", "later"),
 * and after "of", the parts of it ("months of the year").
 */
const YEAR_CONTEXT = new Set(['for', 'during', 'throughout', 'through']);
const PARTS_OF_YEAR = new Set(['months', 'weeks', 'days', 'half', 'part', 'quarter', 'quarters']);

function isYearInContext(site: Site): boolean {
  const before = tokenBefore(site);
  if (!before) return false;
  if (/^(?:earlier|later)\s/iu.test(site.doc.text.slice(site.start, site.end))) return true;
  if (YEAR_CONTEXT.has(before.normal)) return true;
  return before.normal === 'of' && PARTS_OF_YEAR.has(previousToken(site, before)?.normal ?? '');
}

/** "over the weekend": the last weekend begun by publication, or in the future tense the next one, as its ISO week. */
function readWeekend(_groups: Groups, site: Site): Reading {
  const anchor = site.anchor;
  if (anchor === undefined) return { value: null, granularity: 'week', relative: true };
  const sinceSaturday = (new Date(anchor).getUTCDay() + 1) % 7;
  const saturday = tenseAt(site) === 'future' ? anchor + ((7 - sinceSaturday) % 7) * DAY_MS : anchor - sinceSaturday * DAY_MS;
  return { value: weekValue(saturday), granularity: 'week', relative: true };
}

/** A holiday's day: the last one before publication ("last Thanksgiving"), the next one after it, or the one the tense places. */
function readHoliday(groups: Groups, site: Site): Reading | null {
  const named = holidayNamed(groups.holiday!);
  const which = groups.which?.toLowerCase();
  if (!named || (named.bare && !which && !HOLIDAY_LEADS.has(tokenBefore(site)?.normal ?? ''))) return null;
  const anchor = site.anchor;
  if (anchor === undefined) return { value: null, granularity: 'day', relative: true };
  const dayIn = (y: number) => holidayIn(named.holiday, y);
  const year = calendar(anchor).year;
  let placed: number;
  if (which === 'last') placed = dayIn(year) < anchor ? year : year - 1;
  else if (which === 'next') placed = dayIn(year) > anchor ? year : year + 1;
  else if (which === 'this') placed = year;
  else placed = yearAround(site, (y) => [dayIn(y), dayIn(y)])!;
  return { value: dayValue(dayIn(placed)), granularity: 'day', relative: true };
}

function readRelativeUnit(groups: Groups, site: Site): Reading {
  const which = groups.which!.toLowerCase();
  const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  const unit = groups.unit!.toLowerCase();
  const granularity: Granularity = unit === 'weekend' ? 'week' : unit.endsWith('year') ? 'year' : (unit as Granularity);
  return { value: shifted(site.anchor, granularity, shift), granularity, relative: true };
}

/** A word that starts a name with the capitalised word after it ("The Sunday Times", "Monday Night Football"). */
function startsName(site: Site, token: Token): boolean {
  const next = nextToken(site, token);
  return next !== undefined && token.post.trim() === '' && next.pre.trim() === '' && /^\p{Lu}/u.test(next.text) && !next.tags.has('Date');
}

/** A word after which its phrase ends: punctuation, the sentence's end, a verb or an adverb ("in Tokyo Monday, the index"). */
function endsPhrase(site: Site, token: Token): boolean {
  const next = nextToken(site, token);
  return !next || token.post.trim() !== '' || next.tags.has('Verb') || next.tags.has('Adverb');
}

/**
 * Weekdays named in events ("Black Friday", "Cyber Monday"), habits ("every Monday") or names ("Sheffield Wednesday")
 * are no dates, nor a weekday that starts a name ("The Sunday Times"); after a name, a weekday that ends its phrase
 * still is ("Apple Monday announced", "met Sununu Sunday.", "in Tokyo Monday, the index"); compromise's tags on the
 * weekday itself ("Earlier Sunday" as an organization) are no guide.
 */
function readWeekday(groups: Groups, site: Site): Reading | null {
  const token = tokenCovering(site, site.end - 1);
  if (!token || startsName(site, token)) return null;
  if (!groups.which && NOT_BEFORE_WEEKDAY.has(previousToken(site, token)?.normal ?? '')) return null;
  if (!groups.which && followsName(site) && !endsPhrase(site, token)) return null;
  if (site.anchor === undefined) return { value: null, granularity: 'day', relative: true };
  const weekday = WEEKDAYS.indexOf(groups.weekday!.toLowerCase());
  const today = new Date(site.anchor).getUTCDay();
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  const offsets: Record<string, number> = {
    last: -(back || 7),
    past: -(back || 7),
    next: ahead || 7,
    coming: ahead || 7,
    this: isoWeekday(weekday) - isoWeekday(today),
    '': tenseAt(site) === 'future' ? ahead : -back,
  };
  const which = groups.which?.toLowerCase().split(/\s+/u).pop() ?? '';
  return { value: dayValue(site.anchor + offsets[which]! * DAY_MS), granularity: 'day', relative: true };
}

/** "two years ago", "in a month"; a count that disagrees with the unit's number is table text ("600 week ago"). */
function readCountedUnits(groups: Groups, site: Site, direction: 1 | -1): Reading | null {
  const word = groups.count!.toLowerCase();
  const count = /^\d/.test(word) ? Number(word) : Math.max(1, COUNT_WORDS.indexOf(word === 'an' ? 'a' : word));
  if ((count === 1) === Boolean(groups.plural)) return null;
  const unit = groups.unit!.toLowerCase();
  const [granularity, size]: [Granularity, number] = unit === 'decade' ? ['year', 10] : [unit as Granularity, 1];
  return { value: shifted(site.anchor, granularity, direction * count * size), granularity, relative: true };
}
