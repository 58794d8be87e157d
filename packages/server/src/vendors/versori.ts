import type { Api } from '@contracts/bundles';
import type { ConnectionVariable, Connector, operations } from '@contracts/types/versori';
import { versori } from '@contracts/vendor-errors';
import type { Handler } from '../handler';
import { responseExample } from '../spec';
import type { HandlerContext, Vendor } from './vendor';

/**
 * A connector as stored. Each connection also keeps its own variables: the API does not show them,
 * but `connectionVariables` on update overwrites them, so the store must hold them.
 */
export type StoredConnector = Omit<Connector, 'connections'> & {
  connections: Array<Connector['connections'][number] & { variables: ConnectionVariable[] }>;
};

export interface VersoriStore {
  /** Keyed by `<organisationId>/<connectorId>`. */
  connectors: Map<string, StoredConnector>;
}

export interface VersoriPrincipal {
  kind: 'api-key';
}

export type VersoriContext = HandlerContext<VersoriStore, VersoriPrincipal>;
/** The type of the handler module `src/handlers/versori/<operationId>.ts`. */
export type VersoriHandler<K extends keyof operations> = Handler<operations[K], VersoriContext>;

export const connectorKey = (organisationId: string, connectorId: string) => `${organisationId}/${connectorId}`;

export function versoriVendor(_api: Api): Vendor<VersoriStore, VersoriPrincipal> {
  return {
    createStore(api) {
      const seeded = responseExample<Connector>(api, 'updateConnector', 200);
      const stored: StoredConnector = {
        ...seeded,
        connections: seeded.connections.map((connection) => ({ ...connection, variables: structuredClone(seeded.connectionVariables) })),
      };
      return { connectors: new Map([[connectorKey(seeded.organisationId, seeded.id), stored]]) };
    },
    authenticate(authorization, _store, credentials) {
      const token = versori.token(authorization);
      return token && token === credentials.versoriApiKey ? { principal: { kind: 'api-key' }, token } : undefined;
    },
    error: versori.error,
    invalid: versori.invalid,
    warmUpAuthorization: (_store, credentials) => `Bearer ${credentials.versoriApiKey}`,
  };
}

/** A Versori error result for a handler, with `details` naming the fields at fault; `S` must be a status the operation documents. */
export const versoriError = versori.error;

/** A connector as the API shows it: connections without their stored variables. */
export function visibleConnector(connector: StoredConnector): Connector {
  return { ...connector, connections: connector.connections.map(({ variables: _variables, ...connection }) => connection) };
}
