import type { Token } from '../doc/document.js';
import type { DateMention, ReferenceValue } from '../doc/layers.js';
import { type CalendarUnit, DAY_MS, calendar, periodAround, dayValue, daysIn, fullYear, isoWeekday, monthNumber, monthValue, quarterValue, shifted, utc, weekValue, yearValue } from './calendar.js';
import { HOLIDAY_LEADS, holidayIn, holidayNamed } from './holidays.js';
import { spelledDay, spelledYear } from './numbers.js';
import { relativeSeasonYear, seasonIn, seasonNamed, seasonValue } from './seasons.js';
import { nextToken, previousToken, tokenBefore, tokenCovering, type Site } from './site.js';
import { isDeferredTo, tenseAt, yearAround } from './tense.js';
import { COUNT_WORDS, EARLY_YEAR_LEADS, ERA_NOUNS, MONTH_LEADS, NOT_BEFORE_WEEKDAY, NOT_CURRENT_TIME, PERIOD_NOUNS, QUARTER_RESULTS, REFERENCE_ADVERBS, YEAR_LEADS } from './words.js';

/**
 * Readers: from a rule's match (its named groups) and the tokens around it to a date's value, or null when the
 * context says it is no date.
 */

export type Found = Omit<DateMention, 'id'>;
export type Granularity = DateMention['granularity'];
/**
 * `focus`: the value is a period known only from the dates before it: the article's quarter, the first it names
 * ("the latest quarter", "the quarter"), the last quarter named ("that quarter") or the last year named ("that year");
 * `yearBack`: a year before the article's quarter when it names one ("from $90 million a year ago"), else as read.
 */
export type Focus = 'first' | 'last' | 'lastYear' | 'yearBack';
export type Reading = Pick<DateMention, 'value' | 'granularity' | 'relative'> & { readonly focus?: Focus };
export type Candidate = Found & { readonly focus?: Focus };
export type Groups = Partial<Record<string, string>>;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function readDay(groups: Groups, site: Site): Reading | null {
  const month = monthNumber(groups.month!);
  const day = groups.dayWord ? spelledDay(groups.dayWord) : Number(groups.day);
  const given = groups.spelled ? spelledYear(groups.spelled) : Number(groups.year);
  if (given) return readExplicitDay(given, month, day);
  if (day < 1 || day > daysIn(2000, month)) return null;
  const around = yearAround(site, (y) => [utc(y, month, day), utc(y, month, day)]);
  const year = around !== undefined && groups.weekday ? yearOfWeekday(around, month, day, groups.weekday) : around;
  return { value: year === undefined ? null : dayValue(utc(year, month, day)), granularity: 'day', relative: true };
}

/**
 * A weekday written with the day ("Saturday, April 25") tells its year better than the tense does: the year the tense
 * gives if the weekday falls there, else the year before or after in which it does.
 */
function yearOfWeekday(year: number, month: number, day: number, weekday: string): number {
  const wanted = WEEKDAYS.indexOf(weekday.toLowerCase());
  return [year, year + 1, year - 1].find((y) => new Date(utc(y, month, day)).getUTCDay() === wanted) ?? year;
}

export function readExplicitDay(year: number, month: number, day: number): Reading | null {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return { value: dayValue(utc(year, month, day)), granularity: 'day', relative: false };
}

/**
 * "May" and "March" are months only after a word that introduces a date; a month compromise takes for a person is
 * one there too ("In April, Hanul signed", "by June, Krishnamurthy said"), unless a name goes on ("and June Park").
 */
