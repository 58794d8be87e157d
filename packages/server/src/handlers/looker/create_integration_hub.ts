import { hubLabel, type LookerHandler, lookerError, type StoredHub, visibleHub } from '../../vendors/looker';

/** Creates a hub; the server sets every read-only field. Only admins manage hubs (others get 404, as on Looker). */
const createIntegrationHub: LookerHandler<'create_integration_hub'> = ({ body }, { store, principal }) => {
  if (!principal.isAdmin) return lookerError(404, 'Not found');
  const hubs = [...store.hubs.values()];
  if (hubs.some((hub) => hub.url === body.url)) return lookerError(409, `An integration hub with url ${body.url} already exists`);
  const id = String(Math.max(0, ...hubs.map((hub) => Number(hub.id)).filter(Number.isFinite)) + 1);
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
  store.hubs.set(id, hub);
  return { status: 200, body: visibleHub(hub) };
};

export default createIntegrationHub;
