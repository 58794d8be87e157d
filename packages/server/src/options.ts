import { defaultBodyLimitBytes } from '@contracts/http';
import { type CorsOrigins, defaultRateLimit, type RateLimitSettings } from '@contracts/pipeline';
import { type BodyLimits, type Environment, parseBodyLimits } from '@contracts/vendors';

/** How a stub behaves; every field has a default suited to local development. */
export interface StubOptions {
  /** Largest request body accepted, in bytes; larger ones get 413. Default 1 MiB. */
  bodyLimitBytes: number;
  /** How deep, wide and long a JSON body may be; past them it gets 413. */
  bodyLimits: BodyLimits;
  /** Validate every handler response against the spec (default). Switch off only for production-like load. */
  validateResponses: boolean;
  /** Requests per window and per caller on each rate-limited operation (those documenting 429); limit 0 switches it off. */
  rateLimit: RateLimitSettings;
  /** The origins browser apps may call the stub from (default: any). */
  corsOrigins: CorsOrigins;
  /** Where each vendor's credentials are read from (its variables, such as `LOOKER_CLIENT_ID`). */
  env: Environment;
  /** The credentials the stub accepts, instead of reading them from `env` (one API's stub only). */
  credentials?: unknown;
  /** Where state lives: undefined for this process's memory, or `redis://host:port[/db]` to share it between replicas. */
  store?: string;
  /**
   * Whether the control API answers at `/__contracts/` (`--control`). Default: on for an app not listening yet
   * (tests), and for a stub bound to a loopback address; off elsewhere.
   */
  control?: boolean;
  /** The bearer token the control API requires (`--control-token`, `CONTRACTS_CONTROL_TOKEN`); none by default. */
  controlToken?: string;
  /** Faults may answer statuses their operation does not document (`--allow-undocumented-faults`). */
  allowUndocumentedFaults?: boolean;
}

export { defaultBodyLimitBytes, defaultRateLimit };

/** `STUB_STORE` or `--store`: a `redis://` or `rediss://` URL, or nothing (memory). */
export function storeUrl(raw: string | undefined): string | undefined {
  if (!raw || raw === 'memory') return undefined;
  if (!/^rediss?:\/\//.test(raw))
    throw new Error(`the store ${raw} is not a redis:// URL; give redis://host:port[/db], or leave it unset for the in-memory store`);
  return raw;
}

export function resolveOptions(overrides: Partial<StubOptions> = {}, env: Environment = process.env): StubOptions {
  const number = (name: string, fallback: number, { zero = false } = {}) => {
    const raw = env[name];
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0 || (value === 0 && !zero)) throw new Error(`${name}=${raw} is not a positive number; unset it or give a number`);
    return value;
  };
  return {
    bodyLimitBytes: overrides.bodyLimitBytes ?? number('STUB_BODY_LIMIT', defaultBodyLimitBytes),
    bodyLimits: overrides.bodyLimits ?? parseBodyLimits('STUB_BODY_LIMITS=', env.STUB_BODY_LIMITS),
    validateResponses: overrides.validateResponses ?? env.STUB_VALIDATE_RESPONSES !== 'false',
    rateLimit: overrides.rateLimit ?? {
      limit: number('STUB_RATE_LIMIT', defaultRateLimit.limit, { zero: true }),
      windowSeconds: number('STUB_RATE_WINDOW_SECONDS', defaultRateLimit.windowSeconds),
    },
    corsOrigins: overrides.corsOrigins ?? '*',
    env: overrides.env ?? env,
    store: overrides.store ?? storeUrl(env.STUB_STORE),
    ...(overrides.credentials !== undefined && { credentials: overrides.credentials }),
    ...(overrides.control !== undefined && { control: overrides.control }),
    ...((overrides.controlToken ?? env.CONTRACTS_CONTROL_TOKEN) && { controlToken: overrides.controlToken ?? env.CONTRACTS_CONTROL_TOKEN }),
    ...(overrides.allowUndocumentedFaults && { allowUndocumentedFaults: true }),
  };
}
