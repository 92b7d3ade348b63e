import { fullYear, monthNumber, shifted, yearValue } from './calendar.js';
import { HOLIDAY_NAMES } from './holidays.js';
import { alternation, SPELLED_DAY, SPELLED_YEAR, spelledYear } from './numbers.js';
import { SEASON_NAMES } from './seasons.js';
import {
  centuryReading,
  decadeOf,
  decadeReading,
  followsName,
  type Groups,
  isYearInContext,
  monthReading,
  monthsQuarterReading,
  ordinalQuarter,
  ordinalQuarterReading,
  quarterReading,
  readBareMonth,
  readCurrent,
  readCountedUnits,
  readDay,
  readDayWord,
  readEdgeOfPeriod,
  readExplicitDay,
  readHalf,
  readHoliday,
  readPastOrFuture,
  type Reading,
  readRecentPeriod,
  readReferenceAdverb,
  readMonthOfRelativeYear,
  readRelativeUnit,
  readSeason,
  readSpelledYear,
  readWeekday,
  readWeekend,
  readYearBack,
  readYear,
  shiftOf,
} from './readers.js';
import { tokenBefore, type Site } from './site.js';
import { WEEKDAY } from '../doc/patterns.js';
import { isProspective, isSince } from './tense.js';
import { COUNT_WORDS, DETERMINERS, EARLY_YEAR_LEADS, REFERENCE_ADVERBS } from './words.js';

export interface Rule {
  readonly pattern: RegExp;
  /** Text every match of `pattern` holds: a sentence without all of it is not scanned (most hold no date at all). */
  readonly hints: readonly RegExp[];
  read(groups: Groups, site: Site): Reading | null;
}

/**
 * The rules: a pattern each, run over a content sentence, and the reader that judges its matches (readers.ts). Every
 * pattern is a plain alternation with bounded repetition: linear on any input.
 */

const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH = `(?<month>(?:${MONTH_FULL})(?![\\p{L}\\p{N}])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![\\p{L}\\p{N}])\\.?)`;
/** A month's name or abbreviation, without a group of its own. */
const MONTH_NAME = `${MONTH_FULL}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec`;
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
/** A season's name, capitalised or not; "this coming", "this past" before one as before a weekday. */
const SEASON = `(?<season>${SEASON_NAMES.split('|').map((name) => `[${name[0]!.toUpperCase()}${name[0]}]${name.slice(1)}`).join('|')})${END}`;
const COUNT = '(?<![.,])(?<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})';
const UNITS = '(?<unit>day|week|month|quarter|year|decade)(?<plural>s)?';
/** Units of time in the plural, without a group: "recent years", "coming months". */
const PERIODS = '(?:years|months|weeks|days|quarters|decades)';

/** The reference adverbs, each in lower case or capitalised ("Now", "Currently"). */
const REFERENCE_ADVERB = alternation([...REFERENCE_ADVERBS.keys()]);

const pattern = (source: string, flags = '') => new RegExp(source, `gu${flags}`);

