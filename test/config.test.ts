import { readFileSync } from 'node:fs';
import t from 'tap';
import { configSchema, loadConfig } from '../src/config.js';

t.test('defaults', async (t) => {
  const config = loadConfig({});
  t.equal(config.PORT, 3000);
  t.equal(config.HOST, '0.0.0.0');
  t.equal(config.LOG_LEVEL, 'info');
  t.equal(config.MAX_TEXT_CHARS, 200_000);
  t.equal(config.BODY_LIMIT_BYTES, 2 * 1024 * 1024);
});

t.test('values from the environment', async (t) => {
  const config = loadConfig({ PORT: '8080', HOST: '127.0.0.1', LOG_LEVEL: 'debug', MAX_TEXT_CHARS: '5000', BODY_LIMIT_BYTES: '65536' });
  t.same([config.PORT, config.HOST, config.LOG_LEVEL, config.MAX_TEXT_CHARS, config.BODY_LIMIT_BYTES], [8080, '127.0.0.1', 'debug', 5000, 65536]);
});

const bad: [Record<string, string>, RegExp][] = [
  [{ PORT: 'eighty' }, /^Invalid configuration: PORT must be an integer from 1 to 65535 \(got "eighty"\)$/],
  [{ PORT: '70000' }, /PORT must be an integer from 1 to 65535/],
  [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/],
  [{ MAX_TEXT_CHARS: '-5' }, /MAX_TEXT_CHARS must be an integer/],
  [{ BODY_LIMIT_BYTES: '1.5' }, /BODY_LIMIT_BYTES must be an integer/],
];

t.test('a bad value stops start-up with one line naming the variable', async (t) => {
  for (const [env, message] of bad) {
    t.throws(() => loadConfig(env), { name: 'ConfigError', message }, `${Object.keys(env)[0]} is rejected`);
    t.throws(() => loadConfig(env), { message: /^[^\n]+$/ }, 'in one line');
  }
});

t.test("the README's configuration table lists every variable the service reads", async (t) => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const documented = [...readme.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1]);
  t.same(documented.sort(), Object.keys(configSchema.shape).sort());
});
