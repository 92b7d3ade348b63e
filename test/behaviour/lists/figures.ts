import type { Qualifier } from '../../../schemas/extract.js';

/** A currency sign written before the number, and its ISO 4217 code. */
export interface Currency {
  readonly sign: string;
  readonly code: string;
}

export const CURRENCIES: readonly Currency[] = [
  { sign: '$', code: 'USD' },
  { sign: '€', code: 'EUR' },
  { sign: '£', code: 'GBP' },
  { sign: '¥', code: 'JPY' },
  { sign: 'A$', code: 'AUD' },
  { sign: 'C$', code: 'CAD' },
  { sign: 'HK$', code: 'HKD' },
  { sign: '₹', code: 'INR' },
  { sign: 'US$', code: 'USD' },
];

/** A magnitude word as written after the number, and what it multiplies by. */
export interface Magnitude {
  readonly written: string;
  readonly factor: number;
}

export const MAGNITUDES: readonly Magnitude[] = [
  { written: ' million', factor: 1e6 },
  { written: ' billion', factor: 1e9 },
  { written: 'm', factor: 1e6 },
  { written: 'bn', factor: 1e9 },
  { written: ' trillion', factor: 1e12 },
];

/** Numbers as written before a magnitude word. */
export const NUMBERS: readonly string[] = ['2', '4.5', '12', '30', '45', '80', '150', '1.2', '7.25', '600', '3', '19.9'];

/** A qualifier's words, placed before the figure, and the qualifier the contract gives them. */
export const QUALIFIER_WORDS: readonly { readonly words: string; readonly qualifier: Qualifier }[] = [
  { words: 'about', qualifier: 'approximate' },
  { words: 'around', qualifier: 'approximate' },
  { words: 'roughly', qualifier: 'approximate' },
  { words: 'nearly', qualifier: 'approximate' },
  { words: 'almost', qualifier: 'approximate' },
  { words: 'an estimated', qualifier: 'approximate' },
  { words: 'more than', qualifier: 'lower_bound' },
  { words: 'over', qualifier: 'lower_bound' },
  { words: 'at least', qualifier: 'lower_bound' },
  { words: 'upwards of', qualifier: 'lower_bound' },
  { words: 'in excess of', qualifier: 'lower_bound' },
  { words: 'less than', qualifier: 'upper_bound' },
  { words: 'up to', qualifier: 'upper_bound' },
  { words: 'as much as', qualifier: 'upper_bound' },
  { words: 'at most', qualifier: 'upper_bound' },
];

/** Percentages as written: the number, and the three ways of writing the sign. */
export const PERCENT_NUMBERS: readonly string[] = ['3', '4.5', '7', '12', '15', '18.5', '22', '30', '0.8', '41', '9', '60'];
export const PERCENT_SIGNS: readonly string[] = ['%', ' percent', ' per cent'];

/**
 * Vague amounts, their lower bound, and their upper bound where the guidelines fix it ("hundreds of billions": 1e11 to
 * 1e12, and so "tens of": ten times the unit to a hundred times); a bare "billions of dollars" has no agreed upper bound.
 */
export const VAGUE_AMOUNTS: readonly { readonly written: string; readonly min: number; readonly max?: number }[] = [
  { written: 'hundreds of millions of dollars', min: 1e8, max: 1e9 },
  { written: 'tens of millions of dollars', min: 1e7, max: 1e8 },
  { written: 'hundreds of billions of dollars', min: 1e11, max: 1e12 },
  { written: 'tens of billions of dollars', min: 1e10, max: 1e11 },
  { written: 'hundreds of thousands of dollars', min: 1e5, max: 1e6 },
  { written: 'billions of dollars', min: 1e9 },
  { written: 'millions of dollars', min: 1e6 },
];

/** Counts of jobs as a layoff story writes them. */
export const JOB_COUNTS: readonly string[] = ['200', '1,200', '350', '4,000', '75', '10,000', '1,800', '600', '90', '2,500'];
