import { existsSync } from 'node:fs';
import t from 'tap';
import type { Page } from 'playwright-core';
import { testApp } from '../helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  t.comment(`skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  t.pass('Swagger UI test skipped: Chromium is absent');
} else {
  const { chromium } = await import('playwright-core');
  const app = await testApp();
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  t.teardown(async () => {
    await browser.close();
    await app.close();
  });

  /** Opens /docs, presses Try it out and Execute on one operation, and hands back the API's response and what the page saw. */
  async function tryItOut(operationId: string, path: string) {
    const page: Page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    const docs = await page.goto(`${address}/docs`);
    const operation = page.locator(`#operations-extraction-${operationId}`);
    await operation.locator('.opblock-summary').first().click();
    await operation.getByRole('button', { name: 'Try it out' }).click();
    const [apiResponse] = await Promise.all([
      // Matched by path: Swagger UI adds the query's defaults (?explain=false).
      page.waitForResponse((response) => new URL(response.url()).pathname === path && response.request().method() === 'POST'),
      operation.getByRole('button', { name: 'Execute' }).click(),
    ]);
    const shownStatus = operation.locator('.live-responses-table tbody .response-col_status').first();
    await shownStatus.waitFor();
    return { page, docs, apiResponse, shownStatus: await shownStatus.innerText(), pageErrors, refused };
  }

  t.test('Swagger UI: "Try it out" with the example returns 200 and the extraction', async (t) => {
    const { page, docs, apiResponse, shownStatus, pageErrors, refused } = await tryItOut('extract', '/v1/extract');
    t.match((await docs?.allHeaders())?.['content-security-policy'], /default-src 'self'/, 'the docs are served under a CSP');
    t.equal(apiResponse.status(), 200, 'the API answered the example with 200');
    const body = await apiResponse.json();
    t.ok(body.money.some((m: { amount: number }) => m.amount === 450_000_000), 'and the extraction');
    t.match(shownStatus, /200/, 'the UI shows 200');
    t.same(pageErrors, [], 'no script errors on the page');
    t.same(refused, [], 'nothing refused by the CSP');
    await page.close();
  });

  t.test('Swagger UI: the stream route\'s example is sent as raw NDJSON lines, one result line each', async (t) => {
    const { page, apiResponse, shownStatus, pageErrors, refused } = await tryItOut('extractStream', '/v1/extract/stream');
    const sent = apiResponse.request().postData() ?? '';
    t.match(apiResponse.request().headers()['content-type'], /^application\/x-ndjson$/i, 'sent as NDJSON');
    t.ok(sent.startsWith('{"id":"northwind-series-c"'), 'the example goes out as lines of JSON, not as one JSON string');
    t.equal(apiResponse.status(), 200);
    const results = (await apiResponse.text()).trim().split('\n').map((line) => JSON.parse(line) as { id: string; ok: boolean });
    t.same(results.map((r) => [r.id, r.ok]), [
      ['northwind-series-c', true],
      ['blank', false],
    ], 'one result per example line: the article, and the blank text\'s error');
    t.match(shownStatus, /200/, 'the UI shows 200');
    t.same(pageErrors, [], 'no script errors on the page');
    t.same(refused, [], 'nothing refused by the CSP');
    await page.close();
  });
}
