import type { Expectation } from '../capability.js';
import { showQuotes } from '../views.js';

export interface ExpectedQuote {
  readonly text: string;
  readonly speaker: string | null;
}

/** Exactly these quotations, in order, each with its speaker's name (`null`: unknown or unnamed). */
export function quoteItems(expected: readonly ExpectedQuote[]): Expectation {
  return {
    expected: `quotes: ${expected.map((q) => `"${q.text}" by ${q.speaker ?? 'null'}`).join(', ')}`,
    check: (response) => {
      const ok =
        response.quotes.length === expected.length &&
        expected.every((e, i) => response.quotes[i]?.text === e.text && (response.quotes[i]?.speaker?.name ?? null) === e.speaker);
      return ok ? null : showQuotes(response);
    },
  };
}
