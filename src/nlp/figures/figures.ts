import type { Qualifier } from '../doc/layers.js';
import { isAsciiLetterOrDigit, isSpace } from '../doc/chars.js';
import { contentSentences, type Doc, type Sentence } from '../doc/document.js';
import { atClauseEnd, stickyMatch, times } from './numbers.js';
import {
  conversionQualifiers,
  followsChange,
  qualifierAfter,
  qualifierBefore,
  qualifierFromContext,
  rangeConnector,
  rangeOpening,
  type RangeConnector,
  type RangeOpening,
} from './qualifiers.js';
import type { Span } from '../doc/spans.js';

/**
 * The scanner shared by the money and percentage stages. A stage says how to read one figure at an offset
 * ("$5bn", "20%", or a bare number such as the "10" of "10-15%"); this module joins ranges, attaches qualifiers
 * and restated conversions, and walks the content sentences.
 */

/** What a stage reads at one offset. */
export interface Reading<U> extends Span {
  readonly value: number;
  /** The unit read with the number; undefined for a bare number, which is a figure only as one end of a range. */
  readonly unit: U | undefined;
  /** The magnitude written with the number (1e9 for "5bn"), so that "$1-2 million" can share it. */
  readonly scale: number;
  /** Bounds of a vague amount ("hundreds of millions of dollars"). */
  readonly bounds?: { readonly min: number; readonly max: number };
  /** What the unit divided the written number by (100 for "60 cents"), so that "50-60 cents" can share it. */
  readonly divisor?: number;
}

export interface FigureRules<U> {
  /** The figure or bare number that starts exactly at `at`, within `sentence`. */
  read(text: string, at: number, sentence: Sentence): Reading<U> | null;
  /** The unit of a range from the units of its ends; undefined when they do not go together. */
  unite(a: U | undefined, b: U | undefined): U | undefined;
  /** Words after a figure that still belong to it ("$5 a month"); returns the new end. */
  extend?(text: string, end: number, limit: number): number;
  /** Whether a unit of another kind follows a bare number ending at `end` ("4% to 1.28 trillion yen"): no end of a range. */
  otherKindAfter?(text: string, end: number, limit: number): boolean;
}

export interface Figure<U> extends Span {
  readonly value: number;
  readonly unit: U;
  readonly qualifier: Qualifier;
  readonly min?: number;
  readonly max?: number;
  readonly sentence: number;
}

/** Every figure in the content sentences of `doc`, in text order. */
export function findFigures<U>(doc: Doc, rules: FigureRules<U>): Figure<U>[] {
  return contentSentences(doc).flatMap((sentence) => {
    const found = figuresIn(doc.text, sentence, rules);
    const qualifiers = conversionQualifiers(doc.text, found, sentence.end);
    // The sentence first: V8 builds a spread object with fields added after it slowly.
    return found.map((figure, i) => ({ sentence: sentence.index, ...figure, qualifier: qualifiers[i]! }));
  });
}

/** The fields every figure reports after its value, in the order the response lists them. */
export function boundFields(figure: Figure<unknown>) {
  const bounds = figure.min !== undefined && figure.max !== undefined ? { min: figure.min, max: figure.max } : {};
  return { qualifier: figure.qualifier, ...bounds, sentence: figure.sentence };
}

type Found<U> = Omit<Figure<U>, 'sentence'>;

/** Words, numbers and single signs: their starts are the places a figure can begin. */
const TOKEN = /[\p{L}\p{M}\p{N}]+|\S/gu;
const TOKEN_CHAR = /[\p{L}\p{M}\p{N}]/u;

type CharKind = 'word' | 'space' | 'other' | 'surrogate';

function kindAt(text: string, at: number): CharKind {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdfff) return 'surrogate';
  if (code < 0x80 ? isAsciiLetterOrDigit(code) : TOKEN_CHAR.test(text[at]!)) return 'word';
  return isSpace(text, at) ? 'space' : 'other';
}

/**
 * The first match of TOKEN at or after `from`, read a character at a time (one unit each, outside the surrogates);
 * at a surrogate the pattern reads it, as it reads code points.
 */
function nextToken(text: string, from: number): Span | null {
  for (let at = from; at < text.length; at++) {
    const kind = kindAt(text, at);
    if (kind === 'space') continue;
    if (kind === 'other') return { start: at, end: at + 1 };
    if (kind === 'surrogate') break;
    let end = at + 1;
    while (end < text.length && kindAt(text, end) === 'word') end++;
    if (end === text.length || kindAt(text, end) !== 'surrogate') return { start: at, end };
    break;
  }
  TOKEN.lastIndex = from;
  const match = TOKEN.exec(text);
  return match && { start: match.index, end: match.index + match[0].length };
}

function figuresIn<U>(text: string, sentence: Sentence, rules: FigureRules<U>): Found<U>[] {
  const found: Found<U>[] = [];
  let floor = sentence.start; // the end of the last figure: no later figure reaches back past it
  let next = sentence.start; // where the next token is looked for
  for (let token = nextToken(text, next); token && token.start < sentence.end; token = nextToken(text, next)) {
    next = token.end;
    const result = figureAt(text, token.start, sentence, floor, rules);
    if (result && 'figure' in result) {
      found.push(result.figure);
      floor = result.figure.end;
    }
    // A number read here covers every later start inside it; reading them again could only find less.
    if (result) next = Math.max(next, 'figure' in result ? result.figure.end : result.skip);
  }
  return found;
}

