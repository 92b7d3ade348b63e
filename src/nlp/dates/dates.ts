import { component } from '../doc/components.js';
import type { DateMention } from '../doc/layers.js';
import { contentSentences, type Doc, type Sentence, type Token } from '../doc/document.js';
import { lastStartingAtOrBefore } from '../doc/spans.js';
import { withIds } from '../doc/ids.js';

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
 *   publication year, or the year before / after when the clause's tense says it lies on the other side.
 * - "last Tuesday" is the most recent Tuesday strictly before publication, "next Tuesday" the first one after it,
 *   "this Tuesday" the one in the same ISO week.
 * - Decades ("1990s", "the '90s") have no granularity of their own in the schema: they are reported with granularity
 *   `year` and the ISO 8601-2 value with an unspecified last digit, "199X".
 * - Fiscal years ("fiscal 2025", "FY25") are reported as that year; a fiscal year need not match the calendar one.
 * - Counts of units without "ago" or "in" ("18 months", "three years") are durations, not dates; a clause in the past
 *   tense makes "in three months" a duration as well ("sold a million units in three months").
 */

type Found = Omit<DateMention, 'id'>;
type Granularity = DateMention['granularity'];
type Reading = Pick<DateMention, 'value' | 'granularity' | 'relative'>;
type Groups = Partial<Record<string, string>>;
type Tense = 'past' | 'future' | 'unknown';

/** A regex match in one sentence, with what the rules need to judge it. */
interface Site {
  readonly doc: Doc;
  readonly sentence: Sentence;
  readonly start: number;
  readonly end: number;
  /** Publication day as UTC milliseconds. */
  readonly anchor: number | undefined;
}

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
  const found: Found[] = [];
  for (const sentence of contentSentences(doc)) for (const date of datesIn(doc, sentence, anchor)) found.push(date);
  return withIds('d', found);
}

function datesIn(doc: Doc, sentence: Sentence, anchor: number | undefined): Found[] {
  const body = doc.text.slice(sentence.start, sentence.end);
  const candidates: Found[] = [];
  for (const rule of RULES) {
    if (!rule.hints.every((hint) => hint.test(body))) continue;
    for (const match of body.matchAll(rule.pattern)) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      const reading = rule.read(match.groups ?? {}, { doc, sentence, start, end, anchor });
      if (!reading) continue;
      const { value, granularity, relative } = reading;
      candidates.push(withModifier(doc.text, { text: '', start, end, value, granularity, relative, sentence: sentence.index }));
    }
  }
  return longestFirst(candidates).map((c) => ({ ...c, text: doc.text.slice(c.start, c.end) }));
}

/** Keeps, among overlapping candidates, the one that starts first and, at the same start, the longest. */
function longestFirst(candidates: Found[]): Found[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const candidate of candidates) {
    const last = kept[kept.length - 1];
    if (!last || candidate.start >= last.end) kept.push(candidate);
  }
  return kept;
}

const MODIFIER = /(?<![\p{L}\p{N}])(?:[Ee]arl(?:y|ier)|[Mm]id|[Ll]ater?)(?:-|\s+)$/u;

/** Takes in a hedge on the period just before it: "mid-2025", "early next year", "earlier this month". */
function withModifier(text: string, found: Found): Found {
  const before = text.slice(Math.max(0, found.start - 12), found.start);
  const modifier = MODIFIER.exec(before);
  return modifier ? { ...found, start: found.start - modifier[0].length } : found;
}

// ---------------------------------------------------------------------------------------------------------------
// Patterns. Every one is a plain alternation with bounded repetition: linear on any input.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH = `(?<month>(?:${MONTH_FULL})(?![\\p{L}\\p{N}])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![\\p{L}\\p{N}])\\.?)`;
const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const LEFT = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
const YEAR = `(?<year>(?:19|20)\\d\\d)${END}`;
const DAY = `(?<day>[0-3]?\\d)(?:st|nd|rd|th)?${END}(?![.,]\\d)`;
/** A comma between date parts, also as tokenised text writes it ("January 1 , 1996"). */
const COMMA = '(?:\\s*,\\s*|\\s+)';
const WEEKDAY_BEFORE = `(?:(?<weekday>${WEEKDAY})${COMMA})?`;
const WHICH = '(?:(?<which>[Ll]ast|[Tt]his|[Nn]ext)\\s+)';
const COUNT = '(?<![.,])(?<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})';
const UNITS = '(?<unit>day|week|month|quarter|year|decade)(?<plural>s)?';

