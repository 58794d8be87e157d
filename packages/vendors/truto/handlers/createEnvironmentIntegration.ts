import type { EnvironmentIntegration } from '@contracts/types/truto';
import { randomUuid } from '../../src/random';
import type { TrutoHandler } from '../context';
import { trutoError } from '../errors';
import { environment, environmentIntegrations, integrationCatalog } from '../store';

/**
 * Installs an integration in the token's environment. Idempotent, as Truto's notes say: an integration installed
 * already answers its environment integration unchanged (the body's other fields are not applied). An integration
 * the fake does not know is a 404.
 */
const createEnvironmentIntegration: TrutoHandler<'createEnvironmentIntegration'> = async ({ body }, { store }) => {
  const installed = await store.findUnique(environmentIntegrations, 'integration_id', body.integration_id);
  if (installed) return { status: 201, body: installed };
  const integration = await store.get(integrationCatalog, body.integration_id);
  if (!integration) return trutoError(404, `Integration ${body.integration_id} not found`);
  const environmentId = (await store.get(environment, 'token'))?.id ?? '';
  const now = new Date().toISOString();
  const created: EnvironmentIntegration = {
    id: randomUuid(),
    integration_id: integration.id,
    environment_id: environmentId,
    show_in_catalog: body.show_in_catalog ?? true,
    is_enabled: body.is_enabled ?? true,
    created_at: now,
    updated_at: now,
    integration: { ...integration, installed_environment: [...new Set([...(integration.installed_environment ?? []), environmentId])] },
    override: body.override === undefined ? null : structuredClone(body.override),
  };
  store.put(environmentIntegrations, created.id, created);
  return { status: 201, body: created };
};

export default createEnvironmentIntegration;
