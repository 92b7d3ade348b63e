/**
 * The money and percentage suites (Recognizers-Text currency and percent, Duckling money): each gold figure is
 * paired with the first free prediction that overlaps it; "value" pairs must also agree on the amount, read with
 * the upstream conventions the shared peer/README.md lists (minor units, a bare dollar, Duckling's intervals).
 */
import type { Money, Percentage } from '../../schemas/extract.js';
import type { Extraction } from '../../src/extraction.js';
import { shorten } from './format.js';
import type { FigureCase, PeerMoney, PeerPercentage, Span } from './gold.js';
import { near, pairFirstOverlapping } from './matching.js';
import { Tally, type SuiteScore } from './measures.js';
import { extractionsOf } from './outputs.js';
import type { ExtractOutput } from './pipeline-runs.js';

/** Units upstream counts in hundredths: "50 cents" is 50 there and 0.5 in our contract. */
const MINOR_UNITS = new Set(['Cent', 'Pence', 'Penny', 'Sen', 'Fen', 'Kopek']);
/** Upstream leaves a bare "$" or "dollar" without a currency; our contract says USD. */
const DOLLAR_UNITS = new Set(['Dollar', 'Unnamed']);

export function moneyAgrees(gold: PeerMoney, predicted: Money): boolean {
  if (gold.interval) {
    // Each bound Duckling gives must agree; "under $10" is an upper bound whose amount is the bound.
    const minRight = gold.min == null || near(predicted.min ?? predicted.amount, gold.min);
    const maxRight = gold.max == null || near(predicted.max ?? (gold.min == null ? predicted.amount : null), gold.max);
    return minRight && maxRight;
  }
  const valueRight = near(predicted.amount, gold.amount) || (MINOR_UNITS.has(gold.unit ?? '') && gold.amount !== null && near(predicted.amount, gold.amount / 100));
  const currencyRight = gold.currency
    ? predicted.currency === gold.currency
    : !DOLLAR_UNITS.has(gold.unit ?? '') || predicted.currency === null || predicted.currency === 'USD';
  return valueRight && currencyRight;
}

export function scoreMoneyCases(suite: string, cases: readonly FigureCase<PeerMoney>[], outputs: readonly ExtractOutput[]): SuiteScore {
  // A bare currency word ("multibillion - dollar deal") has no amount upstream and is not money in our contract.
  return scoreFigureCases(suite, 'money', cases, outputs, (c) => c.expected.filter((e) => e.amount != null || e.min != null || e.max != null), (o) => o.money, moneyAgrees);
}

export function scorePercentCases(suite: string, cases: readonly FigureCase<PeerPercentage>[], outputs: readonly ExtractOutput[]): SuiteScore {
  const valueAgrees = (gold: PeerPercentage, predicted: Percentage) => near(predicted.value, gold.value);
  return scoreFigureCases(suite, 'percent', cases, outputs, (c) => c.expected, (o) => o.percentages, valueAgrees);
}

function scoreFigureCases<G extends Span & { text: string }, P extends Span & { text: string }>(
  suite: string,
  what: string,
  cases: readonly FigureCase<G>[],
  outputs: readonly ExtractOutput[],
  goldOf: (c: FigureCase<G>) => G[],
  predictedOf: (output: Extraction) => P[],
  agrees: (gold: G, predicted: P) => boolean,
): SuiteScore {
  const tally = new Tally([`${what} (value)`, `${what} (span)`]);
  const { extractions, failures } = extractionsOf(outputs);
  const details: string[] = [];
  cases.forEach((c, i) => {
    const gold = goldOf(c);
    const predicted = predictedOf(extractions[i]!);
    const right = pairFirstOverlapping(gold, predicted, agrees).length;
    tally.add(`${what} (value)`, right, predicted.length, gold.length);
    tally.add(`${what} (span)`, pairFirstOverlapping(gold, predicted, () => true).length, predicted.length, gold.length);
    if (right < gold.length || predicted.length > gold.length) {
      details.push(`${c.id} ${right < gold.length ? 'miss' : 'extra'}: "${shorten(c.input, 90)}" want ${brief(gold)} got ${brief(predicted)}`);
    }
  });
  return { suite, documents: cases.length, failures, measures: tally.measures(), scores: [], notes: [], details };
}

/** The figures' texts, values and currencies, as JSON. */
function brief(items: readonly object[]): string {
  const keys = new Set(['text', 'amount', 'value', 'min', 'max', 'currency', 'unit']);
  return JSON.stringify(items.map((item) => Object.fromEntries(Object.entries(item).filter(([key]) => keys.has(key)))));
}
