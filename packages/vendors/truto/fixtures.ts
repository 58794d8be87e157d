import type { FixtureCollection } from '../src/vendor';
import { environmentIntegrations } from './store';

/** Truto's fixture collections: the environment integrations, as `listEnvironmentIntegrations` shows them. */
export const trutoFixtures: Record<string, FixtureCollection> = {
  environment_integrations: {
    collection: environmentIntegrations,
    schema: '#/components/schemas/EnvironmentIntegration',
    // The schema requires every field an installation has: it is stored as given.
    toRecord: (resource) => resource,
    keyOf: (record) => (record as { id?: string }).id || undefined,
    toResource: (record) => record,
  },
};
