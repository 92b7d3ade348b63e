/** The figures as tables on the terminal, and as JSON for --json. */
import { writeFileSync } from 'node:fs';
import { percent } from './format.js';
import type { SuiteScore } from './measures.js';

export interface ScoredSuite extends SuiteScore {
  source: string;
}

/** The figures the team quotes for each suite: the headline for articles, the all-types F1 for entities, and so on. */
const KEY_FIGURES: Record<string, string[]> = {
  articles: ['headline score', 'entities (typed)'],
  wikinews: ['headline score', 'entities (typed)'],
  dev: ['headline score', 'entities (typed)'],
  'conll-dev': ['ALL (exact span)'],
  'crossner-ai': ['ALL (exact span)'],
  polnear: ['content (overlap)', 'source (named, accuracy)', 'content (overlap) + source'],
  timex: ['DATE span (relaxed)', 'DATE value (relaxed x accuracy)'],
  currency: ['money (value)'],
  duckling: ['money (value)'],
  percent: ['percent (value)'],
};

export function printSuite(score: ScoredSuite, verbose: boolean, write: (line: string) => void = console.log): void {
  write(`\n## ${score.suite}: ${score.documents} texts from ${score.source}${score.failures ? `, ${score.failures} on which extract threw` : ''}`);
  if (!score.documents) return;
  if (verbose) for (const line of score.details) write(`  ${line}`);
  const width = Math.max(28, ...score.measures.map((m) => m.name.length));
  write(`${'metric'.padEnd(width)}      P      R     F1   (tp/gold, predicted)`);
  for (const m of score.measures) {
    write(`${m.name.padEnd(width)}  ${[m.precision, m.recall, m.f1].map((x) => percent(x).padStart(5)).join('  ')}   (${m.tp}/${m.gold}, ${m.pred})`);
  }
  for (const { name, value } of score.scores) write(`${name}: ${percent(value)}`);
  for (const note of score.notes) write(`note: ${note}`);
}

/** One line per suite with its key figures (F1, or the score). */
export function printKeyFigures(scores: readonly ScoredSuite[], write: (line: string) => void = console.log): void {
  write('\n## Key figures (F1)');
  for (const score of scores) {
    const figures = (KEY_FIGURES[score.suite] ?? []).flatMap((name) => {
      const value = score.scores.find((s) => s.name.startsWith(name))?.value ?? score.measures.find((m) => m.name === name)?.f1;
      return value === undefined ? [] : [`${name} ${percent(value)}`];
    });
    write(`${score.suite.padEnd(12)} ${figures.join(' · ') || '(no gold)'}`);
  }
}

/** All figures; the misses and spurious items too when they were asked for. */
export function writeJson(file: string, scores: readonly ScoredSuite[], skipped: readonly string[], withDetails: boolean): void {
  const suites = scores.map(({ details, ...figures }) => (withDetails ? { ...figures, details } : figures));
  writeFileSync(file, `${JSON.stringify({ suites, skipped }, null, 2)}\n`);
}
