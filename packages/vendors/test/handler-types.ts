// Compile-time proof that handler signatures come from the spec. Part of `pnpm typecheck`; the jest test
// handler-types.test.ts compiles it alone and expects no diagnostic, so an unused @ts-expect-error fails too.
import { hubs, type LookerHandler, visibleHub } from '../looker';
import type { TrutoHandler } from '../truto';
import type { VersoriHandler } from '../versori';

const error = { message: 'Not found', documentation_url: 'https://cloud.google.com/looker/docs/r/err/4.0/404' };

export const documentedStatus: LookerHandler<'update_integration_hub'> = () => ({ status: 404, body: error });

// @ts-expect-error 201 is not a status update_integration_hub documents
export const undocumentedStatus: LookerHandler<'update_integration_hub'> = () => ({ status: 201, body: error });

// @ts-expect-error update_user_credentials_api3 documents 403, but update_integration_hub does not
export const forbiddenNotDocumented: LookerHandler<'update_integration_hub'> = () => ({ status: 403, body: error });

// @ts-expect-error a 200 body must be an IntegrationHub, not an error
export const wrongBody: LookerHandler<'update_integration_hub'> = () => ({ status: 200, body: { id: 2 } });

// @ts-expect-error the write-only authorization_token may not be returned
export const writeOnlyReturned: LookerHandler<'create_integration_hub'> = () => ({ status: 200, body: { id: '3', authorization_token: 'secret' } });

// @ts-expect-error a stored hub still holds its write-only token; return visibleHub(hub) instead
export const storedHubReturned: LookerHandler<'update_integration_hub'> = async (_input, { store }) => {
  const hub = await store.get(hubs, '2');
  return hub ? { status: 200, body: hub } : { status: 404, body: error };
};

export const visibleHubReturned: LookerHandler<'update_integration_hub'> = async (_input, { store }) => {
  const hub = await store.get(hubs, '2');
  return hub ? { status: 200, body: visibleHub(hub) } : { status: 404, body: error };
};

export const undeclaredPathParameter: LookerHandler<'update_integration_hub'> = ({ params }) => {
  // @ts-expect-error update_integration_hub has no path parameter user_id
  void params.user_id;
  return { status: 200, body: { id: params.integration_hub_id } };
};

export const undeclaredQueryParameter: TrutoHandler<'updateEnvironmentIntegration'> = ({ query, params }) => {
  // @ts-expect-error updateEnvironmentIntegration declares no query parameters
  void query.fields;
  return { status: 404, body: { statusCode: 404, error: 'Not Found', message: `${params.id} not found` } };
};

export const readOnlyBodyField: VersoriHandler<'UpdateConnector'> = ({ body }) => {
  // @ts-expect-error connections is not part of ConnectorUpdate
  void body.connections;
  return { status: 404, body: { code: 'not_found', message: body.name } };
};

// @ts-expect-error logout answers 204 without a body
export const bodyOnNoContent: LookerHandler<'logout'> = () => ({ status: 204, body: error });
