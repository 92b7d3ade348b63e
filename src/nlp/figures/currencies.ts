import { isAsciiDigit } from '../doc/chars.js';
import { stickyMatch } from './numbers.js';
import type { Span } from '../doc/spans.js';

/** A currency written next to a number: a sign ("$", "HK$"), a code ("USD") or a name ("Hong Kong dollars", "cents"). */
export interface CurrencyMark extends Span {
  /** ISO 4217; null when the name alone does not tell which ("dinars"). */
  readonly code: string | null;
  readonly form: 'sign' | 'code' | 'name' | 'pence letter';
  /** The number counts hundredths: "50 cents", "20p". */
  readonly minor: boolean;
  /** May follow the article as a number: "a dollar", "a buck". */
  readonly withArticle: boolean;
  /** A word that is mostly something else after a small number ("won"): money only with a magnitude or a country. */
  readonly largeOnly: boolean;
  /** Also a unit of weight ("pounds"). */
  readonly alsoWeight: boolean;
}

const SIGNS: Readonly<Record<string, string>> = {
  $: 'USD',
  '£': 'GBP',
  '€': 'EUR',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₽': 'RUB',
  '₺': 'TRY',
  '₪': 'ILS',
  '₫': 'VND',
  '₱': 'PHP',
  '₦': 'NGN',
  '₴': 'UAH',
  '₡': 'CRC',
  '₾': 'GEL',
  '₭': 'LAK',
  '฿': 'THB',
  '₸': 'KZT',
  '₼': 'AZN',
  '₮': 'MNT',
  '₵': 'GHS',
  '₲': 'PYG',
  'ரூ': 'LKR',
};
/** Signs written only after the number: "100元". */
const SIGNS_AFTER: Readonly<Record<string, string>> = { 元: 'CNY', 円: 'JPY' };
/** Letters before "$" that say which dollar: "US$", "A$", "HK$". */
const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  US: 'USD',
  'U.S.': 'USD',
  A: 'AUD',
  AU: 'AUD',
  C: 'CAD',
  CA: 'CAD',
  CAN: 'CAD',
  HK: 'HKD',
  S: 'SGD',
  SG: 'SGD',
  NZ: 'NZD',
  R: 'BRL',
  NT: 'TWD',
  MX: 'MXN',
};
/** Lower-cased, tokenised text puts a space in the prefix: "hk $ 10.05 billion". */
const SPACED_DOLLAR_PREFIXES = ['us', 'u.s', 'c', 'hk', 'nz'];

/** ISO 4217 codes of currencies in the news; codes that are also words or names in capitals (ALL, COP, AMD, PHP) are left out. */
const CODES = (
  'USD EUR GBP JPY CNY INR AUD CAD CHF HKD SGD NZD KRW SEK NOK DKK ISK PLN CZK HUF RON BGN HRK RUB UAH BYN KZT TRY ILS AED ' +
  'SAR QAR KWD BHD OMR JOD EGP LBP MAD TND NGN KES GHS ZAR BRL MXN ARS CLP UYU TWD THB MYR IDR VND PKR BDT LKR MNT GEL AZN'
).split(' ');
const CODE_ALIASES: Readonly<Record<string, string>> = { RMB: 'CNY' };
/** Codes that read as money in lower case too ("40 rmb"); the rest are English words in lower case. */
const NOT_LOWER_CASE = new Set(['CAD', 'TRY', 'GEL', 'MAD', 'RON', 'ILS', 'RUB']);
const codeOf = (written: string) => {
  const upper = written.toUpperCase();
  return CODE_ALIASES[upper] ?? upper;
};
/** Abbreviations before the number ("Rs. 20", "RM 42") and after it ("20Rs", "5 zł"). */
const ABBREVIATIONS_BEFORE: Readonly<Record<string, string>> = { 'Rs.': 'INR', Rs: 'INR', RM: 'MYR', Rp: 'IDR', KSh: 'KES', Ksh: 'KES' };
const ABBREVIATIONS_AFTER: Readonly<Record<string, string>> = { Rs: 'INR', RM: 'MYR', zł: 'PLN', Kč: 'CZK' };

