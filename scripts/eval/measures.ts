/** Precision, recall and F1, and what a suite's scoring returns. */

export interface Measure {
  name: string;
  /** Right predictions (or found gold items, where the two differ: see the suite's notes). */
  tp: number;
  gold: number;
  pred: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SuiteScore {
  suite: string;
  documents: number;
  /** Documents on which extract threw; they count as predicting nothing. */
  failures: number;
  measures: Measure[];
  /** Figures that summarise several measures (a mean of F1s). */
  scores: { name: string; value: number }[];
  notes: string[];
  /** Every miss and spurious item, one line each, for --verbose. */
  details: string[];
}

/**
 * Precision tp/pred and recall tp/gold. Nothing to find and nothing found scores 1; with nothing predicted,
 * precision is 0 when there was something to find; with nothing to find, recall is 1 (as the shared score.mjs).
 */
export function measure(name: string, tp: number, pred: number, gold: number): Measure {
  return measureOf(name, { tp, pred, gold }, pred ? tp / pred : gold ? 0 : 1, gold ? tp / gold : 1);
}

export function measureOf(name: string, counts: { tp: number; pred: number; gold: number }, precision: number, recall: number): Measure {
  return { name, ...counts, precision, recall, f1: harmonicMean(precision, recall) };
}

const harmonicMean = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

/** Counts summed over documents under named measures, reported in the order the names were given. */
export class Tally {
  private readonly counts = new Map<string, { tp: number; pred: number; gold: number }>();

  constructor(private readonly order: readonly string[]) {}

  add(name: string, tp: number, pred: number, gold: number): void {
    if (!this.order.includes(name)) throw new Error(`no measure named ${name}`);
    const counts = this.counts.get(name) ?? { tp: 0, pred: 0, gold: 0 };
    this.counts.set(name, { tp: counts.tp + tp, pred: counts.pred + pred, gold: counts.gold + gold });
  }

  measures(): Measure[] {
    return this.order.flatMap((name) => {
      const counts = this.counts.get(name);
      return counts ? [measure(name, counts.tp, counts.pred, counts.gold)] : [];
    });
  }
}
