import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { testApp } from '../helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The README's example article.
const ARTICLE =
  'Acme Robotics raised $45 million in a Series B round, chief executive Dana Whitfield said on Tuesday. "We will double the team," Whitfield said.';

t.test('GET /explore: the page, its script and style, served by the app under its CSP, and left out of the API document', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const page = await app.inject({ method: 'GET', url: '/explore' });
  t.equal(page.statusCode, 200);
  t.match(page.headers['content-type'], /^text\/html/);
  t.match(page.headers['content-security-policy'], /script-src 'self'/);
  t.notMatch(page.body, /https?:\/\//, 'nothing loaded from elsewhere');
  t.notMatch(page.body, /<script>/, 'no inline script');
  for (const [url, type] of [['/explore/explore.js', /^text\/javascript/], ['/explore/explore.css', /^text\/css/]] as const) {
    const asset = await app.inject({ method: 'GET', url });
    t.equal(asset.statusCode, 200, url);
    t.match(asset.headers['content-type'], type, url);
  }
  const document = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
  t.notOk(Object.keys(document.paths).some((path) => path.startsWith('/explore')));
});

if (!existsSync(CHROMIUM)) {
  t.comment(`skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  t.pass('explorer browser test skipped: Chromium is absent');
} else {
  t.test('the explorer in Chromium: the README example marked up by kind, values on hover, claims listed and highlighted on hover', async (t) => {
    const { chromium } = await import('playwright-core');
    const app = await testApp();
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    t.teardown(async () => {
      await browser.close();
      await app.close();
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
    });
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(address)) elsewhere.push(request.url());
    });
    await page.goto(`${address}/explore`);
    await page.fill('#text', ARTICLE);
    await page.fill('#publishedAt', '2025-03-06');
    const [extraction] = await Promise.all([
      page.waitForResponse((response) => new URL(response.url()).pathname === '/v1/extract'),
      page.click('#run'),
    ]);
    t.equal(extraction.status(), 200, 'the page calls POST /v1/extract');
    await page.locator('#claims li.claim').first().waitFor();

    const marks = await page.$$eval('#doc mark', (nodes) => nodes.map((node) => ({ text: node.textContent, kinds: node.className, title: node.getAttribute('title') })));
    const mark = (text: string) => marks.find((m) => m.text === text);
    t.match(mark('Acme Robotics'), { kinds: /mark-organization/, title: /organization: Acme Robotics/ });
    t.match(mark('Dana Whitfield'), { kinds: /mark-person/, title: /person: Dana Whitfield/ });
    t.match(mark('$45 million'), { kinds: /mark-money/, title: /45,000,000 USD/ });
    t.match(mark('Tuesday'), { kinds: /mark-date/, title: /2025-03-04/ });
    t.ok(marks.some((m) => /mark-quote/.test(m.kinds ?? '') && /quote: Dana Whitfield/.test(m.title ?? '')), 'the quotation, with its speaker on hover');
    t.equal(await page.textContent('#doc'), ARTICLE, 'the text is shown whole, as sent');

    const claims = await page.$$eval('#claims li.claim', (items) =>
      items.map((item) => ({ kind: item.getAttribute('data-kind'), speaker: item.querySelector('.fact-speaker')?.textContent, figures: item.querySelector('.fact-figures')?.textContent })),
    );
    t.match(claims[0], { kind: 'funding', speaker: /Dana Whitfield/, figures: /\$45 million/ });

    await page.hover('#claims li.claim >> nth=0');
    const highlighted = await page.$$eval('#doc .claim-hover', (nodes) => nodes.map((node) => node.textContent).join(''));
    t.equal(highlighted, 'Acme Robotics raised $45 million in a Series B round', 'hovering a claim highlights its span');

    const screenshot = process.env.EXPLORE_SCREENSHOT ?? join(mkdtempSync(join(tmpdir(), 'news-claims-explore-')), 'explore.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    t.comment(`screenshot: ${screenshot}`);
    t.same(problems, [], 'no script errors, nothing refused by the CSP');
    t.same(elsewhere, [], 'no request leaves the app: it works offline');
  });
}
