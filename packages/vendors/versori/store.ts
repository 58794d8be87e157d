import type { Api } from '@contracts/bundles/model';
import { operationsOf, responseExample } from '@contracts/bundles/model';
import type { Connection, ConnectionCreate, Connector, ConnectorPage, Credential, CredentialCreate } from '@contracts/types/versori';
import { randomUlid } from '../src/random';
import { collection, type SeedRecord } from '../src/store';

/** Keyed by `<organisationId>/<connectorId>`, as the API shows them (credential secrets already redacted). */
export const connectors = collection<Connector>('connectors');

export const connectorKey = (organisationId: string, connectorId: string) => `${organisationId}/${connectorId}`;

/** The connectors the `ListConnectors` example shows: the ones that exist. */
export function seedVersori(api: Api): SeedRecord[] {
  const operation = operationsOf(api.document).find((candidate) => candidate.operationId === 'ListConnectors');
  const page = operation && (responseExample(operation, 200) as ConnectorPage | undefined);
  if (!page?.connectors.length) throw new Error('versori: ListConnectors has no example with connectors to seed the store from');
  return page.connectors.map((connector) => ({ collection: connectors, id: connectorKey(connector.organisationId, connector.id), record: connector }));
}

/** Versori's timestamps: ISO 8601 to the second. */
export const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A time at least a second after `previous`, for `updatedAt` that always moves forward. */
export const after = (previous: string) => new Date(Math.max(Date.now(), Date.parse(previous) + 1000)).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The fields of a credential's data that hold its secret: Versori shows them redacted. */
const secretFields = new Set(['value', 'password', 'clientSecret', 'accessToken', 'refreshToken', 'key', 'code']);

/** A credential's data as Versori shows it: every secret replaced by asterisks. */
function redacted(data: CredentialCreate['data']): Credential['data'] {
  return Object.fromEntries(
    Object.entries(data ?? {}).map(([name, value]) => [name, secretFields.has(name) && typeof value === 'string' ? '********' : value]),
  ) as Credential['data'];
}

/** A connection as Versori creates it: new ids, the credentials stored with their secrets redacted. */
export function newConnection(organisationId: string, created: ConnectionCreate, at: string): Connection {
  const credentials = (list: NonNullable<ConnectionCreate['credentials']['action']> | undefined) =>
    (list ?? []).map((entry) => ({
      id: randomUlid(),
      authSchemeConfig: entry.authSchemeConfig,
      credential: { id: randomUlid(), organisationId, type: entry.credential.type, name: entry.credential.name, data: redacted(entry.credential.data) },
    }));
  const { action, trigger } = created.credentials;
  return {
    id: randomUlid(),
    name: created.name,
    // Versori's connection credentials hold at least one list.
    credentials: { action: credentials(action), ...(trigger !== undefined && { trigger: credentials(trigger) }) },
    variables: structuredClone(created.variables),
    createdAt: at,
    updatedAt: at,
  };
}
