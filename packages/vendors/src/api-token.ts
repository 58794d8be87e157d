import type { StoreReader } from './store';
import type { Caller } from './vendor';

/**
 * Authentication by one static API token (`Authorization: Bearer <token>`), as Truto's and Versori's APIs and a newly
 * scaffolded vendor do: the caller is `principal` when the token is the configured one.
 */
export function apiTokenAuthentication<Principal, Credentials>(
  tokenOf: (authorization: string | undefined) => string | undefined,
  expected: (credentials: Credentials) => string,
  principal: Principal,
): (authorization: string | undefined, store: StoreReader, credentials: Credentials) => Promise<Caller<Principal> | undefined> {
  return async (authorization, _store, credentials) => {
    const token = tokenOf(authorization);
    return token !== undefined && token === expected(credentials) ? { principal, token } : undefined;
  };
}
