import type { Qualifier } from '../doc/layers.js';
import { stickyMatch } from './numbers.js';
import type { Span } from '../doc/spans.js';

/** A qualifier found next to a figure, and the characters it adds to the figure's span. */
export interface QualifierMatch extends Span {
  readonly qualifier: Qualifier;
}

/** How far back from a figure its qualifier and context are looked for, in characters. */
const WINDOW = 64;

/** Words right before a figure ("more than $5bn", "almost 20%"). */
const BEFORE: Readonly<Record<Exclude<Qualifier, 'exact' | 'range' | 'vague'>, readonly string[]>> = {
  approximate: [
    'about', 'around', 'roughly', 'nearly', 'almost', 'some', 'approximately', 'approx.', 'approx', 'circa', 'an estimated', 'estimated',
    'est.', 'close to', 'just about', 'in the region of', 'in the neighbourhood of', 'in the neighborhood of', 'on the order of',
    'of the order of', 'in the order of', 'somewhere around', 'something like', 'an approximate', 'a roughly',
  ],
  lower_bound: [
    'more than', 'over', 'at least', 'upwards of', 'in excess of', 'above', 'greater than', 'higher than', 'better than', 'north of',
    'no less than', 'not less than', 'no fewer than', 'a minimum of', 'at a minimum', 'exceeding', 'as little as', 'as low as',
    'as few as', 'just over', 'well over', 'well above', 'just above', 'a little over', 'slightly more than', 'well in excess of',
  ],
  upper_bound: [
    'less than', 'under', 'up to', 'as much as', 'as many as', 'as high as', 'at most', 'at the most', 'no more than', 'not more than',
    'below', 'a maximum of', 'fewer than', 'lower than', 'not exceeding', 'just under', 'well under', 'well below', 'just below',
    'a little under', 'slightly less than', 'shy of', 'just shy of', 'short of', 'just short of', 'south of',
  ],
};
const SYMBOLS: Readonly<Record<string, Qualifier>> = { '~': 'approximate', '≈': 'approximate', '>': 'lower_bound', '≥': 'lower_bound', '<': 'upper_bound', '≤': 'upper_bound' };

