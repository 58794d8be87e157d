import { operationHandlers } from '../generated/truto';
import { apiTokenAuthentication } from '../src/api-token';
import { defineVendor } from '../src/vendor';
import type { TrutoPrincipal } from './context';
import { type TrutoCredentials, trutoCredentials } from './credentials';
import { truto } from './errors';
import { trutoFixtures } from './fixtures';
import { refuseEmptyPage } from './refusals';
import { seedTruto } from './store';

export type { TrutoContext, TrutoHandler, TrutoPrincipal } from './context';
export { type TrutoCredentials, trutoCredentials } from './credentials';
export type { TrutoError } from './errors';
// The store's collection, for tests and tools that read a fake's state.
export { environmentIntegrations, integrationCatalog } from './store';

const authenticate = apiTokenAuthentication<TrutoPrincipal, TrutoCredentials>(truto.token, (credentials) => credentials.apiToken, { environment: 'local' });

/** Truto's Admin API: environment integrations, behind one API token. */
export const vendor = defineVendor<TrutoPrincipal, TrutoCredentials>({
  name: 'truto',
  errors: truto,
  credentials: trutoCredentials,
  seed: seedTruto,
  authenticate,
  operationHandlers,
  refuse: refuseEmptyPage,
  exampleRules: (_api, credentials) => ({ authenticate: (authorization) => truto.token(authorization) === credentials.apiToken }),
  fixtures: trutoFixtures,
});
