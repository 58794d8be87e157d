import type { TrutoHandler } from '../context';
import { trutoError } from '../errors';
import { environmentIntegrations } from '../store';

/** Partial update of `show_in_catalog`, `is_enabled` and `override`; `updated_at` always moves forward. */
const updateEnvironmentIntegration: TrutoHandler<'updateEnvironmentIntegration'> = async ({ params, body }, { store }) => {
  const current = await store.get(environmentIntegrations, params.id);
  if (!current) return trutoError(404, `Environment integration ${params.id} not found`);
  const updatedAt = new Date(Math.max(Date.now(), Date.parse(current.updated_at) + 1)).toISOString();
  const updated = { ...current, ...body, updated_at: updatedAt };
  store.put(environmentIntegrations, current.id, updated);
  return { status: 200, body: updated };
};

export default updateEnvironmentIntegration;
