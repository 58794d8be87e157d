import type { Api } from '@contracts/bundles';
import type { ConnectionVariable, Connector, operations } from '@contracts/types/versori';
import type { Handler } from '../handler';
import { responseExample } from '../spec';
import { bearerToken, type ErrorResponse, type HandlerContext, type Vendor } from './vendor';

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

/** Versori's machine-readable codes, by HTTP status (gRPC-style names, as in the spec's examples). */
const codes: Record<number, string> = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'already_exists',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'resource_exhausted',
  500: 'internal',
  501: 'unimplemented',
};

export function versoriVendor(_api: Api): Vendor<VersoriStore, VersoriPrincipal> {
  const error = (status: number, message: string): ErrorResponse => ({ status, body: { code: codes[status] ?? 'unknown', message } });
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
      const token = bearerToken(authorization);
      return token && token === credentials.versoriApiKey ? { principal: { kind: 'api-key' }, token } : undefined;
    },
    error,
    invalidRequest(violations) {
      const inBody = violations.every((violation) => violation.location === 'body');
      return {
        status: 400,
        body: {
          code: 'invalid_argument',
          message: inBody ? 'request body failed validation' : 'request failed validation',
          details: violations.map((violation) => ({
            field: inBody ? violation.field : [violation.location, violation.field].filter(Boolean).join('/'),
            message: violation.message,
          })),
        },
      };
    },
    warmUpAuthorization: (_store, credentials) => `Bearer ${credentials.versoriApiKey}`,
  };
}

/** A Versori error result for a handler; `S` must be a status the operation documents. */
export function versoriError<S extends number>(
  status: S,
  message: string,
  details?: Array<{ field: string; message: string }>,
): { status: S; body: { code: string; message: string; details?: Array<{ field: string; message: string }> } } {
  const code: string = codes[status] ?? 'unknown';
  return { status, body: details ? { code, message, details } : { code, message } };
}

/** A connector as the API shows it: connections without their stored variables. */
export function visibleConnector(connector: StoredConnector): Connector {
  return { ...connector, connections: connector.connections.map(({ variables: _variables, ...connection }) => connection) };
}
