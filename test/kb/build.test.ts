import { execFileSync } from 'node:child_process';
import t from 'tap';

t.test('npm run kb rebuilds the committed knowledge base byte for byte from its sources', async (t) => {
  const report = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/kb/build.ts', '--check'], { encoding: 'utf8' });
  t.match(report, /knowledge base up to date/);
});
