import type { Api } from '@contracts/bundles/model';
import { operationsOf, responseExample } from '@contracts/bundles/model';
import type { CredentialsApi3, IntegrationHub } from '@contracts/types/looker';
import { collection, type SeedRecord } from '../src/store';
import type { LookerCredentials } from './credentials';

/** A Looker user of the fake. User 17 (an admin) owns the configured API3 key; user 42 is a non-admin. */
export interface LookerUser {
  id: string;
  isAdmin: boolean;
}

/** A hub as stored: what the API shows plus the write-only token. */
export type StoredHub = IntegrationHub & { id: string; authorization_token: string | null };
/** A credential as stored: what the API shows plus its owner and secret. */
export type StoredCredential = CredentialsApi3 & { id: string; userId: string; clientSecret: string };
/** A session: the user an access token belongs to, until it expires. */
export interface Session {
  userId: string;
  expiresAt: number;
}

export const hubs = collection<StoredHub>('hubs');
export const credentialsApi3 = collection<StoredCredential>('credentials_api3');
export const users = collection<LookerUser>('users');
/** Access token → session; `DELETE /logout` removes it. */
export const sessions = collection<Session>('sessions');
/** Settings read from the spec when the store is seeded. */
export const settings = collection<{ tokenLifetimeSeconds: number }>('settings');

/** The built-in non-admin user and its API3 key, to exercise 403 and the 404 of hub creation. */
export const nonAdminUser = {
  id: '42',
  credentialId: '6',
  clientId: 'nX7pQ2rT9vB4mK8sW3hJ',
  clientSecret: 'Lc5Fz8Rk2Wq7Ym4Tp9Dn3Hs6',
} as const;

/** The value of the first named example of `operationId`'s answer `status`. */
function example<T>(api: Api, operationId: string, status: number): T {
  const operation = operationsOf(api.document).find((candidate) => candidate.operationId === operationId);
  const value = operation && responseExample(operation, status);
  if (value === undefined) throw new Error(`${api.name}: ${operationId} has no example of its ${status} answer to seed the store from`);
  return structuredClone(value) as T;
}

/** The entities the spec's examples describe, plus the non-admin user and its key. */
export function seedLooker(api: Api, credentials: LookerCredentials): SeedRecord[] {
  // Existing entities come from the update operations' 200 examples: they describe objects that exist.
  const hub = example<IntegrationHub & { id: string }>(api, 'update_integration_hub', 200);
  // The example shows a token is set without revealing it; any non-empty value reproduces that.
  const storedHub: StoredHub = { ...hub, authorization_token: hub.has_authorization_token ? 'seeded-authorization-token' : null };
  const credential = example<CredentialsApi3 & { id: string; url: string }>(api, 'update_user_credentials_api3', 200);
  const owner = /\/users\/([^/]+)\/credentials_api3\//.exec(credential.url)?.[1] ?? '17';
  const ownCredential: StoredCredential = { ...credential, client_id: credentials.clientId, userId: owner, clientSecret: credentials.clientSecret };
  const otherCredential: StoredCredential = {
    ...credential,
    id: nonAdminUser.credentialId,
    client_id: nonAdminUser.clientId,
    purpose: 'Read-only reporting',
    url: credential.url.replace(`/users/${owner}/credentials_api3/${credential.id}`, `/users/${nonAdminUser.id}/credentials_api3/${nonAdminUser.credentialId}`),
    userId: nonAdminUser.id,
    clientSecret: nonAdminUser.clientSecret,
  };
  const tokenLifetimeSeconds = example<{ expires_in: number }>(api, 'login', 200).expires_in;
  return [
    { collection: hubs.name, id: storedHub.id, record: storedHub },
    { collection: credentialsApi3.name, id: ownCredential.id, record: ownCredential },
    { collection: credentialsApi3.name, id: otherCredential.id, record: otherCredential },
    { collection: users.name, id: owner, record: { id: owner, isAdmin: true } satisfies LookerUser },
    { collection: users.name, id: nonAdminUser.id, record: { id: nonAdminUser.id, isAdmin: false } satisfies LookerUser },
    { collection: settings.name, id: 'session', record: { tokenLifetimeSeconds } },
  ];
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
 * Looker fetches a hub's label from the hub; the fake derives it from the host instead:
 * `looker-actions.brightwave.io` → `Brightwave Actions`, `actions.northwind-analytics.com` → `Northwind Actions`.
 * Any string the spec accepts as a url gets a label: the host is read without `new URL`, which refuses some of them
 * (`http://example.com:99999/x`).
 */
export function hubLabel(url: string): string {
  const host = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(url)?.[1] ?? '';
  const labels = host.toLowerCase().split('.').filter(Boolean);
  const name = (labels.length >= 2 ? labels[labels.length - 2] : labels[0]) ?? '';
  const word = name.split('-')[0]?.replace(/[^a-z0-9]/g, '') ?? '';
  return word ? `${word.charAt(0).toUpperCase()}${word.slice(1)} Actions` : 'Integration Hub';
}
