import t from 'tap';
import { loadConfig } from '../../../src/config.js';
import { postJson, testApp } from '../../helpers.js';

t.test('security headers on every response', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  for (const url of ['/health/live', '/docs', '/openapi.json', '/nope']) {
    const response = await app.inject({ method: 'GET', url });
    t.equal(response.headers['x-content-type-options'], 'nosniff', `${url}: nosniff`);
    t.match(response.headers['content-security-policy'], /default-src 'self'/, `${url}: CSP`);
    t.equal(response.headers['x-frame-options'], 'SAMEORIGIN', `${url}: frame options`);
    t.notOk(response.headers['x-powered-by'], `${url}: no x-powered-by`);
  }
});

t.test('CORS is off by default and on for the configured origins', async (t) => {
  const closed = await testApp();
  const open = await testApp({ CORS_ORIGINS: 'https://app.example.com, https://admin.example.com' });
  t.teardown(async () => {
    await closed.close();
    await open.close();
  });
  const preflight = { method: 'OPTIONS' as const, url: '/v1/extract', headers: { origin: 'https://app.example.com', 'access-control-request-method': 'POST' } };
  t.notOk((await closed.inject(preflight)).headers['access-control-allow-origin'], 'no CORS headers by default');
  const allowed = await open.inject(preflight);
  t.equal(allowed.headers['access-control-allow-origin'], 'https://app.example.com');
  const other = await open.inject({ ...preflight, headers: { ...preflight.headers, origin: 'https://evil.example.net' } });
  t.notOk(other.headers['access-control-allow-origin'], 'other origins are not allowed');
  t.throws(() => loadConfig({ CORS_ORIGINS: 'not an origin' }), { message: /CORS_ORIGINS must be/ });
});

t.test('rate limiting is off by default, and when on, 429 problem+json with Retry-After; health is never limited', async (t) => {
  const unlimited = await testApp();
  t.teardown(() => unlimited.close());
  for (let i = 0; i < 5; i++) t.equal((await postJson(unlimited, { text: 'Acme rose 5%.' })).statusCode, 200);

  const limited = await testApp({ RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '60000' });
  t.teardown(() => limited.close());
  t.equal((await postJson(limited, { text: 'Acme rose 5%.' })).statusCode, 200);
  t.equal((await postJson(limited, { text: 'Acme rose 5%.' })).statusCode, 200);
  const refused = await postJson(limited, { text: 'Acme rose 5%.' });
  t.equal(refused.statusCode, 429);
  t.match(refused.headers['content-type'], /^application\/problem\+json/);
  t.equal(refused.json().type, 'urn:news-claims:problem:rate-limited');
  t.ok(Number(refused.headers['retry-after']) > 0, 'Retry-After');
  for (let i = 0; i < 5; i++) t.equal((await limited.inject({ method: 'GET', url: '/health/ready' })).statusCode, 200, 'health is not limited');
});
