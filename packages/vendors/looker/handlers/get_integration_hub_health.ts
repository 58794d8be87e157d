import type { LookerHandler } from '../context';
import { lookerError } from '../errors';
import { hubs } from '../store';

/** The fake reaches no hub: a hub is healthy unless it carries the error of its last fetch. */
const getIntegrationHubHealth: LookerHandler<'get_integration_hub_health'> = async ({ params }, { store, principal }) => {
  const hub = await store.get(hubs, params.integration_hub_id);
  if (!hub || !principal.isAdmin) return lookerError(404, 'Not found');
  const error = hub.fetch_error_message ?? null;
  return { status: 200, body: { success: error === null, message: error } };
};

export default getIntegrationHubHealth;