const PHRASE_QUALIFIER = new Map(Object.entries(BEFORE).flatMap(([qualifier, phrases]) => phrases.map((p) => [p, qualifier as Qualifier] as const)));
const phraseSource = (phrase: string) => phrase.replace(/[.]/g, '\\.').replace(/ /g, '\\s+');
const alternation = (phrases: Iterable<string>) => [...phrases].sort((a, b) => b.length - a.length).map(phraseSource).join('|');
/** Words that may stand between the qualifier and the figure: "up to an additional 15%". */
const FILLER = '(?:\\s+(?:an\\s+additional|an\\s+extra|a\\s+further|another|additional))?';
const QUALIFIER_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${alternation(PHRASE_QUALIFIER.keys())})${FILLER}[ \\t\\u00a0]*$`, 'iu');
const SYMBOL_BEFORE = /([~≈<>≤≥])[ \t\u00a0]*$/u;

/** The qualifier written just before `start` (and after `floor`), with where it starts. */
export function qualifierBefore(text: string, floor: number, start: number): QualifierMatch | null {
  const from = Math.max(floor, start - WINDOW);
  const window = text.slice(from, start);
  const phrase = QUALIFIER_BEFORE.exec(window);
  const cutMidWord = phrase?.index === 0 && from > floor && /[\p{L}\p{N}]/u.test(text[from - 1]!);
  if (phrase && !cutMidWord) return { start: from + phrase.index, end: start, qualifier: PHRASE_QUALIFIER.get(normalise(phrase[1]!))! };
  const symbol = SYMBOL_BEFORE.exec(window);
  return symbol ? { start: from + symbol.index, end: start, qualifier: SYMBOLS[symbol[1]!]! } : null;
}

const normalise = (phrase: string) => phrase.toLowerCase().replace(/\s+/g, ' ');

/** Words right after a figure: "$5m-plus", "$5bn+", "20% or more", "$10 or so". */
const AFTER: readonly [RegExp, Qualifier][] = [
  [/[ \t\u00a0]*-[ \t\u00a0]*plus(?![\p{L}])|[ \t\u00a0]+plus(?=[ \t\u00a0]*(?:[.,;:!?)]|$))|\+(?![\p{N}$£€¥])/uy, 'lower_bound'],
  [/[ \t\u00a0]+(?:or[ \t\u00a0]+(?:more|above|higher|greater|over|upwards)|and[ \t\u00a0]+(?:up|above|upwards|over)(?![ \t\u00a0]+to\b))(?![\p{L}])/iuy, 'lower_bound'],
  [/[ \t\u00a0]+or[ \t\u00a0]+(?:less|lower|under|below|fewer)(?![\p{L}])/iuy, 'upper_bound'],
  [/[ \t\u00a0]+(?:or[ \t\u00a0]+(?:so|thereabouts)|give[ \t\u00a0]+or[ \t\u00a0]+take)(?![\p{L}])/iuy, 'approximate'],
];

/** The qualifier written just after `end` (before `limit`), with where it ends. */
export function qualifierAfter(text: string, end: number, limit: number): QualifierMatch | null {
  for (const [pattern, qualifier] of AFTER) {
    const match = stickyMatch(pattern, text, end);
    if (match && end + match[0].length <= limit) return { start: end, end: end + match[0].length, qualifier };
  }
  return null;
}

// (?<!\w) and (?!\w) are word boundaries, as in patterns.ts.
/**
 * A qualifier carried by the words leading up to a figure rather than next to it: "an estimated worth of $2.6bn",
 * "was estimated at £8m", "a combined maximum value of $2.6bn", "capped at ₦1,000", "a minimum of ...". It adds nothing to the span.
 */
const CONTEXT: readonly [RegExp, Qualifier][] = [
  [/(?<!\w)estimated\s+(?:\p{L}+\s+){0,2}(?:of|at)\s+$|(?<!\w)estimated\s+(?:to\s+(?:be|have\s+been)\s+)?(?:worth|valued\s+at)\s+$/iu, 'approximate'],
  [/(?<!\w)maximum\s+(?:\p{L}+\s+){0,2}of\s+$|(?<!\w)(?:capped|limited)\s+at\s+$|(?<!\w)a\s+cap\s+of\s+$/iu, 'upper_bound'],
  [/(?<!\w)minimum\s+(?:\p{L}+\s+){0,2}of\s+$/iu, 'lower_bound'],
];

export function qualifierFromContext(text: string, floor: number, start: number): Qualifier | null {
  const window = text.slice(Math.max(floor, start - WINDOW), start);
  return CONTEXT.find(([pattern]) => pattern.test(window))?.[1] ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Ranges: "between X and Y", "from X to Y", "X-Y", "X to Y".

export type RangeOpening = Span & { readonly word: 'between' | 'from' };
export type RangeConnector = Span & { readonly kind: 'dash' | 'spaced dash' | 'to' | 'and' };

const OPENING = /(?<![\p{L}\p{N}])(between|from)[ \t\u00a0]+$/iu;

/** "between" or "from" right before `start`. */
export function rangeOpening(text: string, floor: number, start: number): RangeOpening | null {
  const from = Math.max(floor, start - 12);
  const match = OPENING.exec(text.slice(from, start));
  if (!match) return null;
  return { start: from + match.index, end: start, word: match[1]!.toLowerCase() as RangeOpening['word'] };
}

const DASH = /[-–]/y;
const SPACED_DASH = /[ \t\u00a0][-–][ \t\u00a0]/y;
const TO = /[ \t\u00a0]+to[ \t\u00a0]+/iy;
const AND = /[ \t\u00a0]+and[ \t\u00a0]+/iy;

/** The word or dash joining the two ends of a range, after the first end; "and" only after "between", "to" never. */
export function rangeConnector(text: string, at: number, opening: RangeOpening | null): RangeConnector | null {
  const tries: [RegExp, RangeConnector['kind']][] = [[DASH, 'dash'], [SPACED_DASH, 'spaced dash'], opening?.word === 'between' ? [AND, 'and'] : [TO, 'to']];
  for (const [pattern, kind] of tries) {
    const match = stickyMatch(pattern, text, at);
    if (match) return { start: at, end: at + match[0].length, kind };
  }
  return null;
}

/**
 * A change makes "X to Y" a before and an after, not a range: a verb of movement right before the first figure
 * ("rose 4% to 5%", "up $5 to $7"), or any verb of change a few words before "from" ("cut its forecast from $5bn
 * to $4bn"). "by" keeps it a range ("fell by 5% to 10%"); so does a verb that acts on the figure ("raise $5m to
 * $10m", "cut 5% to 10% of staff") or a noun ("the rise cost 5 to 10 dollars").
 */
const MOVED =
  'rose|rise[ns]?|rising|fell|fall(?:s|en|ing)?|grew|grow(?:s|n|ing)?|increas\\p{L}*|decreas\\p{L}*|climb\\p{L}*|jump\\p{L}*|drop\\p{L}*|' +
  'declin\\p{L}*|slid(?:e|es|ing)?|slump\\p{L}*|surg\\p{L}*|soar\\p{L}*|plung\\p{L}*|tumbl\\p{L}*|shr[ai]nk\\p{L}*|sank|sunk|sink\\p{L}*|' +
  'gain\\p{L}*|went|go(?:es|ing|ne)?|mov\\p{L}*|up|down';
const CHANGED =
  'rais\\p{L}*|cut(?:s|ting)?|lower\\p{L}*|boost\\p{L}*|doubl\\p{L}*|tripl\\p{L}*|halv\\p{L}*|expand\\p{L}*|widen\\p{L}*|narrow\\p{L}*|' +
  'lost|los(?:e|es|ing)|improv\\p{L}*|revis\\p{L}*|upgrad\\p{L}*|downgrad\\p{L}*|hik\\p{L}*|reduc\\p{L}*|chang\\p{L}*';
const CHANGE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${MOVED})[ \\t\\u00a0]+$`, 'iu');
const CHANGE_BEFORE_FROM = new RegExp(`(?<![\\p{L}])(?:${MOVED}|${CHANGED})(?:[ \\t\\u00a0]+[^\\s]+){0,3}[ \\t\\u00a0]+from[ \\t\\u00a0]+$`, 'iu');
const BY = /(?<![\p{L}])by(?![\p{L}])/iu;

