import type { Api } from '@contracts/bundles/model';
import { operationsOf } from '@contracts/bundles/model';
import type { CredentialsApi3, DataActionForm, Integration, IntegrationHub } from '@contracts/types/looker';
import { collection, type SeedRecord, type StoreReader } from '../src/store';
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
/** An integration as stored: sensitive parameter values are kept here and shown as null. */
export type StoredIntegration = Integration & { id: string; integration_hub_id: string };
/** A session: the user an access token belongs to, until it expires. */
export interface Session {
  userId: string;
  expiresAt: number;
}
/** What the fake reads from the spec when its store is seeded. */
export interface Settings {
  tokenLifetimeSeconds: number;
  /** The vendor's base URL, which credentials' `url` starts with. */
  baseUrl: string;
  /** The forms the spec's examples show: one asking for a sign-in (OAuth integrations), one for the others. */
  forms: { oauth: DataActionForm; plain: DataActionForm };
}

/** A hub's url is unique: creating or moving a hub to a url another has is Looker's 409 or 422. */
export const hubs = collection<StoredHub>('hubs', { unique: ['url'] });
export const integrations = collection<StoredIntegration>('integrations');
/** `POST /login` finds a key by its `client_id`. */
export const credentialsApi3 = collection<StoredCredential>('credentials_api3', { unique: ['client_id'] });
export const users = collection<LookerUser>('users');
/** Access token → session; `DELETE /logout` removes it. */
export const sessions = collection<Session>('sessions');
export const settings = collection<Settings>('settings');

/** The built-in non-admin user and its API3 key, to exercise 403 and Looker's 404s for non-admins. */
export const nonAdminUser = {
  id: '42',
  credentialId: '6',
  clientId: 'nX7pQ2rT9vB4mK8sW3hJ',
  clientSecret: 'Lc5Fz8Rk2Wq7Ym4Tp9Dn3Hs6',
} as const;

/** A value that stands for a secret the spec's examples only say is set (they never show one). */
export const seededSecret = 'seeded-secret';

/** Every named example of `operationId`'s answer `status`. */
function examples<T>(api: Api, operationId: string, status: number): T[] {
  const operation = operationsOf(api.document).find((candidate) => candidate.operationId === operationId);
  const found = operation?.responses.get(status)?.content['application/json']?.examples ?? [];
  if (found.length === 0) throw new Error(`${api.name}: ${operationId} has no example of its ${status} answer to seed the store from`);
  return found.map((example) => structuredClone(example.value) as T);
}

const ownerOf = (credential: CredentialsApi3) => /\/users\/([^/]+)\/credentials_api3\//.exec(credential.url ?? '')?.[1];

/**
 * The entities the spec's examples describe: the hubs and integrations of the list examples, the API3 keys of
 * every user the credential examples show (the admin's key is the configured one), and the non-admin user 42.
 */
export function seedLooker(api: Api, credentials: LookerCredentials): SeedRecord[] {
  const records: SeedRecord[] = [];
  // The examples show whether a hub has a token without revealing it; any value reproduces that.
  for (const hub of examples<StoredHub[]>(api, 'all_integration_hubs', 200)[0] ?? []) {
    records.push({ collection: hubs, id: hub.id, record: { ...hub, authorization_token: hub.has_authorization_token ? seededSecret : null } });
  }
  for (const integration of examples<StoredIntegration[]>(api, 'all_integrations', 200)[0] ?? []) {
    const params = (integration.params ?? []).map((param) => (param.sensitive && param.has_value ? { ...param, value: seededSecret } : param));
    records.push({ collection: integrations, id: integration.id, record: { ...integration, params } });
  }
  // The first key shown is the admin's, the one LOOKER_CLIENT_ID / LOOKER_CLIENT_SECRET configure.
  const keys = examples<CredentialsApi3[]>(api, 'all_user_credentials_api3s', 200).flat();
  const [configured] = keys;
  const admin = (configured && ownerOf(configured)) ?? '17';
  const owners = new Set([admin, nonAdminUser.id]);
  for (const key of keys) {
    const owner = ownerOf(key) ?? admin;
    owners.add(owner);
    const clientSecret = key === configured ? credentials.clientSecret : owner === nonAdminUser.id ? nonAdminUser.clientSecret : seededSecret;
    const clientId = key === configured ? credentials.clientId : key.client_id;
    records.push({
      collection: credentialsApi3,
      id: key.id as string,
      record: { ...key, id: key.id as string, client_id: clientId, userId: owner, clientSecret } satisfies StoredCredential,
    });
  }
  for (const owner of owners) records.push({ collection: users, id: owner, record: { id: owner, isAdmin: owner === admin } satisfies LookerUser });
  const [form] = examples<DataActionForm>(api, 'fetch_integration_form', 200);
  const signIn = examples<DataActionForm>(api, 'fetch_integration_form', 200).find((candidate) => candidate.state);
  const [login] = examples<{ expires_in: number }>(api, 'login', 200);
  records.push({
    collection: settings,
    id: 'fake',
    record: {
      tokenLifetimeSeconds: login?.expires_in ?? 3600,
      baseUrl: api.vendorUrl,
      forms: { oauth: signIn ?? form ?? {}, plain: form ?? {} },
    } satisfies Settings,
  });
  return records;
}

/** The fake's settings, read from the spec when the store was seeded. */
export async function settingsOf(store: StoreReader): Promise<Settings> {
  const found = await store.get(settings, 'fake');
  if (!found) throw new Error('The Looker store has no settings: seed it again (pnpm stub --reset-store)');
  return found;
}

/** Looker lists records in the order of their numeric ids. */
export const byNumericId = (a: { id?: string | null }, b: { id?: string | null }) => Number(a.id) - Number(b.id);

/** A hub as the API shows it: without the write-only token. */
export function visibleHub(hub: StoredHub): IntegrationHub {
  const { authorization_token: _token, ...visible } = hub;
  return visible;
}

/** An integration as the API shows it: sensitive parameter values are never shown, `has_value` tells. */
export function visibleIntegration(integration: StoredIntegration): Integration {
  return { ...integration, params: (integration.params ?? []).map((param) => (param.sensitive ? { ...param, value: null } : param)) };
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
