import type { Qualifier } from '../../../schemas/extract.js';
import type { Expectation } from '../capability.js';
import { showDates, showMoney, showPercentages } from '../views.js';

/** A figure as it must come back; `min` and `max` are checked only where given. */
interface ExpectedFigure {
  readonly text: string;
  /** The item's text may go on past `text` (a rate's "a month", whose place in the text the guidelines leave open). */
  readonly textMayExtend?: boolean;
  readonly qualifier: Qualifier;
  readonly min?: number;
  readonly max?: number;
}

export interface ExpectedMoney extends ExpectedFigure {
  readonly amount: number;
  readonly currency: string;
}

export interface ExpectedPercentage extends ExpectedFigure {
  readonly value: number;
}

/** Equal as figures are written: amounts computed from decimals ("4.5" × 1e9) compared to a part in a billion. */
const sameNumber = (a: number | null | undefined, b: number) => a !== null && a !== undefined && Math.abs(a - b) <= Math.abs(b) * 1e-9;

function boundsMatch(actual: { min?: number; max?: number }, expected: ExpectedFigure): boolean {
  return (expected.min === undefined || sameNumber(actual.min, expected.min)) && (expected.max === undefined || sameNumber(actual.max, expected.max));
}

const textMatches = (actual: string, expected: ExpectedFigure) => (expected.textMayExtend ? actual.startsWith(expected.text) : actual === expected.text);

const describeBounds = (f: ExpectedFigure) => (f.min !== undefined ? ` ${f.min}..${f.max ?? '?'}` : '');

/** Exactly these money items, in order. */
export function moneyItems(expected: readonly ExpectedMoney[]): Expectation {
  return {
    expected: `money: ${expected.map((m) => `"${m.text}" ${m.amount} ${m.currency} ${m.qualifier}${describeBounds(m)}`).join(', ') || 'none'}`,
    check: (response) => {
      const ok =
        response.money.length === expected.length &&
        expected.every((e, i) => {
          const m = response.money[i];
          return m && textMatches(m.text, e) && sameNumber(m.amount, e.amount) && m.currency === e.currency && m.qualifier === e.qualifier && boundsMatch(m, e);
        });
      return ok ? null : showMoney(response);
    },
  };
}

/** Exactly these percentages, in order. */
export function percentageItems(expected: readonly ExpectedPercentage[]): Expectation {
  return {
    expected: `percentages: ${expected.map((p) => `"${p.text}" ${p.value} ${p.qualifier}${describeBounds(p)}`).join(', ') || 'none'}`,
    check: (response) => {
      const ok =
        response.percentages.length === expected.length &&
        expected.every((e, i) => {
          const p = response.percentages[i];
          return p && textMatches(p.text, e) && sameNumber(p.value, e.value) && p.qualifier === e.qualifier && boundsMatch(p, e);
        });
      return ok ? null : showPercentages(response);
    },
  };
}

/** A date whose text holds `core` (the words that make it: "Tuesday", "last week") with this value and granularity. */
export function dateValued(core: string, value: string, granularity: string): Expectation {
  return {
    expected: `a date holding "${core}" = ${value} (${granularity})`,
    check: (response) => {
      const ok = response.dates.some((d) => d.text.includes(core) && d.value === value && d.granularity === granularity);
      return ok ? null : showDates(response);
    },
  };
}
