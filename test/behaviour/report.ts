import type { Floors } from './floors.js';
import type { CapabilityResult } from './suite.js';

/** The pass rate as a percentage with one decimal ("97.9%"). */
export const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;

/** The table of capabilities: id, cases, passed, pass rate, its recorded floor, and whether it meets the target. */
export function resultTable(results: readonly CapabilityResult[], floors: Floors, target: number): string {
  const width = Math.max('capability'.length, ...results.map((r) => r.id.length));
  const row = ([first = '', ...rest]: readonly string[]) => `${first.padEnd(width)}  ${rest.map((c) => c.padStart(7)).join('  ')}`;
  const rule = '-'.repeat(width + 45);
  const lines = [row(['capability', 'cases', 'passed', 'rate', 'floor', 'target']), rule];
  for (const r of results) {
    const floor = floors[r.id];
    const verdict = floor !== undefined && r.rate < floor ? 'REGRESSED' : r.rate >= target ? 'met' : 'below';
    lines.push(row([r.id, String(r.cases), String(r.passed), percent(r.rate), floor === undefined ? 'none' : percent(floor), verdict]));
  }
  const cases = results.reduce((sum, r) => sum + r.cases, 0);
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const meeting = results.filter((r) => r.rate >= target).length;
  lines.push(rule, row(['all', String(cases), String(passed), percent(cases > 0 ? passed / cases : 1), '', `${meeting}/${results.length}`]));
  return lines.join('\n');
}

/** Each failing case of each capability: the input(s), what was expected, what came back. */
export function failureReport(results: readonly CapabilityResult[]): string {
  const blocks: string[] = [];
  for (const r of results.filter((result) => result.failures.length > 0)) {
    blocks.push(`\n## ${r.id} (${r.cases - r.passed} failing): ${r.description}`);
    for (const failure of r.failures) {
      blocks.push(
        failure.texts.map((text, i) => `  input${failure.texts.length > 1 ? ` ${i + 1}` : ''}: ${JSON.stringify(text)}`).join('\n'),
        `  expected: ${failure.expected}`,
        `  got:      ${failure.got}`,
        '',
      );
    }
  }
  return blocks.join('\n');
}