const pattern = (source: string, flags = '') => new RegExp(source, `gu${flags}`);

/** Hints: the three letters every month's name and abbreviation starts with; a digit; a unit of time. */
const MONTH_HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/u;
const DIGIT_HINT = /\d/u;
const UNIT_HINT = /day|week|month|quarter|year|decade/u;

const RULES: readonly Rule[] = [
  // "January 29, 2025", "Wednesday, Jan. 29", "March 3"
  { pattern: pattern(`${LEFT}${WEEKDAY_BEFORE}${MONTH}\\s+${DAY}(?:${COMMA}${YEAR})?`), hints: [MONTH_HINT, DIGIT_HINT], read: readDay },
  // "29 January 2025", "29th of January", "11 March"
  { pattern: pattern(`(?<![\\p{L}\\p{N}$£€¥.,])${WEEKDAY_BEFORE}${DAY}\\s+(?:of\\s+)?${MONTH}(?:${COMMA}${YEAR})?`), hints: [MONTH_HINT, DIGIT_HINT], read: readDay },
  // "2025-01-29"
  {
    pattern: pattern(`${LEFT}${YEAR}-(?<isoMonth>[01]\\d)-(?<isoDay>[0-3]\\d)${END}`),
    hints: [/\d-[01]\d-/u],
    read: (g) => readExplicitDay(Number(g.year), Number(g.isoMonth), Number(g.isoDay)),
  },
  // "March 2018", "May of 2024"
  { pattern: pattern(`${LEFT}${MONTH}(?:,?\\s+|\\s+of\\s+)${YEAR}`), hints: [MONTH_HINT, DIGIT_HINT], read: (g) => monthReading(Number(g.year), monthNumber(g.month!), false) },
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
  // "third quarter of 2024", "first-quarter", "fiscal fourth quarter"
  {
    pattern: pattern(`${LEFT}(?:fiscal[- ])?(?<ordinal>first|second|third|fourth|final|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter${END}(?:\\s+(?:of\\s+)?(?:fiscal\\s+(?:year\\s+)?|FY\\s*)?${YEAR})?`, 'i'),
    hints: [/quarter/iu],
    read: (g, site) => quarterReading(site, ordinalQuarter(g.ordinal!), g.year),
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
    read: (g) => ({ value: yearValue(fullYear(g.fiscal!)), granularity: 'year', relative: false }),
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
  // "2025", "in 2004", "mid-2025"
  {
    pattern: pattern(`(?<![\\p{L}\\p{N}$£€¥#.,/:]|\\d )${YEAR}(?![.,/:]\\d|-\\p{L}|\\s*(?:%|percent|per\\s+cent|[x×*]\\s*\\d))`),
    hints: [/(?:19|20)\d\d/u],
    read: readYear,
  },
  // "yesterday", "today", "tomorrow", "tonight", "this morning", "last night"
  {
    pattern: pattern(`${LEFT}(?<dayWord>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Tt]his\\s+(?:morning|afternoon|evening)|[Ll]ast\\s+night)${END}`),
    hints: [/[Yy]esterday|[Tt]o(?:day|morrow|night)|morning|afternoon|evening|night/u],
    read: readDayWord,
  },
  // "last week", "this month", "next year", "the current quarter", "last weekend"
  {
    pattern: pattern(`${LEFT}(?<which>[Ll]ast|[Tt]his|[Nn]ext|[Cc]urrent)\\s+(?<unit>week|weekend|month|quarter|year|fiscal\\s+year)${END}`),
    hints: [/week|month|quarter|year/u],
    read: readRelativeUnit,
  },
  // "Monday", "last Tuesday", "next Friday"
  { pattern: pattern(`${LEFT}${WHICH}?(?<weekday>${WEEKDAY})${END}`), hints: [/(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/u], read: readWeekday },
  // "a week ago", "two years ago"
  { pattern: pattern(`${LEFT}${COUNT}\\s+${UNITS}\\s+ago${END}`, 'i'), hints: [/ago/iu], read: (g, site) => readCountedUnits(g, site, -1) },
  // "in three months", "in a year's time"
  {
    pattern: pattern(`${LEFT}[Ii]n\\s+${COUNT}\\s+${UNITS}(?:['’]s?\\s+time)?${END}`),
    hints: [UNIT_HINT],
    read: (g, site) => (tenseAt(site) === 'past' ? null : readCountedUnits(g, site, 1)),
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Readers: from a match to a value, or null when the context says it is not a date.

function readDay(groups: Groups, site: Site): Reading | null {
  const month = monthNumber(groups.month!);
  const day = Number(groups.day);
  if (groups.year) return readExplicitDay(Number(groups.year), month, day);
  if (day < 1 || day > daysIn(2000, month)) return null;
  const year = yearAround(site, (y) => [utc(y, month, day), utc(y, month, day)]);
  return { value: year === undefined ? null : dayValue(utc(year, month, day)), granularity: 'day', relative: true };
}

function readExplicitDay(year: number, month: number, day: number): Reading | null {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return { value: dayValue(utc(year, month, day)), granularity: 'day', relative: false };
}

/** "May" and "March" are months only after a word that introduces a date; any month named like a person is not. */
const MONTH_LEAD = new Set(['in', 'on', 'since', 'by', 'until', 'till', 'from', 'through', 'to', 'during', 'before', 'after', 'early', 'mid', 'late', 'of', 'between', 'and', 'or']);

function readBareMonth(groups: Groups, site: Site): Reading | null {
  const token = tokenCovering(site, site.end - 1);
  if (!token || token.tags.has('Person') || token.tags.has('Verb')) return null;
  const month = monthNumber(groups.month!);
  const ambiguous = month === 3 || month === 5;
  if (ambiguous && !groups.which && !MONTH_LEAD.has(previousToken(site, token)?.normal ?? '')) return null;
  if (site.anchor === undefined) return { value: null, granularity: 'month', relative: true };
  const published = calendar(site.anchor);
  const which = groups.which?.toLowerCase();
  let year = published.year;
  if (which === 'last') year -= month >= published.month ? 1 : 0;
  else if (which === 'next') year += month <= published.month ? 1 : 0;
  else if (!which) year = yearAround(site, (y) => [utc(y, month, 1), utc(y, month, daysIn(y, month))])!;
  return monthReading(year, month, true);
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
  if (year) return { value: quarterValue(fullYear(year), quarter), granularity: 'quarter', relative: false };
  const around = yearAround(site, (y) => [utc(y, quarter * 3 - 2, 1), utc(y, quarter * 3 + 1, 1) - DAY_MS]);
  return { value: around === undefined ? null : quarterValue(around, quarter), granularity: 'quarter', relative: true };
}

const QUARTER_ORDINALS: Partial<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };

function ordinalQuarter(ordinal: string): number {
  return QUARTER_ORDINALS[ordinal.toLowerCase()]!;
}

/** Nouns a year commonly modifies ("2025 sales"); before any other plural noun a number is a count ("2000 employees"). */
const PERIOD_NOUNS = new Set([
  'results', 'earnings', 'sales', 'revenues', 'profits', 'losses', 'figures', 'forecasts', 'targets', 'budgets', 'accounts',
  'elections', 'games', 'olympics', 'models', 'plans', 'levels', 'prices', 'highs', 'lows', 'estimates', 'shipments',
]);
/** Words that introduce a year even when capitalised at the start of a sentence ("In 2004", "By 2030"). */
const YEAR_LEAD = new Set([...MONTH_LEAD, 'around', 'circa', 'year', 'class', 'fiscal', 'since', 'spring', 'summer', 'autumn', 'fall', 'winter']);

function readYear(groups: Groups, site: Site): Reading | null {
  const token = tokenCovering(site, site.start);
  const next = token && nextToken(site, token);
  if (!token || (next && isCountedBy(next)) || followsName(site)) return null;
  return { value: groups.year!, granularity: 'year', relative: false };
}

const UNIT_SYMBOL = /^(?:[kMGT]?(?:Wh|W|Hz|B|b)|mAh|mph|kph|km|kg|mm|cm|nm|ft|lbs?|px|rpm|fps|dpi|GMT|UTC)$/;

/** A unit or a plural noun that counts things makes the number before it a quantity ("2000 employees", "2000 mAh"). */
function isCountedBy(next: Token): boolean {
  return next.tags.has('Unit') || UNIT_SYMBOL.test(next.text) || (next.tags.has('Plural') && !PERIOD_NOUNS.has(next.normal));
}

const FUNCTION_WORD_TAGS = ['Date', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Possessive', 'Adjective', 'Adverb', 'Verb', 'Value'];

/** Whether the site follows a capitalised name-like word, making it part of a name ("Windows 2000", "Audi Q3"). */
function followsName(site: Site): boolean {
  const token = tokenCovering(site, site.start);
  const previous = token && previousToken(site, token);
  if (!previous || !/^\p{Lu}/u.test(previous.text) || /['’]s$/.test(previous.text) || YEAR_LEAD.has(previous.normal)) return false;
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

function readRelativeUnit(groups: Groups, site: Site): Reading {
  const which = groups.which!.toLowerCase();
  const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  const unit = groups.unit!.toLowerCase();
  const granularity: Granularity = unit === 'weekend' ? 'week' : unit.endsWith('year') ? 'year' : (unit as Granularity);
  return { value: shifted(site.anchor, granularity, shift), granularity, relative: true };
}

/**
 * Weekdays named in events ("Black Friday", "Cyber Monday"), habits ("every Monday") or names ("Sheffield Wednesday")
 * are no dates; after a name, a weekday followed by a verb still is ("Apple Monday announced").
 */
const NOT_BEFORE_WEEKDAY = new Set(['black', 'cyber', 'super', 'good', 'ash', 'easter', 'giving', 'palm', 'holy', 'shrove', 'every', 'each']);

function readWeekday(groups: Groups, site: Site): Reading | null {
  const token = tokenCovering(site, site.end - 1);
  if (!token || token.tags.has('Organization') || token.tags.has('Person') || token.tags.has('Product')) return null;
  if (!groups.which && NOT_BEFORE_WEEKDAY.has(previousToken(site, token)?.normal ?? '')) return null;
  if (!groups.which && followsName(site) && !nextToken(site, token)?.tags.has('Verb')) return null;
  if (site.anchor === undefined) return { value: null, granularity: 'day', relative: true };
  const weekday = WEEKDAYS.indexOf(groups.weekday!.toLowerCase());
  const today = new Date(site.anchor).getUTCDay();
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  const offsets: Record<string, number> = {
    last: -(back || 7),
    next: ahead || 7,
    this: isoWeekday(weekday) - isoWeekday(today),
    '': tenseAt(site) === 'future' ? ahead : -back,
  };
  return { value: dayValue(site.anchor + offsets[groups.which?.toLowerCase() ?? '']! * DAY_MS), granularity: 'day', relative: true };
}

const COUNT_WORDS = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "two years ago", "in a month"; a count that disagrees with the unit's number is table text ("600 week ago"). */
function readCountedUnits(groups: Groups, site: Site, direction: 1 | -1): Reading | null {
  const word = groups.count!.toLowerCase();
  const count = /^\d/.test(word) ? Number(word) : Math.max(1, COUNT_WORDS.indexOf(word === 'an' ? 'a' : word));
  if ((count === 1) === Boolean(groups.plural)) return null;
  const unit = groups.unit!.toLowerCase();
  const [granularity, size]: [Granularity, number] = unit === 'decade' ? ['year', 10] : [unit as Granularity, 1];
  return { value: shifted(site.anchor, granularity, direction * count * size), granularity, relative: true };
}

// ---------------------------------------------------------------------------------------------------------------
// Context: tokens around a match, and the tense of the clause it sits in.

function tokenIndexAt(doc: Doc, offset: number): number {
  return lastStartingAtOrBefore(doc.tokens, offset);
}

/** The token of the site's sentence that covers `offset`. */
function tokenCovering(site: Site, offset: number): Token | undefined {
  const token = site.doc.tokens[tokenIndexAt(site.doc, offset)];
  return token && token.sentence === site.sentence.index && offset < token.end ? token : undefined;
}

function previousToken(site: Site, token: Token): Token | undefined {
  return token.index > site.sentence.tokenStart ? site.doc.tokens[token.index - 1] : undefined;
}

function nextToken(site: Site, token: Token): Token | undefined {
  return token.index + 1 < site.sentence.tokenEnd ? site.doc.tokens[token.index + 1] : undefined;
}

const TENSE_WINDOW = 8;
/** Future markers; contractions ("we'll", "won't") stay one token, so their endings count too. */
const FUTURE_CONTRACTION = /['’]ll$|^won['’]t$/;
const FUTURE = new Set(['will', 'shall', 'would', 'going', 'plan', 'plans', 'planned', 'expect', 'expects', 'expected', 'aims', 'intends', 'scheduled', 'due', 'upcoming']);

/**
 * The tense of the clause around the site: the nearest tense-bearing word before it in the same clause ("will take
 * effect on May 1"), else the nearest after it ("On Monday, Apple said"), else the nearest before it further back.
 */
function tenseAt(site: Site): Tense {
  const first = tokenIndexAt(site.doc, site.start);
  const last = tokenIndexAt(site.doc, site.end - 1);
  return tenseFrom(site, first - 1, -1, true) ?? tenseFrom(site, last + 1, 1, false) ?? tenseFrom(site, first - 1, -1, false) ?? 'unknown';
}

function tenseFrom(site: Site, from: number, step: 1 | -1, withinClause: boolean): Tense | undefined {
  const { doc, sentence } = site;
  for (let index = from, seen = 0; seen < TENSE_WINDOW && index >= sentence.tokenStart && index < sentence.tokenEnd; index += step, seen++) {
    const token = doc.tokens[index]!;
    if (withinClause && /[,;:–—]/.test(token.post)) return undefined;
    if (FUTURE.has(token.normal) || FUTURE_CONTRACTION.test(token.normal)) return 'future';
    if (token.tags.has('PastTense')) return 'past';
  }
  return undefined;
}

/**
 * The year of a period named without one: the publication year, or the one before (after) when the clause is in
 * the past (future) tense and the period would otherwise lie after (before) publication.
 */
function yearAround(site: Site, periodIn: (year: number) => [number, number]): number | undefined {
  if (site.anchor === undefined) return undefined;
  const year = calendar(site.anchor).year;
  const [start, end] = periodIn(year);
  const tense = tenseAt(site);
  if (tense === 'past' && start > site.anchor) return year - 1;
  if (tense === 'future' && end < site.anchor) return year + 1;
  return year;
}

// ---------------------------------------------------------------------------------------------------------------
// Calendar arithmetic on UTC days, and ISO 8601 values.

const DAY_MS = 86_400_000;

function utc(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day);
}

function parseDay(isoDate: string | undefined): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate ?? '');
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) ? utc(year, month, day) : undefined;
}

function calendar(time: number): { year: number; month: number } {
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthNumber(name: string): number {
  const prefix = name.slice(0, 3).toLowerCase();
  return MONTHS.findIndex((month) => month.startsWith(prefix)) + 1;
}

/** Two-digit years ("FY25", "Q3 '24") are this century's. */
function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

function isoWeekday(weekday: number): number {
  return weekday === 0 ? 7 : weekday;
}

/** The value `shift` periods of `granularity` away from the publication day, or null without one. */
function shifted(anchor: number | undefined, granularity: Granularity, shift: number): string | null {
  if (anchor === undefined) return null;
  const { year, month } = calendar(anchor);
  switch (granularity) {
    case 'day':
      return dayValue(anchor + shift * DAY_MS);
    case 'week':
      return weekValue(anchor + shift * 7 * DAY_MS);
    case 'month':
      return monthValue(year, month + shift);
    case 'quarter':
      return quarterValue(year, Math.ceil(month / 3) + shift);
    case 'year':
      return yearValue(year + shift);
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function yearValue(year: number): string {
  return pad(year, 4);
}

function dayValue(time: number): string {
  const date = new Date(time);
  return `${yearValue(date.getUTCFullYear())}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** `month` may run past 1..12; the year carries. */
function monthValue(year: number, month: number): string {
  const index = year * 12 + month - 1;
  return `${yearValue(Math.floor(index / 12))}-${pad((index % 12) + 1)}`;
}

function quarterValue(year: number, quarter: number): string {
  const index = year * 4 + quarter - 1;
  return `${yearValue(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
}

/** ISO 8601 week: weeks start on Monday, and week 1 holds the year's first Thursday. */
function weekValue(time: number): string {
  const thursday = time + (4 - isoWeekday(new Date(time).getUTCDay())) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - utc(year, 1, 1)) / (7 * DAY_MS)) + 1;
  return `${yearValue(year)}-W${pad(week)}`;
}
