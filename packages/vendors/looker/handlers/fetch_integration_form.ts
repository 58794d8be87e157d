import type { LookerHandler } from '../context';
import { lookerError, lookerValidationError } from '../errors';
import { hubs, integrations, settingsOf } from '../store';

/**
 * The fake reaches no hub: it answers the form the spec's examples show (the sign-in form for an OAuth
 * integration, the other one for the rest), with each value sent so far as its field's default. An integration
 * whose hub's legal agreement is unsigned cannot be used yet (422).
 */
const fetchIntegrationForm: LookerHandler<'fetch_integration_form'> = async ({ params, body }, { store, principal }) => {
  const integration = await store.get(integrations, params.integration_id);
  if (!integration || !principal.isAdmin) return lookerError(404, 'Not found');
  const hub = await store.get(hubs, integration.integration_hub_id);
  if (hub?.legal_agreement_required && !hub.legal_agreement_signed) {
    return lookerValidationError('integration_hub_id', 'invalid', `Accept the legal agreement of integration hub ${hub.id} before using its integrations`);
  }
  const { forms } = await settingsOf(store);
  const form = integration.uses_oauth ? forms.oauth : forms.plain;
  const values = body ?? {};
  const fields = form.fields?.map((field) => (field.name && values[field.name] !== undefined ? { ...field, default: values[field.name] ?? null } : field));
  return { status: 200, body: { ...form, ...(fields && { fields }) } };
};

export default fetchIntegrationForm;
