import type { Connector } from '@contracts/types/versori';
import type { FixtureCollection } from '../src/vendor';
import { connectorKey, connectors } from './store';

/** Versori's fixture collections: the connectors of any organisation, as `ListConnectors` shows them. */
export const versoriFixtures: Record<string, FixtureCollection> = {
  connectors: {
    collection: connectors,
    schema: '#/components/schemas/Connector',
    // The schema requires every field a connector has: it is stored as given.
    toRecord: (resource) => resource,
    keyOf: (record) => {
      const { organisationId, id } = record as Partial<Connector>;
      return organisationId && id ? connectorKey(organisationId, id) : undefined;
    },
    toResource: (record) => record,
  },
};
