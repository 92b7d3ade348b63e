import { component } from '../doc/components.js';
import type { Percentage, PercentUnit } from '../doc/layers.js';
import type { Doc } from '../doc/document.js';
import { boundFields, findFigures, type FigureRules, type Reading } from './figures.js';
import { withIds } from '../doc/ids.js';
import { currencyAfter } from './currencies.js';
import { atClauseEnd, readNumber, stickyMatch, times } from './numbers.js';
import type { Span } from '../doc/spans.js';

/** A share, or a difference between shares: "6.5 percentage points to 9.1%" is two figures, not a range. */
type PercentSign = '%' | 'points' | 'basis';

const UNIT_OF: Readonly<Record<PercentSign, PercentUnit>> = { '%': 'percent', points: 'percentage_point', basis: 'basis_point' };

export const percentagesComponent = component({
  name: 'percentages',
  requires: [],
  assigns: ['percentages'],
  run: (doc) => ({ percentages: extractPercentages(doc) }),
});

/**
 * Percentages and percentage points: "20%", "2.8 per cent", "twenty percent", "3 percentage points", "-0.5%",
 * ranges ("10-15%", "between 5% and 10%") and their qualifiers ("almost 20%", "up to an additional 15 per cent").
 */
export function extractPercentages(doc: Doc): Percentage[] {
  const figures = findFigures(doc, PERCENT_RULES);
  return withIds(
    'p',
    figures.map((f) => ({ text: doc.text.slice(f.start, f.end), start: f.start, end: f.end, value: f.value, unit: UNIT_OF[f.unit], ...boundFields(f) })),
  );
}

const PERCENT_RULES: FigureRules<PercentSign> = {
  read: (text, at, sentence) => readPercentOf(text, at, sentence) ?? readFraction(text, at, sentence.end) ?? readPercent(text, at, sentence.end),
  unite: (a, b) => (a && b && a !== b ? undefined : (a ?? b)),
  otherKindAfter: (text, end, limit) => currencyAfter(text, end, limit) !== null,
};

/** "%", "percent", "per cent", "pct", "percentage points"; "pc" only touching the number and in lower case ("10pc"). */
const PERCENT_SIGN =
  /[ \t\u00a0]?[%％]|(?:[ \t\u00a0]+|[ \t\u00a0]?-[ \t\u00a0]?)(?:percentage[ \t\u00a0-]+points?|per[ \t\u00a0]?cent(?:age)?[ \t\u00a0]+points?|per[ \t\u00a0-]?cent|percents?|percentage|pct)(?![\p{L}])/iuy;
const ATTACHED_PC = /pc(?![\p{L}\p{N}])/uy;
const signOf = (written: string): PercentSign => (/point/iu.test(written) ? 'points' : '%');

/** "150 basis points", "25bp", "50 bps", "a 25-basis-point cut": hundredths of a percentage point. */
const BASIS_POINTS = /(?:[ \t\u00a0]+|[ \t\u00a0]?-[ \t\u00a0]?)basis[ \t\u00a0-]+points?(?![\p{L}])|[ \t\u00a0]?bps?(?![\p{L}\p{N}])/uy;

function readPercent(text: string, at: number, limit: number): Reading<PercentSign> | null {
  const number = readNumber(text, at, limit);
  if (!number || number.article) return null;
  const basis = stickyMatch(BASIS_POINTS, text, number.end);
  if (basis && number.end + basis[0].length <= limit) {
    return { start: at, end: number.end + basis[0].length, value: times(number.value, 0.01), unit: 'basis', scale: number.scale, divisor: 100 };
  }
  const sign = stickyMatch(PERCENT_SIGN, text, number.end) ?? stickyMatch(ATTACHED_PC, text, number.end);
  const end = sign ? number.end + sign[0].length : number.end;
  if (end > limit) return null;
  return { start: at, end, value: number.value, unit: sign ? signOf(sign[0]) : undefined, scale: number.scale };
}

/** "half a percentage point", "a quarter of a per cent", "three-quarters of a percentage point". */
const FRACTION = /(half|a[ \t\u00a0]+quarter[ \t\u00a0]+of|three[ \t\u00a0-]+quarters[ \t\u00a0]+of)[ \t\u00a0]+(?:a|one)(?=[ \t\u00a0])/iy;
const FRACTIONS: Readonly<Record<string, number>> = { half: 0.5, a: 0.25, three: 0.75 };

/** The letters, in either case, a fraction starts with. */
const FRACTION_INITIALS = new Set(Object.keys(FRACTIONS).flatMap((word) => [word[0]!, word[0]!.toUpperCase()]));

function readFraction(text: string, at: number, limit: number): Reading<PercentSign> | null {
  if (!FRACTION_INITIALS.has(text[at] ?? '')) return null;
  const fraction = stickyMatch(FRACTION, text, at);
  const sign = fraction ? stickyMatch(PERCENT_SIGN, text, at + fraction[0].length) : null;
  if (!fraction || !sign) return null;
  const end = at + fraction[0].length + sign[0].length;
  const value = FRACTIONS[fraction[1]!.toLowerCase().split(/[ \t\u00a0-]/)[0]!]!;
  return end <= limit ? { start: at, end, value, unit: signOf(sign[0]), scale: 1 } : null;
}

/** The inverted form that opens a sentence: "per cent of twenty-two" (22%). */
const PERCENT_OF = /(?:percents?|per[ \t\u00a0]?cent)[ \t\u00a0]+of[ \t\u00a0]+/iy;

function readPercentOf(text: string, at: number, sentence: Span): Reading<PercentSign> | null {
  if (at - sentence.start > 4) return null;
  const words = stickyMatch(PERCENT_OF, text, at);
  if (!words || /[\p{L}\p{N}]/u.test(text.slice(sentence.start, at))) return null;
  const number = readNumber(text, at + words[0].length, sentence.end);
  if (!number || number.article || !atClauseEnd(text, number.end, sentence.end)) return null;
  return { start: at, end: number.end, value: number.value, unit: '%', scale: number.scale };
}
