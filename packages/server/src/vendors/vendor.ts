import type { Api } from '@contracts/bundles';
import type { LocalCredentials } from '@contracts/credentials';
import type { ErrorResponse, Violation } from '@contracts/vendor-errors';

export type { ErrorResponse, Violation } from '@contracts/vendor-errors';

/** What a handler receives besides its input. */
export interface HandlerContext<Store, Principal> {
  store: Store;
  /** The caller, as authenticated by the vendor's security scheme (undefined on anonymous operations). */
  principal: Principal;
  credentials: LocalCredentials;
  /** The token the caller sent, if any (Looker's logout ends it). */
  token: string | undefined;
}

/**
 * What differs between vendors: their error shape (from `@contracts/vendor-errors`), how they authenticate,
 * and what their store holds. Everything else (routes, validation, limits) comes from the spec.
 */
export interface Vendor<Store, Principal> {
  createStore(api: Api, credentials: LocalCredentials): Store;
  /** The caller behind an `Authorization` header, or undefined when it is missing or wrong. */
  authenticate(authorization: string | undefined, store: Store, credentials: LocalCredentials): { principal: Principal; token: string } | undefined;
  /** An error in the vendor's shape. */
  error(status: number, message: string): ErrorResponse;
  /** The answer to a request that broke the spec's schemas. */
  invalid(violations: Violation[]): ErrorResponse;
  /** An `Authorization` header that `authenticate` accepts, for the internal warm-up requests. */
  warmUpAuthorization(store: Store, credentials: LocalCredentials): string;
}