interface NameEntry {
  /** Singular and plural forms, separated by "|". */
  names: string;
  code: string | null;
  /** Country words that pick the currency: "hong kong dollars". Alternatives separated by "|". */
  modifiers?: Readonly<Record<string, string>>;
  minor?: boolean;
  withArticle?: boolean;
  largeOnly?: boolean;
  alsoWeight?: boolean;
  /** Only with a country word: "Brazilian real", not "real". */
  modifiedOnly?: boolean;
}

const NAMES: readonly NameEntry[] = [
  {
    names: 'dollar|dollars',
    code: 'USD',
    withArticle: true,
    modifiers: {
      'us|u.s.|u.s|american|united states': 'USD',
      'australian|aussie': 'AUD',
      canadian: 'CAD',
      'hong kong': 'HKD',
      'new zealand|nz|kiwi': 'NZD',
      'singapore|singaporean': 'SGD',
      'taiwan|taiwanese|new taiwan': 'TWD',
      'zimbabwe|zimbabwean': 'ZWL',
      jamaican: 'JMD',
      namibian: 'NAD',
      fijian: 'FJD',
      brunei: 'BND',
      bahamian: 'BSD',
      'east caribbean': 'XCD',
      'trinidad and tobago': 'TTD',
      liberian: 'LRD',
      guyanese: 'GYD',
      belize: 'BZD',
    },
  },
  { names: 'buck|bucks', code: 'USD', withArticle: true },
  { names: 'euro|euros', code: 'EUR', withArticle: true },
  {
    names: 'pound|pounds',
    code: 'GBP',
    alsoWeight: true,
    modifiers: { 'british|uk|u.k.': 'GBP', egyptian: 'EGP', lebanese: 'LBP', syrian: 'SYP', sudanese: 'SDG', 'south sudanese': 'SSP' },
  },
  { names: 'pounds sterling|sterling|quid', code: 'GBP' },
  { names: 'yen', code: 'JPY', modifiers: { japanese: 'JPY' } },
  { names: 'yuan|renminbi', code: 'CNY', modifiers: { chinese: 'CNY' } },
  {
    names: 'rupee|rupees',
    code: 'INR',
    modifiers: { indian: 'INR', pakistani: 'PKR', 'sri lankan': 'LKR', 'nepalese|nepali': 'NPR', mauritian: 'MUR', seychellois: 'SCR' },
  },
  { names: 'won', code: 'KRW', largeOnly: true, modifiers: { 'south korean|korean': 'KRW', 'north korean': 'KPW' } },
  {
    names: 'franc|francs',
    code: 'CHF',
    modifiers: { swiss: 'CHF', french: 'FRF', belgian: 'BEF', cfa: 'XOF', congolese: 'CDF', rwandan: 'RWF', guinean: 'GNF', burundian: 'BIF' },
  },
  { names: 'rouble|roubles|ruble|rubles', code: 'RUB', modifiers: { russian: 'RUB', belarusian: 'BYN' } },
  { names: 'lira|liras|lire', code: 'TRY', modifiers: { turkish: 'TRY', italian: 'ITL' } },
  { names: 'reais', code: 'BRL', modifiers: { brazilian: 'BRL' } },
  { names: 'real|reals', code: null, modifiedOnly: true, modifiers: { brazilian: 'BRL' } },
  {
    names: 'peso|pesos',
    code: null,
    modifiers: {
      mexican: 'MXN',
      'argentine|argentinian|argentinean': 'ARS',
      chilean: 'CLP',
      colombian: 'COP',
      'philippine|filipino': 'PHP',
      uruguayan: 'UYU',
      dominican: 'DOP',
      cuban: 'CUP',
    },
  },
  { names: 'rand', code: 'ZAR', modifiers: { 'south african': 'ZAR' } },
  { names: 'krona|kronor', code: 'SEK', modifiers: { swedish: 'SEK', icelandic: 'ISK' } },
  { names: 'krone|kroner', code: null, modifiers: { danish: 'DKK', norwegian: 'NOK' } },
  { names: 'zloty|zlotys|zlotych', code: 'PLN', modifiers: { polish: 'PLN' } },
  { names: 'forint|forints', code: 'HUF', modifiers: { hungarian: 'HUF' } },
  { names: 'koruna|korunas|koruny', code: 'CZK', modifiers: { czech: 'CZK' } },
  { names: 'shekel|shekels|sheqel|sheqels', code: 'ILS', modifiers: { 'israeli|new israeli|new': 'ILS' } },
  { names: 'riyal|riyals', code: 'SAR', modifiers: { saudi: 'SAR', qatari: 'QAR', yemeni: 'YER' } },
  { names: 'rial|rials', code: null, modifiers: { iranian: 'IRR', omani: 'OMR', yemeni: 'YER' } },
  { names: 'dirham|dirhams', code: 'AED', modifiers: { 'uae|emirati': 'AED', moroccan: 'MAD' } },
  {
    names: 'dinar|dinars',
    code: null,
    modifiers: { kuwaiti: 'KWD', bahraini: 'BHD', jordanian: 'JOD', iraqi: 'IQD', serbian: 'RSD', tunisian: 'TND', algerian: 'DZD', libyan: 'LYD' },
  },
  { names: 'naira', code: 'NGN', modifiers: { nigerian: 'NGN' } },
  { names: 'cedi|cedis', code: 'GHS', modifiers: { ghanaian: 'GHS' } },
  { names: 'shilling|shillings', code: null, modifiers: { kenyan: 'KES', ugandan: 'UGX', tanzanian: 'TZS', somali: 'SOS', austrian: 'ATS' } },
  { names: 'ringgit|ringgits', code: 'MYR', modifiers: { 'malaysian|malaysia': 'MYR' } },
  { names: 'baht', code: 'THB', modifiers: { thai: 'THB' } },
  { names: 'rupiah|rupiahs', code: 'IDR', modifiers: { indonesian: 'IDR' } },
  { names: 'dong', code: 'VND', modifiers: { vietnamese: 'VND' } },
  { names: 'hryvnia|hryvnias|hryvnas', code: 'UAH', modifiers: { ukrainian: 'UAH' } },
  { names: 'tenge', code: 'KZT', modifiers: { 'kazakh|kazakhstani': 'KZT' } },
  { names: 'tugrik|tugriks|tughrik|tughriks', code: 'MNT', modifiers: { mongolian: 'MNT' } },
  { names: 'lev|leva', code: 'BGN', modifiers: { bulgarian: 'BGN' } },
  { names: 'leu|lei', code: 'RON', modifiers: { romanian: 'RON', moldovan: 'MDL' } },
  { names: 'lari', code: 'GEL', modifiers: { georgian: 'GEL' } },
  { names: 'taka', code: 'BDT', modifiers: { bangladeshi: 'BDT' } },
  { names: 'guilder|guilders', code: 'NLG', modifiers: { dutch: 'NLG' } },
  { names: 'markka|markkaa', code: 'FIM', modifiers: { finnish: 'FIM' } },
  { names: 'peseta|pesetas', code: 'ESP', modifiers: { spanish: 'ESP' } },
  { names: 'escudo|escudos', code: 'PTE', modifiers: { portuguese: 'PTE' } },
  { names: 'drachma|drachmas|drachmae', code: 'GRD', modifiers: { greek: 'GRD' } },
  { names: 'deutschmark|deutschmarks|deutsche mark|deutsche marks', code: 'DEM' },
  { names: 'mark|marks', code: null, modifiedOnly: true, modifiers: { german: 'DEM', finnish: 'FIM' } },
  {
    names: 'cent|cents',
    code: 'USD',
    minor: true,
    withArticle: true,
    modifiers: { euro: 'EUR', 'us|u.s.|american': 'USD', canadian: 'CAD', australian: 'AUD', 'new zealand': 'NZD', 'hong kong': 'HKD', singapore: 'SGD' },
  },
  { names: 'penny|pennies|pence', code: 'GBP', minor: true, withArticle: true },
  { names: 'kopek|kopeks|kopeck|kopecks', code: 'RUB', minor: true },
  { names: 'kopiyka|kopiykas|kopiyok', code: 'UAH', minor: true },
  { names: 'paisa|paise', code: 'INR', minor: true },
];

