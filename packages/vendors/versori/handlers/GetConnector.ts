import type { VersoriHandler } from '../context';
import { versoriError } from '../errors';
import { connectorKey, connectors } from '../store';

/** One connector of the organisation, its credential secrets redacted. */
const getConnector: VersoriHandler<'GetConnector'> = async ({ params }, { store }) => {
  const found = await store.get(connectors, connectorKey(params.organisation_id, params.connector_id));
  return found ? { status: 200, body: found } : versoriError(404, `connector ${params.connector_id} not found in organisation ${params.organisation_id}`);
};

export default getConnector;