function figureAt<U>(text: string, at: number, sentence: Sentence, floor: number, rules: FigureRules<U>): { figure: Found<U> } | { skip: number } | null {
  const left = readSigned(text, at, sentence, rules);
  if (!left) return null;
  if (left.bounds) {
    if (left.unit === undefined) return null;
    return { figure: qualified(text, sentence, floor, { start: left.start, end: left.end, value: left.value, unit: left.unit, qualifier: 'vague', ...left.bounds }, rules) };
  }
  const opening = rangeOpening(text, floor, left.start);
  const range = readRange(text, left, opening, sentence, rules);
  if (range) return { figure: qualified(text, sentence, floor, { ...range, start: opening?.start ?? range.start }, rules) };
  if (left.unit === undefined) return { skip: left.end };
  return { figure: qualified(text, sentence, floor, { start: left.start, end: left.end, value: left.value, unit: left.unit, qualifier: 'exact' }, rules) };
}

/** A minus sign or word before a figure: "-$5m", "−0.5%", "minus five percent"; not the dash of "10-15%". */
const SIGN = /(?:[-−](?=[\p{N}.$£€¥₹])|(?:minus|negative)[ \t\u00a0]+)/iuy;
/** The characters a sign starts with: no other one folds to "m" or "n". */
const SIGN_INITIALS = new Set(['-', '−', 'm', 'M', 'n', 'N']);

/** "plus or minus $200m": a tolerance either side of an estimate, so the figure after "minus" is no negative one. */
const TOLERANCE_BEFORE = /(?<!\w)plus\s+or\s+$/iu;

function readSigned<U>(text: string, at: number, sentence: Sentence, rules: FigureRules<U>): Reading<U> | null {
  const sign = !SIGN_INITIALS.has(text[at] ?? '') || /[\p{L}\p{N}]/u.test(text[at - 1] ?? '') ? null : stickyMatch(SIGN, text, at);
  if (sign && TOLERANCE_BEFORE.test(text.slice(Math.max(sentence.start, at - 12), at))) return rules.read(text, at + sign[0].length, sentence);
  if (sign) {
    const reading = rules.read(text, at + sign[0].length, sentence);
    return reading && !reading.bounds ? { ...reading, start: at, value: -reading.value } : null;
  }
  return rules.read(text, at, sentence);
}

/** "between $5bn and $10bn", "from £19 to £29", "$1m-$2m", "$1-2 million", "10-15%", "5 to 10 dollars". */
function readRange<U>(text: string, left: Reading<U>, opening: RangeOpening | null, sentence: Sentence, rules: FigureRules<U>) {
  const connector = rangeConnector(text, left.end, opening);
  if (!connector) return null;
  if ((connector.kind === 'to' || opening?.word === 'from') && followsChange(text, sentence.start, left.start)) return null;
  const right = readSigned(text, connector.end, sentence, rules);
  if (!right || right.bounds) return null;
  const unit = rules.unite(left.unit, right.unit);
  if (unit === undefined) return null;
  if (right.unit === undefined && !bareEndJoins(text, left, right, connector, opening, sentence.end)) return null;
  // Never a range of two kinds of figure: the bare end is a figure of its own ("cut its forecast by 4% to 1.28 trillion yen").
  if (right.unit === undefined && rules.otherKindAfter?.(text, right.end, sentence.end)) return null;
  // A bare first end is a number on the same footing as the second ("5 to 10 dollars"), not a year before it.
  const divisor = left.unit === undefined ? (right.divisor ?? 1) : 1;
  if (left.unit === undefined && left.value > (right.value * divisor) / right.scale) return null;
  const low = left.value / divisor;
  const min = left.scale === 1 && right.scale > 1 && times(low, right.scale) <= right.value ? times(low, right.scale) : low;
  const max = right.scale === 1 && left.scale > 1 && right.unit === undefined ? times(right.value, left.scale) : right.value;
  if (!(min < max)) return null;
  return { start: left.start, end: right.end, value: min, unit, qualifier: 'range' as const, min, max };
}

/**
 * A bare second end ("$1-2", "$5bn to 10") needs a tight dash, an opening word, a magnitude or the end of the clause;
 * and a year is no end to a small figure ("between $5bn and 2026").
 */
function bareEndJoins<U>(text: string, left: Reading<U>, right: Reading<U>, connector: RangeConnector, opening: RangeOpening | null, limit: number): boolean {
  if (connector.kind === 'spaced dash') return false;
  if (/^\d{4}$/.test(text.slice(right.start, right.end)) && left.value / left.scale < 1000) return false;
  return connector.kind === 'dash' || opening !== null || right.scale > 1 || atClauseEnd(text, right.end, limit);
}

/** Adds what surrounds a figure: words that belong to it, a qualifier before or after it, or one in its context. */
function qualified<U>(text: string, sentence: Sentence, floor: number, figure: Found<U>, rules: FigureRules<U>): Found<U> {
  let { start, end, qualifier } = figure;
  end = rules.extend?.(text, end, sentence.end) ?? end;
  const before = qualifierBefore(text, floor, start);
  if (before) {
    start = before.start;
    if (qualifier === 'exact') qualifier = before.qualifier;
  }
  const after = qualifier === 'exact' ? qualifierAfter(text, end, sentence.end) : null;
  if (after) {
    end = after.end;
    qualifier = after.qualifier;
  }
  if (qualifier === 'exact') qualifier = qualifierFromContext(text, floor, start) ?? 'exact';
  return { ...figure, start, end, qualifier };
}
