import type { LookerHandler } from '../context';
import { lookerError, lookerValidationError } from '../errors';
import { hubs, visibleHub } from '../store';

/** Signs a hub's legal agreement (again is harmless); a hub that asks for none has nothing to accept. */
const acceptIntegrationHubLegalAgreement: LookerHandler<'accept_integration_hub_legal_agreement'> = async ({ params }, { store, principal }) => {
  const hub = await store.get(hubs, params.integration_hub_id);
  if (!hub || !principal.isAdmin) return lookerError(404, 'Not found');
  if (!hub.legal_agreement_required) {
    return lookerValidationError('legal_agreement_required', 'invalid', `Integration hub ${hub.id} has no legal agreement to accept`);
  }
  const signed = { ...hub, legal_agreement_signed: true };
  store.put(hubs, hub.id, signed);
  return { status: 200, body: visibleHub(signed) };
};

export default acceptIntegrationHubLegalAgreement;