export function readBareMonth(groups: Groups, site: Site): Reading | null {
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

export function readMonthOfRelativeYear(month: number, which: string, site: Site): Reading {
  const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  const year = site.anchor === undefined ? undefined : calendar(site.anchor).year + shift;
  return { value: year === undefined ? null : monthValue(year, month), granularity: 'month', relative: true };
}

export function monthReading(year: number, month: number, relative: boolean): Reading {
  return { value: monthValue(year, month), granularity: 'month', relative };
}

export function quarterReading(site: Site, quarter: number, year: string | undefined): Reading {
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
export function ordinalQuarterReading(groups: Groups, site: Site): Reading {
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
export function monthsQuarterReading(from: number, to: number, site: Site, year?: string): Reading | null {
  const first = ((from + 11) % 12) + 1;
  if ((to - first + 12) % 12 !== 2) return null;
  return quarterReading(site, Math.ceil(((first % 12) + 1) / 3), year);
}

const QUARTER_ORDINALS: Partial<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };

export function ordinalQuarter(ordinal: string): number {
  return QUARTER_ORDINALS[ordinal.toLowerCase()]!;
}

export function readYear(groups: Groups, site: Site): Reading | null {
  const token = tokenCovering(site, site.start);
  const next = token && nextToken(site, token);
  if (!token || isCountedBy(next) || followsName(site)) return null;
  if (Number(groups.year) < 1900 && !EARLY_YEAR_LEADS.has(previousToken(site, token)?.normal ?? '')) return null;
  return { value: groups.year!, granularity: 'year', relative: false };
}

const relativeNull: Reading = { value: null, granularity: 'year', relative: true };
export const shiftOf = (which: string) => ({ last: -1, next: 1 })[which.toLowerCase()] ?? 0;

/** A decade named by its tens ("the nineties", 9): the last such decade begun by publication. */
export function decadeReading(site: Site, tens: number): Reading {
  if (site.anchor === undefined) return relativeNull;
  const year = calendar(site.anchor).year;
  const century = Math.floor(year / 100) - (tens > Math.floor(year / 10) % 10 ? 1 : 0);
  return { value: `${century}${tens}X`, granularity: 'year', relative: true };
}

/** The decade `shift` decades from publication's ("last decade" -1). */
export function decadeOf(site: Site, shift: number): Reading {
  return site.anchor === undefined ? relativeNull : { value: `${Math.floor(calendar(site.anchor).year / 10) + shift}X`, granularity: 'year', relative: true };
}

/** A century as the years it holds, with the last two digits unspecified: "the 20th century" is 19XX. */
export function centuryReading(groups: Groups, site: Site): Reading | null {
  if (groups.which) {
    if (site.anchor === undefined) return relativeNull;
    return { value: `${pad2(Math.floor(calendar(site.anchor).year / 100) + shiftOf(groups.which))}XX`, granularity: 'year', relative: true };
  }
  const number = groups.number ? Number(groups.number) : spelledDay(groups.ordinal!);
  return number >= 1 && number <= 21 ? { value: `${pad2(number - 1)}XX`, granularity: 'year', relative: false } : null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A year in words is a count before a counted noun; "two thousand" is a year only after "the year", "in", "by"... */
export function readSpelledYear(groups: Groups, site: Site): Reading | null {
  const last = tokenCovering(site, site.end - 1);
  const next = last && nextToken(site, last);
  if (isCountedBy(next)) return null;
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
function isCountedBy(next: Token | undefined): boolean {
  if (!next) return false;
  const plural = next.tags.has('Plural') && /s$/iu.test(next.text);
  return next.tags.has('Unit') || UNIT_SYMBOL.test(next.text) || (plural && !PERIOD_NOUNS.has(next.normal));
}

const FUNCTION_WORD_TAGS = ['Date', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Possessive', 'Adjective', 'Adverb', 'Verb', 'Value'];

/** Whether the site follows a capitalised name-like word, making it part of a name ("Windows 2000", "Audi Q3"). */
export function followsName(site: Site): boolean {
  const token = tokenCovering(site, site.start);
  const previous = token && previousToken(site, token);
  if (!previous || previous.post.trim() !== '' || !/^\p{Lu}/u.test(previous.text) || /['’]s$/.test(previous.text) || YEAR_LEADS.has(previous.normal)) return false;
  return !FUNCTION_WORD_TAGS.some((tag) => previous.tags.has(tag));
}

/** A word that ends a sentence: the sentence splitter may miss one after an abbreviation ("... Hewlett-Packard Co. Recently, ..."). */
const SENTENCE_END = /[.!?]["'”’]?\s*$/u;

/**
 * Whether the site's first word is capitalised inside its sentence, not after a sentence's end: then a name or a title
 * ("USA Today", "Apocalypse Now").
 */
function isCapitalisedInside(site: Site): boolean {
  const token = tokenCovering(site, site.start);
  if (!token) return true;
  const previous = previousToken(site, token);
  return /^\p{Lu}/u.test(site.doc.text.slice(site.start, site.end)) && previous !== undefined && !SENTENCE_END.test(previous.text + previous.post);
}

/** "today's world", "today's youth": the present age, not the publication day. */
const ERA = new RegExp(`^['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${ERA_NOUNS.join('|')})(?![\\p{L}])`, 'u');

/** Capitalised inside a sentence, "Today" is a title ("USA Today", "the Today programme"); "today's world" is no day. */
export function readDayWord(groups: Groups, site: Site): Reading | null {
  if (isCapitalisedInside(site) || ERA.test(site.doc.text.slice(site.end, site.end + 40))) return null;
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

export function isYearInContext(site: Site): boolean {
  const before = tokenBefore(site);
  if (!before) return false;
  if (/^(?:earlier|later)\s/iu.test(site.doc.text.slice(site.start, site.end))) return true;
  if (YEAR_CONTEXT.has(before.normal)) return true;
  return before.normal === 'of' && PARTS_OF_YEAR.has(previousToken(site, before)?.normal ?? '');
}

/** A weekend as TimeML writes it: its ISO week and "WE" ("2025-W04-WE"). */
const weekendValue = (week: string) => `${week}-WE`;

/** "over the weekend": the last weekend begun by publication, or in the future tense the next one, in its ISO week. */
export function readWeekend(_groups: Groups, site: Site): Reading {
  const anchor = site.anchor;
  if (anchor === undefined) return { value: null, granularity: 'week', relative: true };
  const sinceSaturday = (new Date(anchor).getUTCDay() + 1) % 7;
  const saturday = tenseAt(site) === 'future' ? anchor + ((7 - sinceSaturday) % 7) * DAY_MS : anchor - sinceSaturday * DAY_MS;
  return { value: weekendValue(weekValue(saturday)), granularity: 'week', relative: true };
}

/** A holiday's day: the last one before publication ("last Thanksgiving"), the next one after it, or the one the tense places. */
export function readHoliday(groups: Groups, site: Site): Reading | null {
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

export function readRelativeUnit(groups: Groups, site: Site): Reading {
  const which = groups.which!.toLowerCase();
  const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  const unit = groups.unit!.toLowerCase();
  const granularity: CalendarUnit = unit === 'weekend' ? 'week' : unit.endsWith('year') ? 'year' : (unit as CalendarUnit);
  const value = shifted(site.anchor, granularity, shift);
  const reading: Reading = { value: unit === 'weekend' && value ? weekendValue(value) : value, granularity, relative: true };
  return which === 'last' && unit === 'year' && isQuarterBack(site) ? { ...reading, focus: 'yearBack' } : reading;
}

/** A word that starts a name with the capitalised word after it ("The Sunday Times", "Monday Night Football"). */
function startsName(site: Site, token: Token): boolean {
  // "Wednesday's Wall Street Journal": a possessive weekday is the day of what follows it, never the start of its name.
  if (/['’]s?$/u.test(token.text)) return false;
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
export function readWeekday(groups: Groups, site: Site): Reading | null {
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
    '': tenseAt(site) === 'future' || isDeferredTo(site) ? ahead : -back,
  };
  const which = groups.which?.toLowerCase().split(/\s+/u).pop() ?? '';
  return { value: dayValue(site.anchor + offsets[which]! * DAY_MS), granularity: 'day', relative: true };
}

/** "two years ago", "in a month"; a count that disagrees with the unit's number is table text ("600 week ago"). */
export function readCountedUnits(groups: Groups, site: Site, direction: 1 | -1): Reading | null {
  const word = groups.count!.toLowerCase();
  const count = /^\d/.test(word) ? Number(word) : Math.max(1, COUNT_WORDS.indexOf(word === 'an' ? 'a' : word));
  if ((count === 1) === Boolean(groups.plural)) return null;
  const unit = groups.unit!.toLowerCase();
  const [granularity, size]: [CalendarUnit, number] = unit === 'decade' ? ['year', 10] : [unit as CalendarUnit, 1];
  const reading: Reading = { value: shifted(site.anchor, granularity, direction * count * size), granularity, relative: true };
  return direction < 0 && count === 1 && unit === 'year' && (isComparison(site) || isQuarterBack(site)) ? { ...reading, focus: 'yearBack' } : reading;
}

/**
 * "up from $8 million a year earlier", "the year-earlier quarter", "year-ago profit": the article's quarter a year back,
 * or the year before publication when it names no quarter. `comparedOnly`: "a year earlier" is that only against a
 * figure or a period; elsewhere ("A year earlier, she had founded ...") it is an offset from some other event, no date.
 */
export function readYearBack(site: Site, comparedOnly: boolean): Reading | null {
  if (comparedOnly && !isComparison(site) && !isQuarterBack(site)) return null;
  return { value: shifted(site.anchor, 'year', -1), granularity: 'year', relative: true, focus: 'yearBack' };
}

/** "the quarter a year ago", "the same period last year", "last year's quarter": the article's quarter a year back. */
const QUARTER_BEFORE = /(?<![\p{L}])(?:quarter|period)\s+$/iu;
const QUARTER_AFTER = /^['’]s\s+(?:quarter|period)(?![\p{L}])/iu;

function isQuarterBack(site: Site): boolean {
  const { text } = site.doc;
  return QUARTER_BEFORE.test(text.slice(Math.max(site.sentence.start, site.start - 12), site.start)) || QUARTER_AFTER.test(text.slice(site.end, site.end + 12));
}

/** "up from $90 million a year ago", "higher than a year ago", "had $1.1 million a year ago": a figure for the same period a year back. */
const COMPARED = /(?<![\p{L}])(?:from|than|versus|vs\.|compared\s+(?:with|to))\s[^;:]{0,80}$/iu;
/** "had net income of $132,000, or three cents a share, a year ago": the figure right before it. */
const FIGURE_BEFORE = /\d(?:\s*(?:million|billion|trillion|cents?|%|percent))?(?:,?\s+or\s+[^,;:]{1,30})?(?:\s+a\s+share)?,?\s+$/iu;

function isComparison(site: Site): boolean {
  const before = site.doc.text.slice(site.sentence.start, site.start);
  return COMPARED.test(before) || FIGURE_BEFORE.test(before.slice(-60));
}

const SEASON_SHIFTS: Record<string, 'last' | 'this' | 'next'> = { last: 'last', past: 'last', this: 'this', next: 'next', coming: 'next' };

/**
 * A season: in a year given ("the summer of 1994"), relative to publication ("last fall", "this coming winter"), or
 * placed by the tense ("over the summer"). Not a verb ("prices fall"), not "the last summer" of something, not "the
 * fall of", "this fall in".
 */
export function readSeason(groups: Groups, site: Site): Reading | null {
  const first = tokenCovering(site, site.start);
  const last = tokenCovering(site, site.end - 1);
  const token = seasonToken(site, groups.season!);
  const which = groups.which?.toLowerCase().split(/\s+/u).pop();
  // after "last", "next", "coming", "past" it is a season whatever compromise or the next word says ("Slepian last fall
  // in his home"); "this fall in prices" is not
  const named = which !== undefined && which !== 'this';
  if (!first || !last || !token || (token.tags.has('Verb') && !named)) return null;
  const season = seasonNamed(groups.season!);
  const given = groups.spelled ? spelledYear(groups.spelled) : groups.year ? Number(groups.year) : undefined;
  if (given !== undefined) return isCountedBy(nextToken(site, last)) ? null : { value: seasonValue(season, given), granularity: 'season', relative: false };
  if (!named && SEASON_FOLLOWERS.has(nextToken(site, token)?.normal ?? '')) return null;
  if (which === 'last' && previousToken(site, first)?.normal === 'the') return null;
  const anchor = site.anchor;
  if (anchor === undefined) return { value: null, granularity: 'season', relative: true };
  const year = which ? relativeSeasonYear(season, SEASON_SHIFTS[which]!, anchor) : yearAround(site, seasonIn(season))!;
  return { value: seasonValue(season, year), granularity: 'season', relative: true };
}

/** The token of the site that holds the season's name. */
function seasonToken(site: Site, name: string): Token | undefined {
  const at = site.doc.text.indexOf(name, site.start);
  return at < 0 || at >= site.end ? undefined : tokenCovering(site, at);
}

/** Words after which a season's name is a noun of its own: "the fall of the Berlin Wall", "this fall in prices". */
const SEASON_FOLLOWERS: ReadonlySet<string> = new Set(['of', 'in', 'from', 'to', 'on']);

/** A half year: "H1 2025", "the second half of 2024", "the first half of next year", "the first half of the year" (publication's). */
export function readHalf(groups: Groups, site: Site): Reading | null {
  const half = groups.half ?? (/^first$/iu.test(groups.ordinal!) ? '1' : '2');
  if (groups.year) return { value: `${groups.year}-H${half}`, granularity: 'half', relative: false };
  if (site.anchor === undefined) return { value: null, granularity: 'half', relative: true };
  const year = calendar(site.anchor).year + (groups.which ? shiftOf(groups.which) : 0);
  return { value: `${yearValue(year)}-H${half}`, granularity: 'half', relative: true };
}

/** Where in its period an edge lies, as a share of the period: "the end of" at its close, "the middle of" halfway. */
const EDGE_AT: Record<string, number> = { end: 1, close: 1, rest: 1, remainder: 1, turn: 1, start: 0, beginning: 0, middle: 0.5 };

/**
 * "the end of the year", "the rest of the month": the publication's period; in the past tense, the one before when
 * the edge named still lies ahead of publication ("sales rose at the end of the year", published in March).
 */
export function readEdgeOfPeriod(groups: Groups, site: Site): Reading {
  const unit = groups.unit as CalendarUnit;
  const anchor = site.anchor;
  if (anchor === undefined) return { value: null, granularity: unit, relative: true };
  const [start, end] = periodAround(anchor, unit);
  const edge = start + (end - start) * EDGE_AT[groups.edge!.toLowerCase()]!;
  const shift = edge > anchor && tenseAt(site) === 'past' ? -1 : 0;
  return { value: shifted(anchor, unit, shift), granularity: unit, relative: true };
}

const reference = (value: ReferenceValue): Reading => ({ value, granularity: 'reference', relative: true });

/** "Now," opening a sentence marks a turn in the argument, not a time ("Now, the critics say"). */
const DISCOURSE_NOW = /^\s*,/u;

/** "as soon as", "soon after": a time set by some other event. */
const SOON_AS = /^\s+(?:as|after|before|afterwards?|thereafter)(?![\p{L}])/iu;

/**
 * "now", "currently", "recently", "soon" (REFERENCE_ADVERBS); not a name or title ("Apocalypse Now"), nor "Now,"
 * turning the argument, nor "soon" after another event ("as soon as", "soon after") or in the past tense ("was soon
 * released": soon after something else, not after publication).
 */
export function readReferenceAdverb(groups: Groups, site: Site): Reading | null {
  const word = groups.adverb!.toLowerCase();
  const after = site.doc.text.slice(site.end, site.end + 12);
  if (isCapitalisedInside(site) || (word === 'now' && tokenBefore(site) === undefined && DISCOURSE_NOW.test(after))) return null;
  const value = REFERENCE_ADVERBS.get(word)!;
  if (value === 'FUTURE_REF' && (SOON_AS.test(after) || tokenBefore(site)?.normal === 'as' || tenseAt(site) === 'past')) return null;
  return reference(value);
}

/**
 * "current" before what it dates ("its current chief", "current market conditions"): the present, or with "then" the
 * past ("the then current price"); not a noun ("the current of the river"), a name ("Current TV") or a term of
 * accounts ("the current account deficit").
 */
export function readCurrent(groups: Groups, site: Site): Reading | null {
  const last = tokenCovering(site, site.end - 1);
  const next = last && nextToken(site, last);
  if (!next || isCapitalisedInside(site) || last!.post.trim() !== '' || NOT_CURRENT_TIME.has(next.normal)) return null;
  if (!['Noun', 'Adjective', 'Value'].some((tag) => next.tags.has(tag)) || next.tags.has('Pronoun') || next.tags.has('Preposition')) return null;
  return reference(groups.then ? 'PAST_REF' : 'PRESENT_REF');
}

/**
 * "in recent years", "several years ago" (the past: a count too vague to place), "these days" (the present), "in coming
 * months", "future quarters" (the future).
 */
export function readRecentPeriod(groups: Groups): Reading {
  const which = groups.which?.toLowerCase();
  return reference(which === 'recent' || groups.vague ? 'PAST_REF' : which ? 'FUTURE_REF' : 'PRESENT_REF');
}

/**
 * "in the past" (the past), "into the future", "in the near future", "in the short term" (the future); not the start
 * of a span or a thing ("the past three years", "the past decade", "the future of the company").
 */
export function readPastOrFuture(groups: Groups, site: Site): Reading | null {
  const last = tokenCovering(site, site.end - 1);
  const next = last && nextToken(site, last);
  const joined = next !== undefined && last!.post.trim() === '';
  if (joined && (next.normal === 'of' || (['Value', 'Noun', 'Adjective'].some((tag) => next.tags.has(tag)) && !next.tags.has('Pronoun')))) return null;
  return reference(groups.time === 'past' ? 'PAST_REF' : 'FUTURE_REF');
}
