import { execFileSync } from 'node:child_process';
import t from 'tap';

t.test('the team gold articles are valid: every span in its text, speakers among the entities, values well formed', async (t) => {
  const report = execFileSync(process.execPath, ['scripts/check-gold.mjs'], { encoding: 'utf8' });
  t.match(report, /^\d+ files, 0 problems$/mu);
});
