import { component } from '../doc/components.js';
import type { Money } from '../doc/layers.js';
import { currencyAfter, currencyBefore, currencyNameAfter, type CurrencyMark } from './currencies.js';
import type { Doc } from '../doc/document.js';
import { boundFields, findFigures, type FigureRules, type Reading } from './figures.js';
import { withIds } from '../doc/ids.js';
import { atClauseEnd, readNumber, SCALE_WORDS, stickyMatch, type NumberReading } from './numbers.js';
import type { Span } from '../doc/spans.js';

/** ISO 4217 code, or null when the currency cannot be told ("10 dinars"). */
type Currency = string | null;
type MoneyReading = Reading<Currency>;

export const moneyComponent = component({
  name: 'money',
  requires: [],
  assigns: ['money'],
  run: (doc) => ({ money: extractMoney(doc) }),
});

/**
 * Monetary expressions: a currency sign, code or name with a number ("$60 billion", "€20", "176 Hong Kong dollars",
 * "twenty-five euros", "50 cents"), ranges ("$1m-$2m", "between $5bn and $10bn"), vague amounts ("hundreds of
 * billions of dollars", "a multibillion-dollar deal"), prices per unit ("$9.99 a month") and their qualifiers.
 */
export function extractMoney(doc: Doc): Money[] {
  const figures = findFigures(doc, MONEY_RULES);
  return withIds('m', figures.map((f) => ({ text: doc.text.slice(f.start, f.end), start: f.start, end: f.end, amount: f.value, currency: f.unit, ...boundFields(f) })));
}

const MONEY_RULES: FigureRules<Currency> = {
  read: (text, at, sentence) => readVague(text, at, sentence.end) ?? readSignFirst(text, at, sentence.end) ?? readNumberFirst(text, at, sentence),
  unite(a, b) {
    if (a === undefined || b === undefined) return a ?? b;
    if (a === null || b === null || a === b) return a ?? b;
    return undefined;
  },
  extend: perUnit,
};

/** "$5bn", "US$ 4.7 billion", "EUR 20", "Rs. 20", "hk $ 10.05 billion". */
function readSignFirst(text: string, at: number, limit: number): MoneyReading | null {
  const sign = currencyBefore(text, at, limit);
  if (!sign) return null;
  const numberAt = /[ \t\u00a0]/.test(text[sign.end] ?? '') ? sign.end + 1 : sign.end;
  const number = readNumber(text, numberAt, limit, { spacedThousands: sign.form === 'sign' });
  if (!number || number.article) return null;
  return withCents(text, { start: at, end: number.end, value: number.value, unit: sign.code, scale: number.scale }, number, limit);
}

/** "20 euros", "five million yen", "a buck", "10$", "100 USD", "53p", "one-yen"; or a bare number, for ranges. */
function readNumberFirst(text: string, at: number, sentence: Span): MoneyReading | null {
  const number = readNumber(text, at, sentence.end);
  if (!number) return null;
  const currency = currencyAfter(text, number.end, sentence.end);
  if (!currency || !countsAsMoney(text, number, currency, sentence)) {
    return number.article ? null : { start: at, end: number.end, value: number.value, unit: undefined, scale: number.scale };
  }
  const reading = { start: at, end: currency.end, value: number.value, unit: currency.code, scale: number.scale };
  return currency.minor ? { ...reading, value: number.value / 100, divisor: 100 } : withCents(text, reading, number, sentence.end);
}

/** Video resolutions and frame rates, not pence: "1080p", "720p". */
const NOT_PENCE = new Set([144, 240, 360, 480, 540, 576, 720, 1080, 1440, 2160, 4320]);