/** Name phrases ("hong kong dollars") → what they mean; a name with a country word is "modified". */
interface NameMeaning {
  entry: NameEntry;
  code: string | null;
  modified: boolean;
}

const NAME_MEANINGS: ReadonlyMap<string, NameMeaning> = new Map(
  NAMES.flatMap((entry) =>
    entry.names.split('|').flatMap((form) => {
      const plain: [string, NameMeaning][] = entry.modifiedOnly ? [] : [[form, { entry, code: entry.code, modified: false }]];
      const modified = Object.entries(entry.modifiers ?? {}).flatMap(([words, code]) =>
        words.split('|').map((word): [string, NameMeaning] => [`${word} ${form}`, { entry, code, modified: true }]),
      );
      return [...plain, ...modified];
    }),
  ),
);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, '[ \\t\\u00a0]+')).join('|');
const normalise = (phrase: string) => phrase.toLowerCase().replace(/\s+/g, ' ');

const SIGN = alternation(Object.keys(SIGNS));
const PREFIX = alternation([...Object.keys(DOLLAR_PREFIXES), ...Object.keys(DOLLAR_PREFIXES).map((p) => p.toLowerCase())]);
const CODE = alternation([...CODES, ...Object.keys(CODE_ALIASES)]);
const LOWER_CODE = alternation([...CODES, ...Object.keys(CODE_ALIASES)].filter((c) => !NOT_LOWER_CASE.has(c)).map((c) => c.toLowerCase()));
const SPACE = '[ \\t\\u00a0]';

