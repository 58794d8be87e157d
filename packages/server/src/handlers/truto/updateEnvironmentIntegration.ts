import { type TrutoHandler, trutoError } from '../../vendors/truto';

/** Partial update of `show_in_catalog`, `is_enabled` and `override`; `updated_at` always moves forward. */
const updateEnvironmentIntegration: TrutoHandler<'updateEnvironmentIntegration'> = ({ params, body }, { store }) => {
  const current = store.environmentIntegrations.get(params.id);
  if (!current) return trutoError(404, `Environment integration ${params.id} not found`);
  const updatedAt = new Date(Math.max(Date.now(), Date.parse(current.updated_at) + 1)).toISOString();
  const updated = { ...current, ...body, updated_at: updatedAt };
  store.environmentIntegrations.set(current.id, updated);
  return { status: 200, body: updated };
};

export default updateEnvironmentIntegration;
