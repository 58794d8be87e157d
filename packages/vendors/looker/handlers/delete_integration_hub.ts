import type { LookerHandler } from '../context';
import { lookerError } from '../errors';
import { hubs, integrations } from '../store';

/** Removes a hub and the integrations it offers: they come from the hub and have no life without it. */
const deleteIntegrationHub: LookerHandler<'delete_integration_hub'> = async ({ params }, { store, principal }) => {
  const hub = await store.get(hubs, params.integration_hub_id);
  if (!hub || !principal.isAdmin) return lookerError(404, 'Not found');
  store.delete(hubs, hub.id);
  for (const integration of await store.list(integrations)) if (integration.integration_hub_id === hub.id) store.delete(integrations, integration.id);
  return { status: 204 };
};

export default deleteIntegrationHub;
