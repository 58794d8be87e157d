import type { FixtureCollection } from '../src/vendor';
import { hubLabel, hubs, type StoredHub, seededSecret } from './store';

/** A hub of a fixture file: what the API shows of it, and optionally its write-only `authorization_token`. */
type HubResource = Partial<StoredHub>;

/** Looker's fixture collections: the integration hubs, as `all_integration_hubs` shows them. */
export const lookerFixtures: Record<string, FixtureCollection> = {
  integration_hubs: {
    collection: hubs,
    schema: '#/components/schemas/IntegrationHub',
    toRecord(resource): StoredHub {
      const hub = resource as HubResource;
      // A hub said to have a token without giving it gets one, as the seed does.
      const token = hub.authorization_token ?? (hub.has_authorization_token ? seededSecret : null);
      // The fields a new hub gets (create_integration_hub), unless the fixture gives them.
      return {
        can: { show: true, update: true },
        label: hubLabel(hub.url ?? ''),
        official: false,
        fetch_error_message: null,
        legal_agreement_signed: false,
        legal_agreement_required: false,
        legal_agreement_text: null,
        ...hub,
        id: hub.id as string,
        authorization_token: token,
        has_authorization_token: token !== null,
      };
    },
    keyOf: (record) => (record as StoredHub).id || undefined,
    toResource: (record) => record,
  },
};
