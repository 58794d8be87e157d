import type { BigQueryConnector } from '@contracts/types/versori';
import { randomUlid } from '../../src/random';
import type { VersoriHandler } from '../context';
import { connectorKey, connectors, newConnection, now } from '../store';

/** A new BigQuery connector of the organisation, with its connections; credential secrets are stored redacted. */
const createBigQueryConnector: VersoriHandler<'CreateBigQueryConnector'> = async ({ params, body }, { store }) => {
  const at = now();
  const connector: BigQueryConnector = {
    id: randomUlid(),
    organisationId: params.organisation_id,
    name: body.name,
    public: false,
    protocol: 'bigquery',
    datasetId: body.datasetId ?? '',
    authSchemeConfigs: [],
    connections: body.connections.map((connection) => newConnection(params.organisation_id, connection, at)),
    versions: [],
    createdAt: at,
    updatedAt: at,
  };
  store.put(connectors, connectorKey(connector.organisationId, connector.id), connector);
  return { status: 201, body: connector };
};

export default createBigQueryConnector;
