import type { LookerHandler } from '../context';
import { lookerError } from '../errors';
import { hubs, visibleHub } from '../store';

/** One hub, without its write-only token. */
const integrationHub: LookerHandler<'integration_hub'> = async ({ params }, { store, principal }) => {
  const hub = await store.get(hubs, params.integration_hub_id);
  if (!hub || !principal.isAdmin) return lookerError(404, 'Not found');
  return { status: 200, body: visibleHub(hub) };
};

export default integrationHub;
