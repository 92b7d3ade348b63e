/**
 * TempEval-3 time expressions (TimeBank + AQUAINT) against the API's dates, as TE3's evaluate_entities.py scores
 * them and the shared peer/README.md describes. Only gold DATEs count: a prediction that overlaps no gold DATE but
 * overlaps a DURATION, TIME or SET is ignored; a span reported twice counts once.
 *  strict: same start and end. relaxed: a gold DATE is found when a prediction overlaps it, a prediction is right
 *  when it overlaps a gold DATE. value: the share of found DATEs whose value equals that of the prediction
 *  overlapping them most, times the relaxed P, R and F1.
 */
import type { Timex, TimexDocument } from './gold.js';
import { overlap } from './matching.js';
import { measure, measureOf, type SuiteScore } from './measures.js';
import { percent } from './format.js';
import { extractionsOf } from './outputs.js';
import type { ExtractOutput } from './pipeline-runs.js';

/**
 * A value as compared: upper case, ISO weeks padded (1998-W2 = 1998-W02), and TimeML's decade 199X = 199 and
 * century 19XX = 19. Anything else must be the same string (PRESENT_REF, seasons, X-masked values).
 */
export function timexValue(value: string | null | undefined): string | null {
  if (value == null) return null;
  return value
    .trim()
    .toUpperCase()
    .replace(/^(\d{4})-W(\d)$/, '$1-W0$2')
    .replace(/^(\d{3})X$/, '$1')
    .replace(/^(\d{2})XX$/, '$1');
}

/** Values a calendar date can have; the rest (PRESENT_REF, 1998-SU, XXXX-10-25...) no date of ours can equal. */
const CALENDAR_VALUE = /^(\d{4}(-\d{2}(-\d{2})?|-Q[1-4]|-H[12]|-W\d{1,2})?|\d{3}X?|\d{2}(XX)?)$/;

export function scoreTimex(suite: string, documents: readonly TimexDocument[], outputs: readonly ExtractOutput[]): SuiteScore {
  const n = { gold: 0, other: 0, pred: 0, ignored: 0, repeated: 0, strict: 0, found: 0, right: 0, value: 0, calendar: 0, calendarFound: 0, calendarValue: 0 };
  const { extractions, failures } = extractionsOf(outputs);
  const details: string[] = [];
  const show = (x: { text: string; value: string | null }) => `"${x.text}" ${x.value ?? 'null'}`;
  documents.forEach((document, i) => {
    const gold = document.timexes.filter((timex) => timex.type === 'DATE');
    const others = document.timexes.filter((timex) => timex.type !== 'DATE');
    const reported = extractions[i]!.dates.filter((date) => Number.isInteger(date.start) && Number.isInteger(date.end) && date.end > date.start);
    const unique = [...new Map(reported.map((date) => [`${date.start}|${date.end}`, date])).values()];
    const overlapsAny = (spans: readonly Timex[], date: (typeof unique)[number]) => spans.some((span) => overlap(span, date) > 0);
    const predicted = unique.filter((date) => overlapsAny(gold, date) || !overlapsAny(others, date));
    const exact = new Set(predicted.map((date) => `${date.start}|${date.end}`));
    for (const timex of gold) {
      const calendar = CALENDAR_VALUE.test(timexValue(timex.value) ?? '');
      if (calendar) n.calendar++;
      if (exact.has(`${timex.start}|${timex.end}`)) n.strict++;
      const best = predicted.filter((date) => overlap(timex, date) > 0).sort((a, b) => overlap(timex, b) - overlap(timex, a))[0];
      if (!best) {
        details.push(`${document.id} miss: ${show(timex)}`);
        continue;
      }
      n.found++;
      if (calendar) n.calendarFound++;
      if (timexValue(best.value) === timexValue(timex.value)) {
        n.value++;
        if (calendar) n.calendarValue++;
      } else details.push(`${document.id} value: ${show(timex)} got ${show(best)}`);
      if (!exact.has(`${timex.start}|${timex.end}`)) details.push(`${document.id} span: ${show(timex)} got "${best.text}"`);
    }
    const right = predicted.filter((date) => overlapsAny(gold, date));
    for (const date of predicted.filter((x) => !right.includes(x))) details.push(`${document.id} extra: ${show(date)}`);
    n.gold += gold.length;
    n.other += others.length;
    n.pred += predicted.length;
    n.right += right.length;
    n.ignored += unique.length - predicted.length;
    n.repeated += reported.length - unique.length;
  });
  const counts = { tp: n.found, pred: n.pred, gold: n.gold };
  const relaxed = measureOf('DATE span (relaxed)', counts, n.pred ? n.right / n.pred : 0, n.gold ? n.found / n.gold : 0);
  const accuracy = n.found ? n.value / n.found : 0;
  const share = (a: number, b: number) => (b ? percent(a / b) : '-');
  const measures = [
    measure('DATE span (strict)', n.strict, n.pred, n.gold),
    relaxed,
    measureOf('DATE value (relaxed x accuracy)', { ...counts, tp: n.value }, accuracy * relaxed.precision, accuracy * relaxed.recall),
  ];
  const notes = [
    `${n.gold} gold DATEs (${n.other} DURATION/TIME/SET timexes not scored); ${n.pred} predicted dates scored, ${n.ignored} ignored as overlapping ` +
      `only a non-DATE gold, ${n.repeated} repeated spans counted once; relaxed P counts ${n.right} predictions overlapping a gold DATE`,
    `value accuracy on relaxed matches ${share(n.value, n.found)}% (${n.value}/${n.found}); ${n.gold - n.calendar} gold DATE values are not ` +
      `calendar values; on calendar-valued gold: found ${n.calendarFound}/${n.calendar}, value right ${n.calendarValue} (accuracy ${share(n.calendarValue, n.calendarFound)}%)`,
  ];
  return { suite, documents: documents.length, failures, measures, scores: [], notes, details };
}
