import type { TrutoHandler } from '../context';
import { trutoError } from '../errors';
import { after, environmentIntegrations } from '../store';

/**
 * Partial update of `show_in_catalog`, `is_enabled` and `override` (other fields are ignored); a sent `override`
 * replaces the stored one as a whole. `updated_at` always moves forward.
 */
const updateEnvironmentIntegration: TrutoHandler<'updateEnvironmentIntegration'> = async ({ params, body }, { store }) => {
  const current = await store.get(environmentIntegrations, params.id);
  if (!current) return trutoError(404, `Environment integration ${params.id} not found`);
  const { show_in_catalog, is_enabled, override } = body;
  const updated = {
    ...current,
    ...(show_in_catalog !== undefined && { show_in_catalog }),
    ...(is_enabled !== undefined && { is_enabled }),
    ...(override !== undefined && { override: structuredClone(override) }),
    updated_at: after(current.updated_at),
  };
  store.put(environmentIntegrations, current.id, updated);
  return { status: 200, body: updated };
};

export default updateEnvironmentIntegration;
