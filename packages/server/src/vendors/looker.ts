import { randomBytes } from 'node:crypto';
import type { Api } from '@contracts/bundles';
import type { LocalCredentials } from '@contracts/credentials';
import type { CredentialsApi3, IntegrationHub, operations } from '@contracts/types/looker';
import { looker, lookerErrors } from '@contracts/vendor-errors';
import type { Handler } from '../handler';
import { responseExample } from '../spec';
import type { HandlerContext, Vendor } from './vendor';

/** A Looker user of the stub. User 17 (an admin) owns the configured API3 key; user 42 is a non-admin. */
export interface LookerUser {
  id: string;
  isAdmin: boolean;
}

/** The built-in non-admin user and its API3 key, to exercise 403 and the 404 of hub creation. */
export const nonAdminUser = {
  id: '42',
  credentialId: '6',
  clientId: 'nX7pQ2rT9vB4mK8sW3hJ',
  clientSecret: 'Lc5Fz8Rk2Wq7Ym4Tp9Dn3Hs6',
} as const;

/** A hub as stored: what the API shows plus the write-only token. */
export type StoredHub = IntegrationHub & { id: string; authorization_token: string | null };
/** A credential as stored: what the API shows plus its owner and secret. */
export type StoredCredential = CredentialsApi3 & { id: string; userId: string; clientSecret: string };

export interface LookerStore {
  hubs: Map<string, StoredHub>;
  credentials: Map<string, StoredCredential>;
  users: Map<string, LookerUser>;
  /** Access token → session; `DELETE /logout` removes it. */
  sessions: Map<string, { userId: string; expiresAt: number }>;
  /** How long a new access token lives, in seconds (the spec's login example says one hour). */
  tokenLifetimeSeconds: number;
}

export type LookerPrincipal = LookerUser;
export type LookerContext = HandlerContext<LookerStore, LookerPrincipal>;
/** The type of the handler module `src/handlers/looker/<operationId>.ts`. */
export type LookerHandler<K extends keyof operations> = Handler<operations[K], LookerContext>;

export function createLookerStore(api: Api, credentials: LocalCredentials): LookerStore {
  // Existing entities come from the update operations' 200 examples: they describe objects that exist.
  const hub = responseExample<IntegrationHub & { id: string }>(api, 'update_integration_hub', 200);
  // The example shows a token is set without revealing it; any non-empty value reproduces that.
  const storedHub: StoredHub = { ...hub, authorization_token: hub.has_authorization_token ? 'seeded-authorization-token' : null };
  const credential = responseExample<CredentialsApi3 & { id: string; url: string }>(api, 'update_user_credentials_api3', 200);
  const owner = /\/users\/([^/]+)\/credentials_api3\//.exec(credential.url)?.[1] ?? '17';
  const ownCredential: StoredCredential = {
    ...credential,
    client_id: credentials.looker.clientId,
    userId: owner,
    clientSecret: credentials.looker.clientSecret,
  };
  const otherCredential: StoredCredential = {
    ...credential,
    id: nonAdminUser.credentialId,
    client_id: nonAdminUser.clientId,
    purpose: 'Read-only reporting',
    url: credential.url.replace(`/users/${owner}/credentials_api3/${credential.id}`, `/users/${nonAdminUser.id}/credentials_api3/${nonAdminUser.credentialId}`),
    userId: nonAdminUser.id,
    clientSecret: nonAdminUser.clientSecret,
  };
  const lifetime = responseExample<{ expires_in: number }>(api, 'login', 200).expires_in;
  return {
    hubs: new Map([[storedHub.id, storedHub]]),
    credentials: new Map([
      [ownCredential.id, ownCredential],
      [otherCredential.id, otherCredential],
    ]),
    users: new Map([
      [owner, { id: owner, isAdmin: true }],
      [nonAdminUser.id, { id: nonAdminUser.id, isAdmin: false }],
    ]),
    sessions: new Map(),
    tokenLifetimeSeconds: lifetime,
  };
}

/** Creates a session for `userId` and returns its access token. */
export function openSession(store: LookerStore, userId: string): string {
  const token = randomBytes(24).toString('base64url');
  store.sessions.set(token, { userId, expiresAt: Date.now() + store.tokenLifetimeSeconds * 1000 });
  return token;
}

export function lookerVendor(api: Api): Vendor<LookerStore, LookerPrincipal> {
  // Looker links each error to its page for this API version (`/api/4.0` → `4.0`).
  const errors = lookerErrors(api.basePath.split('/').pop());
  return {
    createStore: createLookerStore,
    authenticate(authorization, store) {
      const token = errors.token(authorization);
      const session = token ? store.sessions.get(token) : undefined;
      if (!token || !session) return undefined;
      if (session.expiresAt < Date.now()) {
        store.sessions.delete(token);
        return undefined;
      }
      const user = store.users.get(session.userId);
      return user ? { principal: user, token } : undefined;
    },
    error: errors.error,
    invalid: errors.invalid,
    warmUpAuthorization(store) {
      const admin = [...store.users.values()].find((user) => user.isAdmin);
      return `Bearer ${openSession(store, admin?.id ?? '17')}`;
    },
  };
}

/** A Looker error result for a handler; `S` must be a status the operation documents. */
export const lookerError = looker.error;

/** A Looker 422 result naming one body field, with Looker's `code` for the rule it broke (`already_exists`). */
export function lookerValidationError(field: string, rule: string, message: string) {
  return looker.validationError([{ location: 'body', field: [field], rule, message }]);
}

/** A hub as the API shows it: without the write-only token. */
export function visibleHub(hub: StoredHub): IntegrationHub {
  const { authorization_token: _token, ...visible } = hub;
  return visible;
}

/** A credential as the API shows it: without its owner and secret. */
export function visibleCredential(credential: StoredCredential): CredentialsApi3 {
  const { userId: _user, clientSecret: _secret, ...visible } = credential;
  return visible;
}

/**
 * Looker fetches a hub's label from the hub; the stub derives it from the host instead:
 * `looker-actions.brightwave.io` → `Brightwave Actions`, `actions.northwind-analytics.com` → `Northwind Actions`.
 */
export function hubLabel(url: string): string {
  const labels = new URL(url).hostname.split('.');
  const name = (labels.length >= 2 ? labels[labels.length - 2] : labels[0]) ?? 'Integration';
  const word = name.split('-')[0] ?? name;
  return `${word.charAt(0).toUpperCase()}${word.slice(1)} Actions`;
}
