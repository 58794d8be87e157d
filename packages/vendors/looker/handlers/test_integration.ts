import type { LookerHandler } from '../context';
import { lookerError, lookerValidationError } from '../errors';
import { hubs, integrations } from '../store';

/**
 * The fake reaches no hub: the test passes when every required parameter has a value, and names the first that
 * has none otherwise. An integration whose hub's legal agreement is unsigned cannot be used yet (422).
 */
const testIntegration: LookerHandler<'test_integration'> = async ({ params }, { store, principal }) => {
  const integration = await store.get(integrations, params.integration_id);
  if (!integration || !principal.isAdmin) return lookerError(404, 'Not found');
  const hub = await store.get(hubs, integration.integration_hub_id);
  if (hub?.legal_agreement_required && !hub.legal_agreement_signed) {
    return lookerValidationError('integration_hub_id', 'invalid', `Accept the legal agreement of integration hub ${hub.id} before using its integrations`);
  }
  const missing = (integration.params ?? []).find((param) => param.required && !param.has_value);
  return {
    status: 200,
    body: { success: !missing, message: missing ? `The parameter ${missing.label ?? missing.name} has no value` : null, delegate_oauth_result: null },
  };
};

export default testIntegration;
