import { asciiLowerCase, isAsciiDigit, isAsciiLetter } from '../doc/chars.js';
import type { Span } from '../doc/spans.js';

/** A number as written: in digits ("1,500.25", "5bn"), in words ("twenty-five", "half a billion") or both ("1.5 million"). */
export interface NumberReading extends Span {
  readonly value: number;
  /** The magnitude written with it ("million": 1e6; "thousand million": 1e9); 1 when none was. */
  readonly scale: number;
  /** A whole number with no decimals and no magnitude: the kind that can count cents ("43", "forty-two"). */
  readonly whole: boolean;
  /** Only the article "a"/"an", which is a number just before a unit ("a dollar"). */
  readonly article: boolean;
}

export interface NumberOptions {
  /** Also joins a thousands group typed after a space ("$30, 000"), as happens after a currency sign. */
  readonly spacedThousands?: boolean;
}

/**
 * Digits with optional thousands separators and decimals; a grouping that does not hold ("1,2345") reads as "1".
 * Bounded, so that a pathological run of digit groups is never re-read from each of its groups.
 */
const DIGITS = /(?:\d{1,3}(?:,\d{3}){1,10}(?![\d])|\d{1,30}(?!\d))(?:\.\d{1,20})?|\.\d{1,20}/y;
const SPACED_THOUSANDS = /, \d{3}(?!\d|,\d)/y;
/** "1 point 5": a decimal point spelt out after digits. */
const SPOKEN_DECIMALS = /\s+point\s+(\d+)(?![\d.,])/iy;

/** Magnitude words and abbreviations; "hundred" multiplies without being a magnitude of its own. */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  bn: 1e9,
  bln: 1e9,
  tn: 1e12,
  trn: 1e12,
};
/** Single letters are magnitudes only touching the digits ("$5m", "10K"); anything else may stand apart ("5 bn"). */
const ATTACHED_SCALES: Readonly<Record<string, number>> = { k: 1e3, K: 1e3, m: 1e6, M: 1e6, MM: 1e6, b: 1e9, B: 1e9, T: 1e12 };
const ATTACHED_SCALE = /(MM|[kKmMbBT])(?![\p{L}\p{N}])/uy;
const SPACED_SCALE = /(?:(?:[ \t\u00a0]+|-)(hundred|thousand|million|billion|trillion|lakhs?|crores?)|[ \t\u00a0]?(mn|mln|mil|bn|bln|tn|trn))(?![\p{L}\p{N}])/iuy;

