// Generated from spec/versori/ by `pnpm generate`. Do not edit: edit the spec and regenerate.
// fingerprint: bee59ff128e77e21
import document from '@contracts/bundles/generated/versori.json';
import type { paths } from '@contracts/types/versori';
import { vendor } from '@contracts/vendors/versori';
import { type ApiHandlerOptions, type ApiHandlers, type CredentialsOf, createApiHandlers } from '../src/create-api-handlers';

/** The options of `createHandlers` for Versori Connect API. */
export type HandlerOptions = ApiHandlerOptions<CredentialsOf<typeof vendor>>;

/**
 * New MSW handlers for Versori Connect API, with their own store: `setupServer(...createHandlers())` (or `setupWorker`).
 * Without options they answer at the vendor's base path on any origin, from the vendor's stateful fake.
 */
export function createHandlers(options: HandlerOptions = {}): ApiHandlers<paths> {
  return createApiHandlers<paths, typeof vendor>('versori', document, vendor, options);
}

/** One shared instance of the default handlers: its store lives as long as the module; `reset()` it between tests. */
export const handlers = createHandlers();

/** Forgets every change made through `handlers`: the store is seeded again from the spec's examples. */
export const reset = (): Promise<void> => handlers.reset();

/** openapi-msw's `http`, typed by the spec's paths, at the vendor's base path on any origin: for per-test overrides. */
export const http = handlers.http;
