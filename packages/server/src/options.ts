import { type LocalCredentials, localCredentials } from '@contracts/credentials';

/** How a stub behaves; every field has a default suited to local development. */
export interface StubOptions {
  /** Largest request body accepted, in bytes; larger ones get 413. Default 1 MiB. */
  bodyLimitBytes: number;
  /** Validate every handler response against the spec (default). Switch off only for production-like load. */
  validateResponses: boolean;
  /** Requests per window and per client on each rate-limited operation (those documenting 429); limit 0 switches it off. */
  rateLimit: { limit: number; windowSeconds: number };
  credentials: LocalCredentials;
}

export const defaultBodyLimitBytes = 1024 * 1024;

/** Generous enough that local development never meets them; tests and the CLI can lower them. */
export const defaultRateLimit = { limit: 1000, windowSeconds: 60 };

/** The environment variables the stub reads, with their defaults (credentials: see `@contracts/credentials`). */
export const stubEnvironment = {
  STUB_HOST: '127.0.0.1',
  LOOKER_STUB_PORT: 'the spec (3010)',
  TRUTO_STUB_PORT: 'the spec (3011)',
  VERSORI_STUB_PORT: 'the spec (3012)',
  STUB_BODY_LIMIT: String(defaultBodyLimitBytes),
  STUB_VALIDATE_RESPONSES: 'true',
  STUB_RATE_LIMIT: String(defaultRateLimit.limit),
  STUB_RATE_WINDOW_SECONDS: String(defaultRateLimit.windowSeconds),
} as const;

export function resolveOptions(overrides: Partial<StubOptions> = {}, env: NodeJS.ProcessEnv = process.env): StubOptions {
  const number = (name: string, fallback: number, { zero = false } = {}) => {
    const raw = env[name];
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0 || (value === 0 && !zero)) throw new Error(`${name}=${raw} is not a positive number; unset it or give a number`);
    return value;
  };
  return {
    bodyLimitBytes: overrides.bodyLimitBytes ?? number('STUB_BODY_LIMIT', defaultBodyLimitBytes),
    validateResponses: overrides.validateResponses ?? env.STUB_VALIDATE_RESPONSES !== 'false',
    rateLimit: overrides.rateLimit ?? {
      limit: number('STUB_RATE_LIMIT', defaultRateLimit.limit, { zero: true }),
      windowSeconds: number('STUB_RATE_WINDOW_SECONDS', defaultRateLimit.windowSeconds),
    },
    credentials: overrides.credentials ?? localCredentials(env),
  };
}
