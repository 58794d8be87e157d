import type { LookerHandler } from '../context';
import { lookerError } from '../errors';
import { integrations, visibleIntegration } from '../store';

/** One integration; sensitive parameter values are never shown. */
const integration: LookerHandler<'integration'> = async ({ params }, { store, principal }) => {
  const found = await store.get(integrations, params.integration_id);
  if (!found || !principal.isAdmin) return lookerError(404, 'Not found');
  return { status: 200, body: visibleIntegration(found) };
};

export default integration;
