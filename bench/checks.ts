/** Figures checked against their targets, printed as one table at the end of the bench and the load script. */
export interface Check {
  name: string;
  value: string;
  target: string;
  ok: boolean;
}

export const checks: Check[] = [];
export const check = (name: string, value: string, target: string, ok: boolean) => checks.push({ name, value, target, ok });
export const fmt = (n: number, digits = 1) => n.toFixed(digits);

export function printTargets(): void {
  console.log('\n## Targets\n\n| check | value | target | |\n|---|---:|---:|---|');
  for (const c of checks) console.log(`| ${c.name} | ${c.value} | ${c.target} | ${c.ok ? 'met' : 'NOT MET'} |`);
}
