import { existsSync } from 'node:fs';
import t from 'tap';
import { testApp } from '../helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  t.comment(`skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  t.pass('Swagger UI test skipped: Chromium is absent');
} else {
  t.test('Swagger UI: "Try it out" with the example returns 200 and the extraction', async (t) => {
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
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    const docs = await page.goto(`${address}/docs`);
    t.match((await docs?.allHeaders())?.['content-security-policy'], /default-src 'self'/, 'the docs are served under a CSP');
    await page.locator('#operations-extraction-extract').click();
    await page.getByRole('button', { name: 'Try it out' }).click();
    const [apiResponse] = await Promise.all([
      page.waitForResponse((response) => new URL(response.url()).pathname === '/v1/extract' && response.request().method() === 'POST'),
      page.getByRole('button', { name: 'Execute' }).click(),
    ]);
    t.equal(apiResponse.status(), 200, 'the API answered the example with 200');
    const body = await apiResponse.json();
    t.ok(body.money.some((m: { amount: number }) => m.amount === 450_000_000), 'and the extraction');
    const shownStatus = page.locator('.live-responses-table tbody .response-col_status').first();
    await shownStatus.waitFor();
    t.match(await shownStatus.innerText(), /200/, 'the UI shows 200');
    t.same(pageErrors, [], 'no script errors on the page');
    t.same(refused, [], 'nothing refused by the CSP');
  });
}
