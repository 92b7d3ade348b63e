import { availableParallelism } from 'node:os';
import { z } from 'zod';

const integer = (name: string, fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw.trim() === '') return fallback;
      const value = Number(raw);
      if (!Number.isInteger(value) || value < min || value > max) {
        ctx.addIssue({ code: 'custom', message: `${name} must be an integer from ${min} to ${max} (got "${raw}")` });
        return z.NEVER;
      }
      return value;
    });

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every setting the service reads from its environment, with its default. The README's table lists the same. */
export const configSchema = z.object({
  PORT: integer('PORT', 3000, 1, 65535),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const value = (raw ?? '').trim() || 'info';
      if ((LOG_LEVELS as readonly string[]).includes(value)) return value as (typeof LOG_LEVELS)[number];
      ctx.addIssue({ code: 'custom', message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${raw}")` });
      return z.NEVER;
    }),
  MAX_TEXT_CHARS: integer('MAX_TEXT_CHARS', 200_000, 1, 10_000_000),
  BODY_LIMIT_BYTES: integer('BODY_LIMIT_BYTES', 2 * 1024 * 1024, 1024, 100 * 1024 * 1024),
  REQUEST_TIMEOUT_MS: integer('REQUEST_TIMEOUT_MS', 10_000, 100, 600_000),
  SHUTDOWN_TIMEOUT_MS: integer('SHUTDOWN_TIMEOUT_MS', 10_000, 100, 600_000),
  WORKERS: integer('WORKERS', availableParallelism(), 0, 256),
  MAX_QUEUE: integer('MAX_QUEUE', 64, 0, 100_000),
  WORKER_HEAP_MB: integer('WORKER_HEAP_MB', 256, 64, 16_384),
  WORKER_GRACE_MS: integer('WORKER_GRACE_MS', 10_000, 0, 600_000),
  MAX_BATCH: integer('MAX_BATCH', 100, 1, 10_000),
  STREAM_IDLE_TIMEOUT_MS: integer('STREAM_IDLE_TIMEOUT_MS', 30_000, 100, 3_600_000),
  STREAM_MAX_DURATION_MS: integer('STREAM_MAX_DURATION_MS', 3_600_000, 1000, 86_400_000),
  MAX_STREAMS: integer('MAX_STREAMS', 64, 1, 100_000),
  RATE_LIMIT_MAX: integer('RATE_LIMIT_MAX', 0, 0, 1_000_000),
  RATE_LIMIT_WINDOW_MS: integer('RATE_LIMIT_WINDOW_MS', 60_000, 1000, 86_400_000),
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((raw, ctx): boolean | number | string[] => {
      const value = (raw ?? '').trim();
      if (value === '' || value === 'false') return false;
      if (value === 'true') return true;
      if (/^\d+$/.test(value)) return Number(value);
      const addresses = value.split(',').map((address) => address.trim()).filter(Boolean);
      if (addresses.every((address) => /^[\d.:a-fA-F]+(\/\d{1,3})?$/.test(address))) return addresses;
      ctx.addIssue({ code: 'custom', message: `TRUST_PROXY must be true, false, a number of proxy hops, or comma-separated proxy addresses or CIDR ranges (got "${raw}")` });
      return z.NEVER;
    }),
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((raw) => (raw ?? '').split(',').map((origin) => origin.trim()).filter(Boolean))
    .pipe(z.array(z.union([z.literal('*'), z.url({ error: 'CORS_ORIGINS must be "*" or a comma-separated list of origins (https://app.example.com)' })]))),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the configuration; a bad value throws one line naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const known = Object.fromEntries(Object.keys(configSchema.shape).map((key) => [key, env[key]]));
  const result = configSchema.safeParse(known);
  if (result.success) return result.data;
  const messages = result.error.issues.map((issue) =>
    issue.code === 'custom' || issue.message.startsWith(String(issue.path[0])) ? issue.message : `${String(issue.path[0])}: ${issue.message}`,
  );
  throw new ConfigError(`Invalid configuration: ${messages.join('; ')}`);
}

export const defaultConfig: Config = loadConfig({});
