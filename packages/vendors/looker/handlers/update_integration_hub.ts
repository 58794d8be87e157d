import type { LookerHandler } from '../context';
import { lookerError, lookerValidationError } from '../errors';
import { hubLabel, hubs, visibleHub } from '../store';

/** Partial update: only the fields sent change. The token is stored, never shown; `has_authorization_token` tells. */
const updateIntegrationHub: LookerHandler<'update_integration_hub'> = async ({ params, body }, { store, principal }) => {
  const hub = await store.get(hubs, params.integration_hub_id);
  if (!hub || !principal.isAdmin) return lookerError(404, 'Not found');
  const updated = { ...hub };
  if (body.url !== undefined && body.url !== hub.url) {
    // Update documents no 409, so a url another hub has is a validation error of the field.
    if (await store.findUnique(hubs, 'url', body.url))
      return lookerValidationError('url', 'already_exists', `An integration hub with url ${body.url} already exists`);
    updated.url = body.url;
    updated.label = hubLabel(body.url);
  }
  if (body.authorization_token !== undefined) {
    updated.authorization_token = body.authorization_token || null;
    updated.has_authorization_token = updated.authorization_token !== null;
  }
  store.put(hubs, hub.id, updated);
  return { status: 200, body: visibleHub(updated) };
};

export default updateIntegrationHub;
