import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';

t.test('the team gold articles are valid: every span in its text, speakers among the entities, values well formed', async (t) => {
  const report = execFileSync(process.execPath, ['scripts/check-gold.mjs'], { encoding: 'utf8' });
  t.match(report, /^\d+ files, 0 problems$/mu);
});

t.test('gold ids: public namespaces only, each in its format', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'gold-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const article = JSON.parse(readFileSync('test/eval/articles/team-001.json', 'utf8'));
  article.gold.entities[0].ids = { wikidata: 'X145', kb: 'united-kingdom' };
  delete article.gold.entities[1].ids;
  writeFileSync(join(dir, 'team-001.json'), JSON.stringify(article));
  let report = '';
  try {
    execFileSync(process.execPath, ['scripts/check-gold.mjs', dir], { encoding: 'utf8' });
  } catch (error) {
    report = (error as { stdout: string }).stdout;
  }
  t.match(report, /bad wikidata id X145/);
  t.match(report, /unknown id namespace kb/);
  t.match(report, /Kestrel Mobile: ids is not an object/);
});
