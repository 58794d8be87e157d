import { operationHandlers } from '../generated/looker';
import { defineVendor } from '../src/vendor';
import { authenticateLooker, type LookerPrincipal } from './auth';
import { type LookerCredentials, lookerCredentials } from './credentials';
import { looker } from './errors';
import { lookerExampleRules } from './example-rules';
import { selectFields } from './fields';
import { lookerFixtures } from './fixtures';
import { refuseUnfetchableHubUrl } from './refusals';
import { seedLooker } from './store';

export type { LookerPrincipal } from './auth';
export type { LookerContext, LookerHandler } from './context';
export { type LookerCredentials, lookerCredentials } from './credentials';
export { type LookerError, type LookerValidationError, lookerErrors } from './errors';
// The store's collections and views, for tests and tools that read a fake's state.
export { credentialsApi3, hubs, nonAdminUser, type StoredCredential, type StoredHub, sessions, users, visibleCredential, visibleHub } from './store';

/** Looker API 4.0: API3 keys and sessions, integration hubs and API3 credentials. */
export const vendor = defineVendor<LookerPrincipal, LookerCredentials>({
  name: 'looker',
  errors: looker,
  credentials: lookerCredentials,
  seed: seedLooker,
  authenticate: (authorization, store) => authenticateLooker(authorization, store),
  operationHandlers,
  refuse: refuseUnfetchableHubUrl,
  shape: selectFields,
  exampleRules: lookerExampleRules,
  fixtures: lookerFixtures,
});
