import type { VersoriHandler } from '../context';
import { versoriError } from '../errors';
import { connectorKey, connectors } from '../store';

/**
 * Deletes a connector. Versori answers 409 while another of its products uses the connector (unless `force=true`);
 * the fake has no other products, so no connector is ever in use and `force` changes nothing.
 */
const deleteConnector: VersoriHandler<'DeleteConnector'> = async ({ params }, { store }) => {
  const key = connectorKey(params.organisation_id, params.connector_id);
  if (!(await store.get(connectors, key))) return versoriError(404, `connector ${params.connector_id} not found in organisation ${params.organisation_id}`);
  store.delete(connectors, key);
  return { status: 204 };
};

export default deleteConnector;
