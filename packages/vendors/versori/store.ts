import type { Api } from '@contracts/bundles/model';
import { operationsOf, responseExample } from '@contracts/bundles/model';
import type { ConnectionVariable, Connector } from '@contracts/types/versori';
import { collection, type SeedRecord } from '../src/store';

/**
 * A connector as stored. Each connection also keeps its own variables: the API does not show them,
 * but `connectionVariables` on update overwrites them, so the store must hold them.
 */
export type StoredConnector = Omit<Connector, 'connections'> & {
  connections: Array<Connector['connections'][number] & { variables: ConnectionVariable[] }>;
};

/** Keyed by `<organisationId>/<connectorId>`. */
export const connectors = collection<StoredConnector>('connectors');

export const connectorKey = (organisationId: string, connectorId: string) => `${organisationId}/${connectorId}`;

/** The connector the update example describes. */
export function seedVersori(api: Api): SeedRecord[] {
  const operation = operationsOf(api.document).find((candidate) => candidate.operationId === 'updateConnector');
  const seeded = operation && (responseExample(operation, 200) as Connector | undefined);
  if (!seeded) throw new Error('versori: updateConnector has no example of its 200 answer to seed the store from');
  const stored: StoredConnector = {
    ...seeded,
    connections: seeded.connections.map((connection) => ({ ...connection, variables: structuredClone(seeded.connectionVariables) })),
  };
  return [{ collection: connectors.name, id: connectorKey(seeded.organisationId, seeded.id), record: stored }];
}

/** A connector as the API shows it: connections without their stored variables. */
export function visibleConnector(connector: StoredConnector): Connector {
  return { ...connector, connections: connector.connections.map(({ variables: _variables, ...connection }) => connection) };
}
