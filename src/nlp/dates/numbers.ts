import { NUMBER_WORDS } from './words.js';

/**
 * Numbers written out, as broadcast transcripts write dates: years ("nineteen ninety-seven", "two thousand and one",
 * "nineteen oh five") and days ("March eighth", "the twenty-first of May"). Patterns are plain alternations of the
 * words in data/date-words.json (`numberWords`), each in lower case or capitalised.
 */

const { units, teens, tens, ordinalUnits, ordinalTeens, ordinalTens } = NUMBER_WORDS;
/** A word that may open a sentence: "[Nn]ineteen". */
const word = (w: string) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`;
/** Words as a regex alternation, each in lower case or capitalised. */
export const alternation = (words: readonly string[]) => words.map(word).join('|');
const JOIN = '[- ]';

/** 1-99 in words: "seven", "twelve", "ninety-six". */
const UNDER_HUNDRED = `(?:(?:${alternation(tens)})(?:${JOIN}(?:${alternation(units)}))?|${alternation(teens)}|${alternation(units)})`;

/** A year in words: "nineteen ninety-seven", "eighteen hundred", "nineteen oh five", "two thousand", "two thousand and one". */
export const SPELLED_YEAR =
  `(?:(?:${word('nineteen')}|${word('eighteen')})${JOIN}(?:hundred|oh${JOIN}(?:${alternation(units)})|(?:${alternation(tens)})(?:${JOIN}(?:${alternation(units)}))?|${alternation(teens)})` +
  `|${word('two')}${JOIN}thousand(?:(?:${JOIN}and)?${JOIN}${UNDER_HUNDRED})?)`;

/** A day of the month in words: "first" to "thirty-first". */
export const SPELLED_DAY = `(?:(?:${word('twenty')}|${word('thirty')})${JOIN}(?:${alternation(ordinalUnits)})|${alternation(ordinalTeens)}|${alternation(ordinalTens)}|${alternation(ordinalUnits)})`;

/** The value of one number word: "seven" 7, "twelfth" 12, "ninety" 90, "thirtieth" 30. */
function wordValue(word: string): number {
  const at = (list: readonly string[], first: number, step = 1) => (list.includes(word) ? first + list.indexOf(word) * step : undefined);
  return at(units, 1) ?? at(teens, 10) ?? at(tens, 20, 10) ?? at(ordinalUnits, 1) ?? at(ordinalTeens, 10) ?? at(ordinalTens, 20, 10) ?? 0;
}

/** The value of a number of words under a hundred, cardinal or ordinal ("ninety-six" 96, "twenty-first" 21). */
function underHundred(words: readonly string[]): number {
  return words.reduce((total, word) => total + wordValue(word), 0);
}

const wordsOf = (text: string) => text.toLowerCase().split(/[\s-]+/u).filter((word) => word !== 'and');

/** The year a SPELLED_YEAR match writes. */
export function spelledYear(text: string): number {
  const [first, second, ...rest] = wordsOf(text);
  if (first === 'two') return 2000 + underHundred(rest);
  const century = first === 'eighteen' ? 1800 : 1900;
  if (second === 'hundred') return century;
  return century + underHundred(second === 'oh' ? rest : [second!, ...rest]);
}

/** The day a SPELLED_DAY match writes. */
export function spelledDay(text: string): number {
  return underHundred(wordsOf(text));
}
