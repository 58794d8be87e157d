import type { LookerHandler } from '../context';
import { lookerError } from '../errors';
import { hubLabel, hubs, type StoredHub, visibleHub } from '../store';

/** Creates a hub; the server sets every read-only field. Only admins manage hubs (others get 404, as on Looker). */
const createIntegrationHub: LookerHandler<'create_integration_hub'> = async ({ body }, { store, principal }) => {
  if (!principal.isAdmin) return lookerError(404, 'Not found');
  if (await store.findUnique(hubs, 'url', body.url)) return lookerError(409, `An integration hub with url ${body.url} already exists`);
  const id = String(await store.nextId(hubs));
  const token = body.authorization_token || null;
  const hub: StoredHub = {
    can: { show: true, update: true },
    id,
    url: body.url,
    label: hubLabel(body.url),
    official: false,
    fetch_error_message: null,
    has_authorization_token: token !== null,
    legal_agreement_signed: false,
    legal_agreement_required: false,
    legal_agreement_text: null,
    authorization_token: token,
  };
  store.put(hubs, id, hub);
  return { status: 200, body: visibleHub(hub) };
};

export default createIntegrationHub;
