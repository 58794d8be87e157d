import type { HTTPConnector } from '@contracts/types/versori';
import { randomUlid } from '../../src/random';
import type { VersoriHandler } from '../context';
import { connectorKey, connectors, newConnection, now } from '../store';

/** A new HTTP connector of the organisation, with the connections sent (none if none); credential secrets are stored redacted. */
const createHTTPConnector: VersoriHandler<'CreateHTTPConnector'> = async ({ params, body }, { store }) => {
  const at = now();
  const connector: HTTPConnector = {
    id: randomUlid(),
    organisationId: params.organisation_id,
    name: body.name,
    public: body.public ?? false,
    ...(body.tags !== undefined && { tags: structuredClone(body.tags) }),
    protocol: 'http',
    baseUrl: body.baseUrl,
    authSchemeConfigs: body.authSchemeConfigs.map((config) => ({ ...config, validationMessages: [] })),
    connectionVariables: structuredClone(body.connectionVariables ?? []),
    connections: (body.connections ?? []).map((connection) => newConnection(params.organisation_id, connection, at)),
    versions: [],
    createdAt: at,
    updatedAt: at,
  };
  store.put(connectors, connectorKey(connector.organisationId, connector.id), connector);
  return { status: 201, body: connector };
};

export default createHTTPConnector;
