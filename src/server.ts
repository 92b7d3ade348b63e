import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';

/** Why listening failed, in one line naming the setting to change; undefined for a failure no setting explains. */
function listenFailure(error: NodeJS.ErrnoException, { PORT, HOST }: Pick<Config, 'PORT' | 'HOST'>): string | undefined {
  switch (error.code) {
    case 'EADDRINUSE':
      return `Cannot listen: port ${PORT} on ${HOST} is already in use; stop what holds it or set PORT to a free port.`;
    case 'EACCES':
      return `Cannot listen: port ${PORT} needs privileges this process does not have; set PORT to 1024 or above.`;
    case 'EADDRNOTAVAIL':
      return `Cannot listen: HOST "${HOST}" is not an address of this machine; set HOST to 0.0.0.0 (every interface), 127.0.0.1 or one of its addresses.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return `Cannot listen: HOST "${HOST}" does not resolve to an address; set HOST to 0.0.0.0 (every interface), 127.0.0.1 or one of this machine's addresses.`;
    default:
      return undefined;
  }
}

/** The address a person opens: a wildcard host is reached as localhost. */
function docsUrl({ PORT, HOST }: Pick<Config, 'PORT' | 'HOST'>): string {
  const host = HOST === '0.0.0.0' || HOST === '::' ? 'localhost' : HOST.includes(':') ? `[${HOST}]` : HOST;
  return `http://${host}:${PORT}/docs`;
}

/** Entry point: reads the configuration, listens, and on SIGTERM/SIGINT stops accepting and finishes in-flight requests. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const app = await buildApp({ config, onReady: () => app.log.info(`ready: Swagger UI at ${docsUrl(config)}`) });
  closeWithGrace({ delay: config.SHUTDOWN_TIMEOUT_MS, logger: false }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'closing after an unexpected error');
    else app.log.info({ signal }, 'closing: finishing in-flight requests');
    await app.close();
  });
  try {
    await app.listen({ port: config.PORT, host: config.HOST });
  } catch (error) {
    const line = listenFailure(error as NodeJS.ErrnoException, config);
    if (!line) throw error;
    process.stderr.write(`${line}\n`);
    await app.close();
    process.exit(1);
  }
}

await main();