/** Hints: the three letters every month's name and abbreviation starts with; a digit; a unit of time. */
const MONTH_HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/u;
const DIGIT_HINT = /\d/u;
const UNIT_HINT = /day|week|month|quarter|year|decade/u;
const SEASON_HINT = /[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter/u;
/** The words every spelled-out year or day holds one of. */
const SPELLED_HINT = /(?:een|thousand|irst|econd|hird|th)(?![\p{L}])/iu;

export const RULES: readonly Rule[] = [
  // "January 29, 2025", "Wednesday, Jan. 29", "March 3"
  { pattern: pattern(`${LEFT}${WEEKDAY_BEFORE}${MONTH}\\s+${DAY}(?:${COMMA}${YEAR})?`), hints: [MONTH_HINT, DIGIT_HINT], read: readDay },
  // "29 January 2025", "29th of January", "11 March"; not the "4 Dec." of "Level 4 Dec. 24": a month abbreviated with a
  // full stop and a day after it is written month first (AP style), and the number before it is something else's.
  {
    pattern: pattern(`(?<![\\p{L}\\p{N}$£€¥.,])${WEEKDAY_BEFORE}${DAY}\\s+(?:of\\s+)?${MONTH}(?!(?:(?<=\\.)|\\.)\\s+[0-3]?\\d(?![\\p{N}]|[.,:]\\d))(?:${COMMA}${YEAR})?`),
    hints: [MONTH_HINT, DIGIT_HINT],
    read: readDay,
  },
  // the second day of "April 24 and 25", "Oct. 3 or 4"
  {
    pattern: pattern(`(?<=(?<![\\p{L}\\p{N}])${MONTH}\\s{1,4}(?<firstDay>[0-3]?\\d)(?:st|nd|rd|th)?\\s{0,4}(?:and|or|&)\\s{1,4})${DAY}(?!\\s*(?:%|percent|per\\s+cent))(?:${COMMA}${YEAR})?`),
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
  // "the July-September quarter", "the October-December period", "July-September 2013", "in July-September": the
  // calendar quarter the three months make ("July to September" only before "quarter" or "period")
  {
    pattern: pattern(
      `${LEFT}(?<from>${MONTH_NAME})\\.?(?:\\s*[-–—]\\s*(?<to>${MONTH_NAME})\\.?(?:,?\\s+${YEAR})?(?:\\s+(?:quarter|period))?|\\s+to\\s+(?<toWord>${MONTH_NAME})\\.?\\s+(?:quarter|period))${END}`,
    ),
    hints: [MONTH_HINT, /[-–—]|quarter|period/u],
    read: (g, site) => monthsQuarterReading(monthNumber(g.from!), monthNumber((g.to ?? g.toWord)!), site, g.year),
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
  // "H1 2025", "the second half of 2024", "the last half of next year", "the first two quarters of 1990", "the first
  // half of the year": halves as TimeML writes them, "2024-H2"
  {
    pattern: pattern(
      `${LEFT}(?:H(?<half>[12])\\s*|(?<ordinal>[Ff]irst|[Ss]econd|[Ll]ast|[Ll]atter)\\s+(?:half|two\\s+quarters)\\s+of\\s+(?:the\\s+(?=year${END}))?)` +
        `(?:${YEAR}|(?<which>last|this|next)\\s+year${END}|year${END})`,
    ),
    hints: [/H[12]|half|two quarters/u],
    read: readHalf,
  },
  // "1990s", "the '90s"
  {
    pattern: pattern(`${LEFT}(?:(?<century>19|20)(?<decade>\\d)0|['’](?<short>\\d)0)s${END}`),
    hints: [/0s/u],
    read: (g) => ({ value: `${g.century ?? (Number(g.short) >= 3 ? '19' : '20')}${g.decade ?? g.short}X`, granularity: 'year', relative: false }),
  },
  // "the nineties", "the late eighties" (after "the": "in their forties" is an age)
  {
    pattern: pattern(`(?<=(?<![\\p{L}\\p{N}])[Tt]he\\s{1,4}(?:(?:[Ee]arly|[Mm]id|[Ll]ate)(?:-|\\s{1,4}))?)(?<tens>${DECADE_WORDS})${END}`),
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
  // "the summer of 1994", "Spring 2025", "last fall", "this coming winter", "over the summer", "in the early spring"
  {
    pattern: pattern(`${LEFT}${SEASON}(?:,?\\s+|\\s+of\\s+)(?:${YEAR}|(?<spelled>${SPELLED_YEAR})${END})`),
    hints: [SEASON_HINT],
    read: readSeason,
  },
  { pattern: pattern(`${LEFT}${WEEKDAY_WHICH}${SEASON}`), hints: [SEASON_HINT], read: readSeason },
  {
    pattern: pattern(`(?<=(?:[Ii]n|[Oo]ver|[Dd]uring|[Tt]hrough|[Tt]hroughout|[Ii]nto|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]or|[Oo]f)\\s{1,4}[Tt]he\\s{1,4}(?:(?:[Ee]arly|[Mm]id|[Ll]ate)(?:-|\\s{1,4}))?)${SEASON}`),
    hints: [SEASON_HINT],
    read: readSeason,
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
  // "the end of the year", "the rest of the month": the publication's year or month (not "the fiscal year"), or the one
  // before when the past tense tells of an edge still to come ("sales rose at the end of the year", in March)
  {
    pattern: pattern(`${LEFT}(?:[Tt]he\\s+)?(?<edge>end|close|rest|remainder|start|beginning|middle|turn)\\s+of\\s+the\\s+(?<unit>week|month|quarter|year)${END}`),
    hints: [/ of the (?:week|month|quarter|year)/u],
    read: readEdgeOfPeriod,
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
      `${LEFT}(?:[Tt]he\\s+(?:latest|most\\s+recent|just[- ]ended)\\s+(?:fiscal\\s+)?(?:quarter|period)|[Tt]hat\\s+quarter|(?<=(?:[Ii]n|[Ff]or|[Dd]uring|[Tt]hroughout|[Oo]ver)\\s{1,4})[Tt]he\\s+quarter)${END}(?![-‐]|\\s+(?:that\\s+|which\\s+)?(?:ended|ending|ends|through)${END}|\\s+to\\s+(?:the\\s+end|${MONTH_NAME})${END}|\\s+a\\s+year\\s+(?:ago|earlier)${END})`,
    ),
    hints: [/quarter|period/u],
    read: (_g, site) => ({ value: null, granularity: 'quarter', relative: true, focus: /^that/iu.test(site.doc.text.slice(site.start, site.end)) ? 'last' : 'first' }),
  },
  // "the 1988 quarter", "the 1989 period": the article's quarter in that year
  {
    pattern: pattern(`(?<=(?<![\\p{L}\\p{N}])[Tt]he\\s{1,4})${YEAR}\\s+(?:quarter|period)${END}`),
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
    pattern: pattern(`(?<=(?:[Oo]ver|[Dd]uring|[Oo]n|[Aa]t|[Ff]or|[Uu]ntil|[Bb]y|[Oo]f|[Tt]hrough|[Ss]ince|[Bb]efore|[Aa]fter)\\s{1,4})[Tt]he\\s+weekend${END}`),
    hints: [/weekend/u],
    read: readWeekend,
  },
  // "for the week", "the week's most active session": the publication's week; not "the week before"
  {
    pattern: pattern(
      `(?:(?<=(?:[Ff]or|[Dd]uring|[Tt]hroughout)\\s{1,4})[Tt]he\\s+week${END}(?![-‐]|\\s+(?:ended|ending|to|through|before|after|since|earlier|ago|of)${END})|${LEFT}[Tt]he\\s+week(?=['’]s${END}))`,
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
  // "up from $8 million a year earlier": a figure for the same period a year back
  { pattern: pattern(`${LEFT}a\\s+year\\s+earlier${END}`, 'i'), hints: [/earlier/iu], read: (_g, site) => readYearBack(site, true) },
  // "the year-earlier quarter", "the year-ago period", "year-earlier profit"; "the year-ago third quarter" is the ordinal
  // quarter's (above)
  {
    pattern: pattern(
      `${LEFT}(?:(?:[Tt]he\\s+)?[Yy]ear-(?:ago|earlier)\\s+(?:quarter|period)${END}|[Yy]ear-(?:ago|earlier)(?=\\s+\\p{L}))` +
        `(?!\\s+(?:fiscal[- ])?(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[- ])`,
    ),
    hints: [/year-(?:ago|earlier)/iu],
    read: (_g, site) => readYearBack(site, false),
  },
  // words with no calendar value that TimeML dates by pointing at the present, past or future: "now", "currently",
  // "recently", "in recent years", "these days", "in coming months", "several years ago"
  { pattern: pattern(`${LEFT}(?<adverb>${REFERENCE_ADVERB})(?![\\p{L}\\p{N}-])`), hints: [new RegExp(REFERENCE_ADVERB, 'u')], read: readReferenceAdverb },
  {
    pattern: pattern(
      `${LEFT}(?:(?<which>[Rr]ecent|[Cc]oming|[Ff]uture)\\s+${PERIODS}|[Tt]hese\\s+days|(?<vague>[Aa]\\s+few|[Ss]everal|[Mm]any|[Ss]ome)\\s+${PERIODS}\\s+ago)${END}`,
    ),
    hints: [/[Rr]ecent|[Cc]oming|[Ff]uture|[Tt]hese days| ago/u],
    read: readRecentPeriod,
  },
  // "its current chief", "current market conditions", "the then current price"
  { pattern: pattern(`${LEFT}(?<then>[Tt]hen[- ])?[Cc]urrent${END}`), hints: [/[Cc]urrent(?![\p{L}])/u], read: readCurrent },
  // "in the past", "into the future", "about the future", "in the near future", "in the short term"
  {
    pattern: pattern(
      `(?<=(?<![\\p{L}])(?:[Ii]n|[Ii]nto|[Ff]or|[Aa]bout)\\s{1,4})[Tt]he\\s+(?:(?:near|distant)\\s+)?(?<time>past|future)${END}|${LEFT}[Tt]he\\s+(?:near|short)\\s+term${END}`,
    ),
    hints: [/the (?:near |distant |short )?(?:past|future|term)/iu],
    read: readPastOrFuture,
  },
  // "in three months", "in a year's time"; not "in a quarter that produced a loss", "in a year when", "in a month in which"
  {
    pattern: pattern(`${LEFT}[Ii]n\\s+${COUNT}\\s+${UNITS}(?:['’]s?\\s+time)?${END}(?!\\s+(?:that|which|when|where|in)${END})`),
    hints: [UNIT_HINT],
    read: (g, site) => (isProspective(site) ? readCountedUnits(g, site, 1) : null),
  },
];
