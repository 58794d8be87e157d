import { operationHandlers } from '../generated/versori';
import { apiTokenAuthentication } from '../src/api-token';
import { defineVendor } from '../src/vendor';
import type { VersoriPrincipal } from './context';
import { type VersoriCredentials, versoriCredentials } from './credentials';
import { versori } from './errors';
import { versoriFixtures } from './fixtures';
import { refuseVersori } from './refusals';
import { seedVersori } from './store';

export type { VersoriContext, VersoriHandler, VersoriPrincipal } from './context';
export { type VersoriCredentials, versoriCredentials } from './credentials';
export type { VersoriError } from './errors';
// The store's collection, for tests and tools that read a fake's state.
export { connectorKey, connectors } from './store';

const authenticate = apiTokenAuthentication<VersoriPrincipal, VersoriCredentials>(versori.token, (credentials) => credentials.apiKey, { kind: 'api-key' });

/** Versori's Connect API: connectors of an organisation, behind an API key. */
export const vendor = defineVendor<VersoriPrincipal, VersoriCredentials>({
  name: 'versori',
  errors: versori,
  credentials: versoriCredentials,
  seed: seedVersori,
  authenticate,
  operationHandlers,
  refuse: refuseVersori,
  exampleRules: (_api, credentials) => ({ authenticate: (authorization) => versori.token(authorization) === credentials.apiKey }),
  fixtures: versoriFixtures,
});
