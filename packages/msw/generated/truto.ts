// Generated from spec/truto/ by `pnpm generate`. Do not edit: edit the spec and regenerate.
// fingerprint: c8de92778d903b65
import document from '@contracts/bundles/generated/truto.json';
import type { paths } from '@contracts/types/truto';
import { vendor } from '@contracts/vendors/truto';
import { type ApiHandlerOptions, type ApiHandlers, type CredentialsOf, createApiHandlers } from '../src/create-api-handlers';

/** The options of `createHandlers` for Truto Admin API. */
export type HandlerOptions = ApiHandlerOptions<CredentialsOf<typeof vendor>>;

/**
 * New MSW handlers for Truto Admin API, with their own store: `setupServer(...createHandlers())` (or `setupWorker`).
 * Without options they answer at the vendor's base path on any origin, from the vendor's stateful fake.
 */
export function createHandlers(options: HandlerOptions = {}): ApiHandlers<paths> {
  return createApiHandlers<paths, typeof vendor>('truto', document, vendor, options);
}

/** One shared instance of the default handlers: its store lives as long as the module; `reset()` it between tests. */
export const handlers = createHandlers();

/** Forgets every change made through `handlers`: the store is seeded again from the spec's examples. */
export const reset = (): Promise<void> => handlers.reset();

/** openapi-msw's `http`, typed by the spec's paths, at the vendor's base path on any origin: for per-test overrides. */
export const http = handlers.http;