// (?<!\w) and (?!\w) are word boundaries, as in patterns.ts.
const WEIGHED = /(?<!\w)(?:weigh\p{L}*|lost|los(?:e|es|ing)|shed\p{L}*|gain(?:ed|s|ing)?)\s+(?:\p{L}+\s+)?$/iu;
/** "in 2019 dollars", "constant 2015 dollars", "$400 million (1999 dollars)": the year whose prices a figure is in. */
const YEAR_OF_PRICES = /(?:(?<!\w)(?:in|constant|current|today's|real|nominal)\s+|\(\s*)$/iu;

/** Whether a number and the currency word after it are money, not "a pound of", "1080p", "won 3", "in 2019 dollars". */
function countsAsMoney(text: string, number: NumberReading, currency: CurrencyMark, sentence: Span): boolean {
  if (number.article) return currency.withArticle;
  if (currency.form === 'pence letter') return number.value < 1000 && !NOT_PENCE.has(number.value);
  if (currency.largeOnly && number.scale === 1 && number.value < 1000) return false;
  if (currency.alsoWeight && number.scale === 1 && isWeight(text, number, currency, sentence)) return false;
  const yearLike = number.whole && /^\d{4}$/.test(text.slice(number.start, number.end)) && number.value >= 1800 && number.value <= 2100;
  return !(yearLike && currency.form === 'name' && YEAR_OF_PRICES.test(before(text, sentence, number.start)));
}

const before = (text: string, sentence: Span, at: number) => text.slice(Math.max(sentence.start, at - 40), at);

/** "a 3-pound laptop", "10 pounds of sugar", "weighs 3 pounds", "lost 20 pounds". */
function isWeight(text: string, number: NumberReading, currency: CurrencyMark, sentence: Span): boolean {
  const hyphenated = text.slice(number.end, currency.end).trimStart().startsWith('-');
  return hyphenated || /^\s+of\b/i.test(text.slice(currency.end, currency.end + 4)) || WEIGHED.test(before(text, sentence, number.start));
}

/** Cents after whole units: "3 dollars 50 cents", "$20 and 43c", "thirteen dollars forty-five", "20 ringgit and 43 sen". */
const CENTS_JOIN = /[ \t\u00a0]+(?:and[ \t\u00a0]+)?/iy;
const CENTS_UNIT = /[ \t\u00a0]*c(?![\p{L}\p{N}])|[ \t\u00a0]+(?:cents?|pence|penny|pennies|sens?|kopiykas?|kopiyok|kopeks?|kopecks?|paise|paisa|fen)(?![\p{L}])/iuy;

function withCents(text: string, major: MoneyReading, number: NumberReading, limit: number): MoneyReading {
  if (!number.whole) return major;
  const join = stickyMatch(CENTS_JOIN, text, major.end);
  if (!join) return major;
  const cents = readNumber(text, major.end + join[0].length, limit);
  if (!cents || !cents.whole || cents.article || cents.value < 1 || cents.value > 99) return major;
  const unit = stickyMatch(CENTS_UNIT, text, cents.end);
  // Without a unit, the cents must close the clause: "$20 43", not "$20 43 times".
  if (!unit && !atClauseEnd(text, cents.end, limit)) return major;
  const end = unit ? cents.end + unit[0].length : cents.end;
  return end <= limit ? { ...major, end, value: major.value + cents.value / 100 } : major;
}

/** "hundreds of billions of dollars", "tens of millions of pounds", "billions of dollars". */
const PLURAL_MAGNITUDE = /(tens|dozens|hundreds|thousands|millions|billions|trillions)(?:[ \t\u00a0]+of[ \t\u00a0]+(thousands|millions|billions|trillions))?[ \t\u00a0]+of(?=[ \t\u00a0])/iy;
/** "a multibillion-dollar deal", "a multi-million pound contract". */
const MULTI_MAGNITUDE = /multi-?[ \t\u00a0]?(million|billion|trillion)(?=[ \t\u00a0-])/iy;
/** "several billion dollars", "a few million euros". */
const FEW_MAGNITUDE = /(?:several|a[ \t\u00a0]+few)[ \t\u00a0]+(hundred|thousand|million|billion|trillion)(?=[ \t\u00a0-])/iy;

/** The span of amounts a plural magnitude stands for: "billions" are 1e9 up to a thousand billion. */
const PLURAL_BOUNDS: Readonly<Record<string, readonly [number, number]>> = {
  tens: [10, 100],
  dozens: [12, 100],
  hundreds: [100, 1000],
  thousands: [1e3, 1e6],
  millions: [1e6, 1e9],
  billions: [1e9, 1e12],
  trillions: [1e12, 1e15],
};

/** The letters, in either case, the vague amounts start with: a plural magnitude, "multi-", "several", "a few". */
const VAGUE_INITIALS = new Set([...Object.keys(PLURAL_BOUNDS), 'multi', 'several', 'a'].flatMap((word) => [word[0]!, word[0]!.toUpperCase()]));

function readVague(text: string, at: number, limit: number): MoneyReading | null {
  if (!VAGUE_INITIALS.has(text[at] ?? '')) return null;
  const plural = stickyMatch(PLURAL_MAGNITUDE, text, at);
  if (plural) {
    const [low, high] = PLURAL_BOUNDS[plural[1]!.toLowerCase()]!;
    const of = plural[2] ? SCALE_WORDS[plural[2].toLowerCase().slice(0, -1)]! : 1;
    return vagueMoney(text, at, at + plural[0].length, limit, low * of, high * of);
  }
  const multi = stickyMatch(MULTI_MAGNITUDE, text, at);
  if (multi) {
    const scale = SCALE_WORDS[multi[1]!.toLowerCase()]!;
    return vagueMoney(text, at, at + multi[0].length, limit, scale, scale * 1000);
  }
  const few = stickyMatch(FEW_MAGNITUDE, text, at);
  if (few) {
    const scale = SCALE_WORDS[few[1]!.toLowerCase()]!;
    return vagueMoney(text, at, at + few[0].length, limit, 2 * scale, 10 * scale);
  }
  return null;
}

function vagueMoney(text: string, start: number, end: number, limit: number, min: number, max: number): MoneyReading | null {
  const name = currencyNameAfter(text, end, limit);
  if (!name || name.minor) return null;
  return { start, end: name.end, value: min, unit: name.code, scale: min, bounds: { min, max } };
}

/** The unit a price is for: "$150 a share", "$9.99-a-month", "$17 per child per year", "$5/month", "£5 each". */
const UNIT_NOUNS = [
  'share', 'month', 'year', 'day', 'week', 'hour', 'minute', 'night', 'head', 'person', 'user', 'customer', 'subscriber', 'member', 'seat',
  'ticket', 'unit', 'piece', 'item', 'copy', 'barrel', 'gallon', 'litre', 'liter', 'ton', 'tonne', 'kilo', 'kilogram', 'kg', 'ounce',
  'pound', 'mile', 'kilometre', 'kilometer', 'gigabyte', 'megabyte', 'terabyte', 'download', 'song', 'track', 'game', 'app', 'device',
  'phone', 'licence', 'license', 'pop', 'employee', 'worker', 'student', 'pupil', 'child', 'household', 'passenger', 'vehicle', 'car',
  'page', 'word', 'click', 'view', 'stream', 'visit', 'trip', 'ride', 'meal', 'dozen', 'pack', 'box', 'bottle', 'dose', 'pill', 'gram',
  'quarter', 'season', 'episode', 'issue', 'session', 'lesson', 'class', 'square foot', 'square metre', 'square meter', 'room',
];
const HYPHEN_OR_SPACE = '(?:[ \\t\\u00a0]*-[ \\t\\u00a0]*|[ \\t\\u00a0]+)';
const UNIT = `(?:${UNIT_NOUNS.join('|').replace(/ /g, '[ \\t\\u00a0]+')})`;
/** "a year" is a time, not a unit, in "$5bn a year earlier". */
const NOT_A_PRICE = '(?![ \\t\\u00a0]+(?:earlier|ago|before|later|after|previously|prior)(?![\\p{L}]))';
const PER_UNIT = new RegExp(
  `(?:${HYPHEN_OR_SPACE}(?:a|an|per|each)${HYPHEN_OR_SPACE}${UNIT}(?![\\p{L}])${NOT_A_PRICE}|[ \\t\\u00a0]*/[ \\t\\u00a0]*(?:${UNIT}|mo|yr|hr)|[ \\t\\u00a0]+per[ \\t\\u00a0]+(?!cent\\b|the\\b|an?\\b)\\p{L}+|[ \\t\\u00a0]+each)(?![\\p{L}])`,
  'iuy',
);

function perUnit(text: string, end: number, limit: number): number {
  for (let count = 0; count < 2; count++) {
    const unit = stickyMatch(PER_UNIT, text, end);
    if (!unit || end + unit[0].length > limit) break;
    end += unit[0].length;
  }
  return end;
}
