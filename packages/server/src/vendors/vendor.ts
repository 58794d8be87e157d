import type { Api } from '@contracts/bundles';
import type { LocalCredentials } from '@contracts/credentials';

/** One rule of the spec a request broke, as the validator reports it. */
export interface Violation {
  /** Where: `body`, `query`, `path`, `headers`. */
  location: string;
  /** The field at fault, slash-separated below its location (`url`, `connectionVariables/0/value`); '' for the whole body. */
  field: string;
  message: string;
  /** `required` when the field is missing, else the broken rule (`format`, `type`, `additionalProperties`, ...). */
  rule: string;
}

/** A complete error response. */
export interface ErrorResponse {
  status: number;
  body: unknown;
}

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
 * What differs between vendors: their error shape, how they authenticate, and what their store holds.
 * Everything else (routes, validation, limits) comes from the spec.
 */
export interface Vendor<Store, Principal> {
  createStore(api: Api, credentials: LocalCredentials): Store;
  /** The caller behind an `Authorization` header, or undefined when it is missing or wrong. */
  authenticate(authorization: string | undefined, store: Store, credentials: LocalCredentials): { principal: Principal; token: string } | undefined;
  /** An error in the vendor's shape. */
  error(status: number, message: string): ErrorResponse;
  /** The answer to a request that broke the spec's schemas. */
  invalidRequest(violations: Violation[]): ErrorResponse;
  /** An `Authorization` header that `authenticate` accepts, for the internal warm-up requests. */
  warmUpAuthorization(store: Store, credentials: LocalCredentials): string;
}

/** `Bearer <t>` (any case); Looker also accepts `token <t>`. */
export function bearerToken(authorization: string | undefined, schemes: string[] = ['bearer']): string | undefined {
  const match = /^(\S+)\s+(\S+)\s*$/.exec(authorization ?? '');
  if (!match?.[1] || !match[2] || !schemes.includes(match[1].toLowerCase())) return undefined;
  return match[2];
}
