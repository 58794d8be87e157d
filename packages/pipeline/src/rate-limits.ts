import { StoreUnavailableError } from '@contracts/vendors';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** Requests per window and caller on each operation that documents 429; `limit: 0` switches limits off. */
export interface RateLimitSettings {
  limit: number;
  windowSeconds: number;
}

/** Generous enough that local development never meets them; tests and the CLIs lower them. */
export const defaultRateLimit: RateLimitSettings = { limit: 1000, windowSeconds: 60 };

/** Makes the limiter of one API (rate-limiter-flexible: in memory by default, or shared, e.g. in Redis). */
export type RateLimiterFactory = (settings: RateLimitSettings) => RateLimiterAbstract;

export const memoryRateLimiter: RateLimiterFactory = ({ limit, windowSeconds }) => new RateLimiterMemory({ points: limit, duration: windowSeconds });

/** The verdict on one request: allowed, or refused with the seconds until the window resets. */
export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; limit: number; windowSeconds: number };

/** Counts one request of `key` against `limiter`; a limiter whose store fails makes the service unavailable (503). */
export async function consumeRateLimit(limiter: RateLimiterAbstract, settings: RateLimitSettings, key: string): Promise<RateVerdict> {
  try {
    await limiter.consume(key);
    return { allowed: true };
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw new StoreUnavailableError(`the rate limiter's store failed: ${(refusal as Error).message}`);
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)), ...settings };
  }
}
