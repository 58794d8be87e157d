import type { LookerHandler } from '../context';
import { lookerError } from '../errors';
import { integrations, visibleIntegration } from '../store';

/** Every integration of every hub, or of the hub `integration_hub_id` names, in id order. Admins only. */
const allIntegrations: LookerHandler<'all_integrations'> = async ({ query }, { store, principal }) => {
  if (!principal.isAdmin) return lookerError(404, 'Not found');
  const all = await store.list(integrations);
  const wanted = query.integration_hub_id === undefined ? all : all.filter((integration) => integration.integration_hub_id === query.integration_hub_id);
  return { status: 200, body: wanted.sort((a, b) => a.id.localeCompare(b.id)).map(visibleIntegration) };
};

export default allIntegrations;
