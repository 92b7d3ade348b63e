import { readFileSync } from 'node:fs';
import t from 'tap';
import { readmeUrl, renderReadme } from '../scripts/readme-examples.js';

t.test("the README's curl example output and claims table are what the service gives today", async (t) => {
  const readme = readFileSync(readmeUrl, 'utf8');
  t.equal(await renderReadme(readme), readme, 'README.md is stale: run `npm run readme` and commit the result');
});

t.test('the README starts with the two command lines: install and start, install and test', async (t) => {
  const [fence, start, test] = readFileSync(readmeUrl, 'utf8').split('\n');
  t.same([fence, start, test], ['```sh', 'npm ci && npm start', 'npm ci && npm test']);
});