/** Whether the figure at `start` (after "from", when `opening` is one) is the first of a change. */
export function followsChange(text: string, floor: number, start: number): boolean {
  const window = text.slice(Math.max(floor, start - WINDOW), start);
  const change = CHANGE_BEFORE_FROM.exec(window) ?? CHANGE_BEFORE.exec(window);
  return change !== null && !BY.test(change[0]);
}

// ---------------------------------------------------------------------------------------------------------------
// Conversions in parentheses: "less than $100 (£53)", "$75,000 (£39,000) or above".

const OPENS_CONVERSION = /^[ \t\u00a0]*\([ \t\u00a0]*$/;
const CLOSES_CONVERSION = /[ \t\u00a0]*\)/y;
const BOUND: ReadonlySet<Qualifier> = new Set(['approximate', 'lower_bound', 'upper_bound']);

/**
 * A figure restated in parentheses shares the qualifier of the figure it converts, and a qualifier written after the
 * parentheses applies to both. `figures` are one sentence's, in text order; returns the qualifiers to use.
 */
export function conversionQualifiers(text: string, figures: readonly (Span & { qualifier: Qualifier })[], limit: number): Qualifier[] {
  const qualifiers = figures.map((f) => f.qualifier);
  for (let i = 0; i + 1 < figures.length; i++) {
    const [outer, inner] = [figures[i]!, figures[i + 1]!];
    if (!OPENS_CONVERSION.test(text.slice(outer.end, inner.start))) continue;
    const close = stickyMatch(CLOSES_CONVERSION, text, inner.end);
    const after = close ? qualifierAfter(text, inner.end + close[0].length, limit) : null;
    if (after && qualifiers[i] === 'exact' && qualifiers[i + 1] === 'exact') qualifiers[i] = qualifiers[i + 1] = after.qualifier;
    if (qualifiers[i + 1] === 'exact' && BOUND.has(qualifiers[i]!)) qualifiers[i + 1] = qualifiers[i]!;
  }
  return qualifiers;
}