/** A currency and then, after at most one space, a digit. */
const BEFORE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}])(?:(${PREFIX})\\$|(${alternation(SPACED_DOLLAR_PREFIXES)}) \\$|(${CODE}|${LOWER_CODE})|(${alternation(Object.keys(ABBREVIATIONS_BEFORE))}))|(${SIGN}))(?=${SPACE}?\\.?\\d)`,
  'uy',
);

/** The longest currency BEFORE reads ("U.S.$"); none holds a space, which would let a form run on. */
const LONGEST_BEFORE = Math.max(
  ...[
    ...Object.keys(DOLLAR_PREFIXES).map((prefix) => `${prefix}$`),
    ...SPACED_DOLLAR_PREFIXES.map((prefix) => `${prefix} $`),
    ...CODES,
    ...Object.keys(CODE_ALIASES),
    ...Object.keys(ABBREVIATIONS_BEFORE),
    ...Object.keys(SIGNS),
  ].map((form) => form.length),
);

/** Whether a digit stands in [from, to): BEFORE needs one right after its currency, and this is cheaper to ask first. */
function digitWithin(text: string, from: number, to: number): boolean {
  for (let i = from; i < to && i < text.length; i++) if (isAsciiDigit(text.charCodeAt(i))) return true;
  return false;
}

/** What follows a number: an attached sign ("20€", "3.14US$"), a code, an abbreviation, a sign at the end, a name. */
const DOLLAR_AFTER = new RegExp(`(${PREFIX})?\\$`, 'uy');
const OTHER_SIGN = `${SIGN}|${alternation(Object.keys(SIGNS_AFTER))}|¢`;
const SIGN_AFTER = new RegExp(`(${OTHER_SIGN})`, 'uy');
/** "100 ₡" at the end, but not the "$" of "5 $10 bills". */
const SPACED_SIGN_AFTER = new RegExp(`${SPACE}(${OTHER_SIGN})(?!${SPACE}?\\.?\\d)`, 'uy');
const CODE_AFTER = new RegExp(`${SPACE}?(${CODE}|${LOWER_CODE}|${alternation(Object.keys(ABBREVIATIONS_AFTER))})(?![\\p{L}\\p{N}])`, 'uy');
const NAME_AFTER = new RegExp(`(?:${SPACE}+|${SPACE}*-${SPACE}*)(${alternation(NAME_MEANINGS.keys())})(?![\\p{L}\\p{N}])`, 'iuy');
const PENCE_LETTER = /p(?![\p{L}\p{N}])/uy;

const mark = (start: number, end: number, code: string | null, form: CurrencyMark['form'], details: Partial<CurrencyMark> = {}): CurrencyMark => ({
  start,
  end,
  code,
  form,
  minor: false,
  withArticle: false,
  largeOnly: false,
  alsoWeight: false,
  ...details,
});

/** The currency at `at` that a number follows: "$", "US$", "hk $", "EUR", "Rs.". */
export function currencyBefore(text: string, at: number, limit: number): CurrencyMark | null {
  // The digit comes after the currency, at most a space and a point later.
  if (!digitWithin(text, at, at + LONGEST_BEFORE + 3)) return null;
  const match = stickyMatch(BEFORE, text, at);
  if (!match || at + match[0].length > limit) return null;
  const [written, prefix, spacedPrefix, code, abbreviation, sign] = match;
  const end = at + written.length;
  if (prefix !== undefined) return mark(at, end, DOLLAR_PREFIXES[prefix.toUpperCase()]!, 'sign');
  if (spacedPrefix !== undefined) return mark(at, end, DOLLAR_PREFIXES[spacedPrefix.toUpperCase().replace(/^U\.S$/, 'U.S.')]!, 'sign');
  if (code !== undefined) return mark(at, end, codeOf(code), 'code');
  if (abbreviation !== undefined) return mark(at, end, ABBREVIATIONS_BEFORE[abbreviation]!, 'code');
  return mark(at, end, SIGNS[sign!]!, 'sign');
}

/** The currency written right after a number that ends at `at`. */
export function currencyAfter(text: string, at: number, limit: number): CurrencyMark | null {
  const fits = (match: RegExpExecArray | null): match is RegExpExecArray => match !== null && at + match[0].length <= limit;
  const dollar = stickyMatch(DOLLAR_AFTER, text, at);
  if (fits(dollar)) return mark(at, at + dollar[0].length, dollar[1] ? DOLLAR_PREFIXES[dollar[1].toUpperCase()]! : 'USD', 'sign');
  const sign = stickyMatch(SIGN_AFTER, text, at) ?? stickyMatch(SPACED_SIGN_AFTER, text, at);
  if (fits(sign)) return signMark(at, at + sign[0].length, sign[1]!);
  const code = stickyMatch(CODE_AFTER, text, at);
  if (fits(code)) return mark(at, at + code[0].length, ABBREVIATIONS_AFTER[code[1]!] ?? codeOf(code[1]!), 'code');
  const name = currencyNameAfter(text, at, limit);
  if (name) return name;
  const pence = stickyMatch(PENCE_LETTER, text, at);
  return fits(pence) ? mark(at, at + 1, 'GBP', 'pence letter', { minor: true }) : null;
}

function signMark(start: number, end: number, sign: string): CurrencyMark {
  if (sign === '¢') return mark(start, end, 'USD', 'sign', { minor: true });
  return mark(start, end, SIGNS[sign] ?? SIGNS_AFTER[sign]!, 'sign');
}

/** A currency name after a number ("dollars", "Hong Kong dollars", "-yen", "cents"), with what it means. */
export function currencyNameAfter(text: string, at: number, limit: number): CurrencyMark | null {
  const match = stickyMatch(NAME_AFTER, text, at);
  if (!match || at + match[0].length > limit) return null;
  const meaning = NAME_MEANINGS.get(normalise(match[1]!))!;
  const { entry } = meaning;
  return mark(at, at + match[0].length, meaning.code, 'name', {
    minor: entry.minor ?? false,
    withArticle: entry.withArticle ?? false,
    largeOnly: (entry.largeOnly ?? false) && !meaning.modified,
    alsoWeight: entry.alsoWeight ?? false,
  });
}
