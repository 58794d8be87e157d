import type { TrutoHandler } from '../context';
import { trutoError } from '../errors';
import { environmentIntegrations } from '../store';

/** One environment integration. (Truto's page repeats the list's filters here without saying what they do: accepted, unused.) */
const getEnvironmentIntegration: TrutoHandler<'getEnvironmentIntegration'> = async ({ params }, { store }) => {
  const found = await store.get(environmentIntegrations, params.id);
  return found ? { status: 200, body: found } : trutoError(404, `Environment integration ${params.id} not found`);
};

export default getEnvironmentIntegration;
