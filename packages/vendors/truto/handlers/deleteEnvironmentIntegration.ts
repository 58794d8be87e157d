import type { TrutoHandler } from '../context';
import { trutoError } from '../errors';
import { environmentIntegrations } from '../store';

/** Uninstalls an integration from the environment; the answer names the deleted record. */
const deleteEnvironmentIntegration: TrutoHandler<'deleteEnvironmentIntegration'> = async ({ params }, { store }) => {
  if (!(await store.get(environmentIntegrations, params.id))) return trutoError(404, `Environment integration ${params.id} not found`);
  store.delete(environmentIntegrations, params.id);
  return { status: 200, body: { id: params.id } };
};

export default deleteEnvironmentIntegration;