const UNITS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Readonly<Record<string, number>> = {
  zero: 0,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const DIGIT_WORDS: Readonly<Record<string, number>> = { zero: 0, ...UNITS };
/**
 * The words `word in table` finds in each table (its own keys and the names every object inherits, such as
 * "constructor"), as sets: `in` is slow on a string just built, as every word read is.
 */
const keysIn = (table: object): ReadonlySet<string> => new Set([...Object.keys(table), ...Object.getOwnPropertyNames(Object.prototype)]);
const SCALE_KEYS = keysIn(SCALE_WORDS);
const UNIT_KEYS = keysIn(UNITS);
const TEEN_KEYS = keysIn(TEENS);
const TEN_KEYS = keysIn(TENS);
const DIGIT_KEYS = keysIn(DIGIT_WORDS);
/** The words a number may start with, as `advance` takes a first word (lower-cased, as every word read is). */
const OPENING_WORDS = [...new Set(['a', 'an', 'half', 'hundred', 'dozen', ...UNIT_KEYS, ...TEEN_KEYS, ...TEN_KEYS, ...SCALE_KEYS])].filter(
  (word) => word === word.toLowerCase() && advance(word, 'start', false) !== null,
);
/** Their first two letters, or all of a shorter one ("a"). */
const OPENINGS = new Set(OPENING_WORDS.map((word) => word.slice(0, 2)));

/** Whether the word at `at` may open a number: most words' first two letters, in ASCII, tell they cannot. */
function mayOpenNumber(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  if (first >= 0x80 || second >= 0x80) return true; // other letters are read whole
  if (!isAsciiLetter(first)) return false;
  const opening = isAsciiLetter(second) ? String.fromCharCode(asciiLowerCase(first), asciiLowerCase(second)) : String.fromCharCode(asciiLowerCase(first));
  return OPENINGS.has(opening);
}

/** The longest run of words one number may take: "one hundred and twenty-five thousand three hundred and ten". */
const MAX_WORDS = 16;
const MAX_SCALES = 3;
const WORD = /\p{L}+/uy;
const WORD_GAP = /[ \t\u00a0]+|-/y;

/** Reads the number that starts exactly at `at` (and ends by `limit`); null when none does. */
export function readNumber(text: string, at: number, limit: number, options: NumberOptions = {}): NumberReading | null {
  const first = text.charCodeAt(at); // a digit or a point starts digits
  const reading = isAsciiDigit(first) || first === 0x2e ? readDigits(text, at, limit, options) : readWords(text, at, limit);
  return reading && Number.isFinite(reading.value) && reading.end <= limit ? reading : null;
}

function readDigits(text: string, at: number, limit: number, options: NumberOptions): NumberReading | null {
  if (text[at] === '.' && /[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) return null;
  const digits = stickyMatch(DIGITS, text, at);
  if (!digits) return null;
  let written = digits[0];
  let end = at + written.length;
  const joined = options.spacedThousands && /^\d{1,3}$/.test(written) ? stickyMatch(SPACED_THOUSANDS, text, end) : null;
  if (joined) {
    written += joined[0].slice(2);
    end += joined[0].length;
  }
  let value = Number(written.replace(/,/g, ''));
  const spoken = /^\d+$/.test(written) ? stickyMatch(SPOKEN_DECIMALS, text, end) : null;
  if (spoken) {
    value = Number(`${written}.${spoken[1]}`);
    end += spoken[0].length;
  }
  const scaled = readScales(text, end, limit);
  return {
    start: at,
    end: scaled.end,
    value: times(value, scaled.factor),
    scale: scaled.scale,
    whole: scaled.factor === 1 && !written.includes('.') && !spoken,
    article: false,
  };
}

/** Magnitudes after digits: "5bn", "5 billion", "5 hundred million", "5-million". */
function readScales(text: string, from: number, limit: number): { end: number; factor: number; scale: number } {
  let end = from;
  let factor = 1;
  let scale = 1;
  const attached = stickyMatch(ATTACHED_SCALE, text, end);
  if (attached && end + attached[0].length <= limit) {
    factor = scale = ATTACHED_SCALES[attached[1]!]!;
    end += attached[0].length;
  }
  for (let count = 0; count < MAX_SCALES; count++) {
    const spaced = stickyMatch(SPACED_SCALE, text, end);
    if (!spaced || end + spaced[0].length > limit) break;
    const word = SCALE_WORDS[(spaced[1] ?? spaced[2])!.toLowerCase()]!;
    factor *= word;
    if (word > 100) scale *= word;
    end += spaced[0].length;
  }
  return { end, factor, scale };
}

type Last = 'start' | 'article' | 'half' | 'half-a' | 'and' | 'and-n' | 'and-a' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'point';
type Kind = 'article' | 'half' | 'digit' | 'number' | 'multiplier' | 'scale' | 'and' | 'point';

/**
 * English number words, as a small state machine: "one hundred and twenty", "twenty-five", "a million",
 * "half a billion", "two and a half million", "one point three", "two dozen". Stops at the first word that cannot
 * continue the number; what it read up to the last word that completes a number is the reading.
 */
function readWords(text: string, at: number, limit: number): NumberReading | null {
  if (!mayOpenNumber(text, at)) return null;
  let total = 0;
  let current = 0;
  let scale = 1;
  let decimals = '';
  let last: Last = 'start';
  let whole = true;
  let pos = at;
  let reading: NumberReading | null = null;
  for (let count = 0; count < MAX_WORDS; count++) {
    const word = stickyMatch(WORD, text, pos);
    if (!word || pos + word[0].length > limit) break;
    const w = word[0].toLowerCase();
    const step = advance(w, last, decimals !== '');
    if (!step) break;
    last = step.last;
    let completes = true;
    if (step.kind === 'article') completes = last === 'article';
    else if (step.kind === 'half') {
      completes = last === 'unit';
      current = completes ? current + 0.5 : 0.5;
      whole = false;
    } else if (step.kind === 'digit') {
      decimals += String(DIGIT_WORDS[w]);
      whole = false;
    } else if (step.kind === 'number') current += UNITS[w] ?? TEENS[w] ?? TENS[w]!;
    else if (step.kind === 'multiplier') current = (current || 1) * (w === 'dozen' ? 12 : 100);
    else if (step.kind === 'scale') {
      const magnitude = SCALE_WORDS[w]!;
      current += decimals ? Number(`0.${decimals}`) : 0;
      decimals = '';
      if (current === 0 && total > 0) {
        total *= magnitude;
        scale *= magnitude;
      } else {
        total += times(current || 1, magnitude);
        scale = Math.max(scale, magnitude);
      }
      current = 0;
      whole = false;
    } else completes = false;
    pos += word[0].length;
    if (completes) {
      const value = step.kind === 'article' ? 1 : total + current + (decimals ? Number(`0.${decimals}`) : 0);
      reading = { start: at, end: pos, value, scale, whole: whole && Number.isInteger(value), article: step.kind === 'article' };
    }
    const gap = stickyMatch(WORD_GAP, text, pos);
    if (!gap) break;
    pos += gap[0].length;
  }
  return reading;
}

/** Which words may follow which: "and" joins a hundred or a magnitude to what follows, or a number to "a half". */
function advance(word: string, last: Last, hasDecimals: boolean): { kind: Kind; last: Last } | null {
  const afterNumber = last === 'unit' || last === 'teen' || last === 'tens';
  if (word === 'a' || word === 'an') {
    if (last === 'start') return { kind: 'article', last: 'article' };
    if (last === 'half') return { kind: 'article', last: 'half-a' };
    if (last === 'and' || last === 'and-n') return { kind: 'article', last: 'and-a' };
    return null;
  }
  if (word === 'half') {
    if (last === 'start' || last === 'article') return { kind: 'half', last: 'half' };
    if (last === 'and-a') return { kind: 'half', last: 'unit' };
    return null;
  }
  if (word === 'and') {
    if (last === 'hundred' || last === 'scale') return { kind: 'and', last: 'and' };
    return afterNumber ? { kind: 'and', last: 'and-n' } : null; // "one and a half", not "one and two"
  }
  if (word === 'point') return afterNumber ? { kind: 'point', last: 'point' } : null;
  if (SCALE_KEYS.has(word) && word.length > 3 && word !== 'hundred') {
    const counted = ['start', 'article', 'half', 'half-a', 'hundred', 'scale'].includes(last) || afterNumber || (last === 'point' && hasDecimals);
    return counted ? { kind: 'scale', last: 'scale' } : null;
  }
  if (last === 'point') return DIGIT_KEYS.has(word) ? { kind: 'digit', last: 'point' } : null;
  const opening = last === 'start' || last === 'hundred' || last === 'scale' || last === 'and';
  if (UNIT_KEYS.has(word)) return opening || last === 'tens' ? { kind: 'number', last: 'unit' } : null;
  if (TEEN_KEYS.has(word)) return opening ? { kind: 'number', last: 'teen' } : null;
  if (TEN_KEYS.has(word)) return opening ? { kind: 'number', last: 'tens' } : null;
  if (word === 'hundred' || word === 'dozen') {
    return last === 'start' || last === 'article' || afterNumber ? { kind: 'multiplier', last: 'hundred' } : null;
  }
  return null;
}

/** `value * factor` without binary noise: 16.4 million is 16400000, not 16399999.999999998. */
export function times(value: number, factor: number): number {
  return factor === 1 ? value : Number((value * factor).toPrecision(15));
}

/** A sticky match of `pattern` exactly at `at`, or null. */
export function stickyMatch(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** Whether nothing but closing punctuation stands between `at` and the end of the clause. */
export function atClauseEnd(text: string, at: number, limit: number): boolean {
  let i = at;
  while (i < limit && /[ \t\u00a0]/.test(text[i]!)) i++;
  return i >= limit || /[.,;:!?)\]"”’'\n]/.test(text[i]!);
}
