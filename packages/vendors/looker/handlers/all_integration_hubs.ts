import type { LookerHandler } from '../context';
import { lookerError } from '../errors';
import { byNumericId, hubs, visibleHub } from '../store';

/** Every hub, in id order. Only admins see hubs (others get 404, as on Looker). */
const allIntegrationHubs: LookerHandler<'all_integration_hubs'> = async (_input, { store, principal }) => {
  if (!principal.isAdmin) return lookerError(404, 'Not found');
  return { status: 200, body: (await store.list(hubs)).sort(byNumericId).map(visibleHub) };
};

export default allIntegrationHubs;
